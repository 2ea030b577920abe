package org.paperclaims.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The kinds of claim of the output contract (CLAIMS.md), each with its wire name and record class.
 */
public enum ClaimType {
    SPEEDUP("speedup", SpeedupClaim.class),
    REDUCTION("reduction", ReductionClaim.class),
    RESULT("result", ResultClaim.class),
    TIMING("timing", TimingClaim.class),
    DATASET("dataset", DatasetClaim.class),
    CODE("code", CodeClaim.class),
    HARDWARE("hardware", HardwareClaim.class),
    MODEL("model", ModelClaim.class),
    METHOD("method", MethodClaim.class);

    private final String wireName;
    private final Class<? extends Claim> recordClass;

    ClaimType(String wireName, Class<? extends Claim> recordClass) {
        this.wireName = wireName;
        this.recordClass = recordClass;
    }

    /** The name used in JSON and on the command line, e.g. {@code speedup}. */
    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** The record class that carries claims of this type. */
    public Class<? extends Claim> recordClass() {
        return recordClass;
    }

    /**
     * The type with this wire name (case-insensitive).
     *
     * @throws IllegalArgumentException naming the unknown value and the accepted ones
     */
    @JsonCreator
    public static ClaimType fromWireName(String name) {
        if (name != null) {
            String n = name.trim().toLowerCase(Locale.ROOT);
            for (ClaimType t : values()) {
                if (t.wireName.equals(n)) {
                    return t;
                }
            }
        }
        throw new IllegalArgumentException("unknown claim type '" + name + "'; expected one of "
                + java.util.Arrays.stream(values()).map(ClaimType::wireName).toList());
    }

    /** values() copies its array on every call, and {@link #of} runs for every claim added or read. */
    private static final ClaimType[] ALL = values();

    /** The type of the given claim record class. */
    public static ClaimType of(Class<? extends Claim> recordClass) {
        for (ClaimType t : ALL) {
            if (t.recordClass == recordClass) {
                return t;
            }
        }
        throw new IllegalArgumentException("recordClass " + recordClass + " is not a claim record");
    }

    @Override
    public String toString() {
        return wireName;
    }
}

package org.paperclaims.model;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Whether a {@link TimingClaim} is a time to produce something or a rate.
 */
public enum TimingKind implements WireEnum {
    LATENCY("latency"),
    THROUGHPUT("throughput");

    private final String wireName;

    TimingKind(String wireName) {
        this.wireName = wireName;
    }

    @Override
    @JsonValue
    public String wireName() {
        return wireName;
    }
}

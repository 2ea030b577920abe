package org.paperclaims.model;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What got faster in a {@link SpeedupClaim}.
 */
public enum Aspect implements WireEnum {
    GENERATION("generation"),
    INFERENCE("inference"),
    DECODING("decoding"),
    PREFILL("prefill"),
    TRAINING("training"),
    SAMPLING("sampling"),
    CONVERGENCE("convergence"),
    ENCODING("encoding"),
    END_TO_END("end-to-end");

    private final String wireName;

    Aspect(String wireName) {
        this.wireName = wireName;
    }

    @Override
    @JsonValue
    public String wireName() {
        return wireName;
    }
}

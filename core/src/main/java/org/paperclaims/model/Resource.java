package org.paperclaims.model;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The resource other than time that shrinks in a {@link ReductionClaim}.
 */
public enum Resource implements WireEnum {
    MEMORY("memory"),
    COMPUTE("compute"),
    STORAGE("storage"),
    TOKENS("tokens"),
    COST("cost"),
    ENERGY("energy");

    private final String wireName;

    Resource(String wireName) {
        this.wireName = wireName;
    }

    @Override
    @JsonValue
    public String wireName() {
        return wireName;
    }
}

package org.paperclaims.model;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Whether the code of a {@link CodeClaim} is out already or only promised.
 */
public enum CodeStatus implements WireEnum {
    AVAILABLE("available"),
    PROMISED("promised");

    private final String wireName;

    CodeStatus(String wireName) {
        this.wireName = wireName;
    }

    @Override
    @JsonValue
    public String wireName() {
        return wireName;
    }
}

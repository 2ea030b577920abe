package org.paperclaims.model;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a figure is qualified: exactly, at most ("up to"), at least ("over"), or approximately ("about", "~").
 */
public enum Bound implements WireEnum {
    EXACT("exact"),
    UP_TO("up_to"),
    AT_LEAST("at_least"),
    APPROX("approx");

    private final String wireName;

    Bound(String wireName) {
        this.wireName = wireName;
    }

    @Override
    @JsonValue
    public String wireName() {
        return wireName;
    }
}

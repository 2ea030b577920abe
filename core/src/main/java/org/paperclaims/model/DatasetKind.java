package org.paperclaims.model;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Whether a {@link DatasetClaim} names a single data set or a suite of tasks (a benchmark).
 */
public enum DatasetKind implements WireEnum {
    DATASET("dataset"),
    BENCHMARK("benchmark");

    private final String wireName;

    DatasetKind(String wireName) {
        this.wireName = wireName;
    }

    @Override
    @JsonValue
    public String wireName() {
        return wireName;
    }
}

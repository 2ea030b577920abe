package org.paperclaims.model;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a {@link CodeClaim} points at: a source repository, a project page, or a demo.
 */
public enum CodeKind implements WireEnum {
    REPOSITORY("repository"),
    PROJECT_PAGE("project_page"),
    DEMO("demo");

    private final String wireName;

    CodeKind(String wireName) {
        this.wireName = wireName;
    }

    @Override
    @JsonValue
    public String wireName() {
        return wireName;
    }
}

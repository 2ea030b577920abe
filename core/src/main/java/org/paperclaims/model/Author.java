package org.paperclaims.model;

import org.paperclaims.internal.Validate;

/**
 * One author of a paper, as the source names them.
 *
 * @param name the author's name as written; never blank
 */
public record Author(String name) {
    public Author {
        Validate.notBlank(name, "name");
    }
}

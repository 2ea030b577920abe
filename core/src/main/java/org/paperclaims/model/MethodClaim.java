package org.paperclaims.model;

import org.paperclaims.internal.Validate;

/**
 * What the paper itself introduces: "we propose Lexical Unit Decoding (LUD)".
 *
 * @param name the short name ({@code LUD})
 * @param longName the spelled-out name when the abstract gives one, else {@code null}
 */
public record MethodClaim(String text, int start, int end, String name, String longName) implements Claim {
    public MethodClaim {
        Spans.check(text, start, end);
        Validate.notBlank(name, "name");
    }
}

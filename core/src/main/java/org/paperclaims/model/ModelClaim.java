package org.paperclaims.model;

import org.paperclaims.internal.Validate;

/**
 * A named model with its size ("OPT-175B"), or a size alone ("a 1.5B model").
 *
 * @param name the model as written, or {@code null} for a size alone
 * @param parameters the parameter count ({@code 175B} is 175000000000)
 */
public record ModelClaim(String text, int start, int end, String name, long parameters) implements Claim {
    public ModelClaim {
        Spans.check(text, start, end);
        Validate.isTrue(parameters > 0, "parameters", parameters, "must be > 0");
    }
}

package org.paperclaims.model;

import org.paperclaims.internal.Validate;

/**
 * A named data set or benchmark the paper uses or reports on, at its first mention.
 *
 * @param name the canonical name ({@code ImageNet} for "ImageNet 256x256")
 * @param kind data set or benchmark
 */
public record DatasetClaim(String text, int start, int end, String name, DatasetKind kind) implements Claim {
    public DatasetClaim {
        Spans.check(text, start, end);
        Validate.notBlank(name, "name");
        Validate.notNull(kind, "kind");
    }
}

package org.paperclaims.model;

import org.paperclaims.internal.Validate;

/**
 * A resource other than time shrinks: "4x memory reduction", "reduces FLOPs by 83.8%".
 *
 * @param factor old amount / new amount, always &gt; 1
 * @param factorMax the upper end of a range, else {@code null}
 * @param bound how the figure is qualified
 * @param percent the percentage as written when the claim was one, else {@code null}
 * @param resource what shrinks
 * @param baseline what it is compared with, as written, or {@code null}
 */
public record ReductionClaim(String text, int start, int end, double factor, Double factorMax, Bound bound,
        Double percent, Resource resource, String baseline) implements Claim {
    public ReductionClaim {
        Spans.check(text, start, end);
        Spans.factor(factor);
        Spans.factorMax(factor, factorMax);
        Validate.notNull(bound, "bound");
        Validate.notNull(resource, "resource");
        Spans.finite(percent, "percent");
    }
}

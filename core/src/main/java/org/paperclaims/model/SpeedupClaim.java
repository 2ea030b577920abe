package org.paperclaims.model;

import org.paperclaims.internal.Validate;

/**
 * Something takes less time, or more work is done per unit of time: "35x faster than X".
 *
 * @param factor new speed / old speed, always &gt; 1
 * @param factorMax the upper end of a range ("10-20x"), else {@code null}
 * @param bound how the figure is qualified
 * @param percent the percentage as written when the claim was one ("33% speed up"), else {@code null}
 * @param aspect what got faster, or {@code null} when the text does not say
 * @param baseline what it is compared with, as written, or {@code null}
 */
public record SpeedupClaim(String text, int start, int end, double factor, Double factorMax, Bound bound,
        Double percent, Aspect aspect, String baseline) implements Claim {
    public SpeedupClaim {
        Spans.check(text, start, end);
        Spans.factor(factor);
        Spans.factorMax(factor, factorMax);
        Validate.notNull(bound, "bound");
        Spans.finite(percent, "percent");
    }
}

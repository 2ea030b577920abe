package org.paperclaims.model;

/**
 * A quality figure: "FID of 2.05 on ImageNet", "from 39.33 to 42.83", "a 1.6% accuracy drop".
 *
 * @param metric the metric as the field writes it ({@code FID}, {@code accuracy}), or {@code null}
 * @param value the figure reached, or {@code null} when only a change is stated
 * @param unit {@code "%"} when written as a percentage, else {@code null}
 * @param from the earlier figure in "from A to B", else {@code null}
 * @param delta a stated change, signed so that positive means better, else {@code null}
 * @param dataset the canonical name of the data set the figure is on, or {@code null}
 */
public record ResultClaim(String text, int start, int end, String metric, Double value, String unit, Double from,
        Double delta, String dataset) implements Claim {
    public ResultClaim {
        Spans.check(text, start, end);
        Spans.finite(value, "value");
        Spans.finite(from, "from");
        Spans.finite(delta, "delta");
    }
}

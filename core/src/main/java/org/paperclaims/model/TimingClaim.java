package org.paperclaims.model;

import org.paperclaims.internal.Validate;

/**
 * An absolute time or rate: "a mesh in 3.2 seconds", "24.4 tokens/s on a Dimensity 9300".
 *
 * @param kind latency or throughput
 * @param seconds for latency, the time in seconds, else {@code null}
 * @param value for throughput, the rate, else {@code null}
 * @param unit for throughput, the normalised unit ({@code tokens/s}, {@code frames/s}, ...), else {@code null}
 * @param bound how the figure is qualified
 * @param workload what was produced, as written, or {@code null}
 * @param hardware the device named in the same clause, or {@code null}
 */
public record TimingClaim(String text, int start, int end, TimingKind kind, Double seconds, Double value,
        String unit, Bound bound, String workload, String hardware) implements Claim {
    public TimingClaim {
        Spans.check(text, start, end);
        Validate.notNull(kind, "kind");
        Validate.notNull(bound, "bound");
        Spans.finite(seconds, "seconds");
        Spans.finite(value, "value");
    }
}

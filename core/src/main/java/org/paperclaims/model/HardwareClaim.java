package org.paperclaims.model;

import org.paperclaims.internal.Validate;

/**
 * A named device the figures were measured on: "8 x A100-80GB", "a single GPU".
 *
 * @param name the device without vendor ({@code A100}, {@code RTX 4090}, {@code GPU} only with a count)
 * @param count the number of devices when stated, else {@code null}
 * @param memoryGB device memory in GB when stated, else {@code null}
 */
public record HardwareClaim(String text, int start, int end, String name, Integer count, Double memoryGB)
        implements Claim {
    public HardwareClaim {
        Spans.check(text, start, end);
        Validate.notBlank(name, "name");
        if (count != null) {
            Validate.isTrue(count > 0, "count", count, "must be > 0");
        }
        Spans.finite(memoryGB, "memoryGB");
    }
}

package org.paperclaims.model;

import org.paperclaims.internal.Validate;

/** Checks shared by the claim records' constructors. */
final class Spans {
    private Spans() {
    }

    static void check(String text, int start, int end) {
        Validate.notNull(text, "text");
        Validate.isTrue(start >= 0, "start", start, "must be >= 0");
        if (end - start != text.length()) {
            // The message is built only on failure: every claim of every text passes through here.
            Validate.isTrue(false, "end", end, "must equal start + text.length() (" + start + " + " + text.length() + ")");
        }
    }

    static double factor(double factor) {
        Validate.isTrue(Double.isFinite(factor) && factor > 1, "factor", factor, "must be finite and > 1");
        return factor;
    }

    static void factorMax(double factor, Double factorMax) {
        if (factorMax != null) {
            Validate.isTrue(Double.isFinite(factorMax) && factorMax > factor, "factorMax", factorMax,
                    "must be finite and > factor " + factor);
        }
    }

    static void finite(Double value, String parameter) {
        if (value != null) {
            Validate.isTrue(Double.isFinite(value), parameter, value, "must be finite");
        }
    }
}

package org.paperclaims.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress on stderr for long runs: records done, records per second, errors so far. On an interactive
 * console one line is rewritten in place; otherwise a plain line is printed every few seconds.
 */
final class Progress {
    private static final long IN_PLACE_NANOS = 500_000_000L;
    private static final long PLAIN_NANOS = 5_000_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private final boolean inPlace;
    private final long start = System.nanoTime();
    private long last = start;
    private final long interval;
    private boolean lineOpen;

    Progress(PrintWriter err, boolean enabled, boolean inPlace) {
        this(err, enabled, inPlace, inPlace ? IN_PLACE_NANOS : PLAIN_NANOS);
    }

    Progress(PrintWriter err, boolean enabled, boolean inPlace, long intervalNanos) {
        this.err = err;
        this.enabled = enabled;
        this.inPlace = inPlace;
        this.interval = intervalNanos;
    }

    void tick(long records, long errors) {
        if (!enabled || (records & 63) != 0) {
            return;
        }
        long now = System.nanoTime();
        if (now - last < interval) {
            return;
        }
        last = now;
        double secs = (now - start) / 1e9;
        String line = String.format(Locale.ROOT, "%,d records, %,.0f records/s, %,d errors", records,
                records / Math.max(secs, 1e-9), errors);
        if (inPlace) {
            err.print("\r" + line + "\u001b[K");
            lineOpen = true;
        } else {
            err.println("progress: " + line);
        }
        err.flush();
    }

    /** Clears an in-place line so that a problem report starts on a clean line. */
    void clearLine() {
        if (lineOpen) {
            err.print("\r\u001b[K");
            lineOpen = false;
        }
    }

    void done() {
        clearLine();
        err.flush();
    }
}

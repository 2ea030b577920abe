package org.paperclaims.source;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines with a length limit, counting line numbers. A line over the limit is skipped to its end
 * and reported as too long instead of being held in memory.
 */
final class LineReader implements java.io.Closeable {
    private final Reader in;
    private final int maxChars;
    private final char[] buf = new char[8192];
    private int pos;
    private int len;
    private long lineNumber;
    private boolean lastTooLong;

    LineReader(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next line without its terminator, {@code null} at the end; {@code ""} for a line over the limit. */
    String readLine() throws IOException {
        StringBuilder sb = null;
        lastTooLong = false;
        boolean any = false;
        while (true) {
            if (pos == len) {
                len = in.read(buf, 0, buf.length);
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    if (!any) {
                        return null;
                    }
                    break;
                }
            }
            any = true;
            int start = pos;
            while (pos < len && buf[pos] != '\n') {
                pos++;
            }
            int chunk = pos - start;
            if (!lastTooLong) {
                int have = sb == null ? 0 : sb.length();
                if (have + chunk > maxChars) {
                    lastTooLong = true;
                    sb = null;
                } else {
                    if (sb == null) {
                        sb = new StringBuilder(Math.min(Math.max(chunk, 16), maxChars));
                    }
                    sb.append(buf, start, chunk);
                }
            }
            if (pos < len) {
                pos++;
                break;
            }
        }
        lineNumber++;
        if (lastTooLong) {
            return "";
        }
        String s = sb == null ? "" : sb.toString();
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    /** Whether the line last returned was over the limit (and so returned empty). */
    boolean lastTooLong() {
        return lastTooLong;
    }

    /** The number of the line last returned, 1-based. */
    long lineNumber() {
        return lineNumber;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

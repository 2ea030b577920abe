package org.paperclaims.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads lines with a length limit, counting line numbers, from bytes (checking that each line is valid
 * UTF-8) or from characters. A line over the limit is skipped to its end and reported as too long instead
 * of being held in memory; a line with invalid UTF-8 is decoded with U+FFFD in place of the bad bytes and
 * flagged, so that the caller can report it and go on.
 */
final class LineReader implements java.io.Closeable {
    private final InputStream bytesIn;
    private final Reader charsIn;
    private final int maxChars;
    private final byte[] bbuf;
    private final char[] cbuf;
    private int pos;
    private int len;
    private long lineNumber;
    private boolean lastTooLong;
    private boolean lastInvalid;
    private final CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private byte[] lineBytes = new byte[1024];

    LineReader(InputStream in, int maxChars) {
        this.bytesIn = in;
        this.charsIn = null;
        this.maxChars = maxChars;
        this.bbuf = new byte[1 << 16];
        this.cbuf = null;
    }

    LineReader(Reader in, int maxChars) {
        this.bytesIn = null;
        this.charsIn = in;
        this.maxChars = maxChars;
        this.bbuf = null;
        this.cbuf = new char[8192];
    }

    /** The next line without its terminator, {@code null} at the end; {@code ""} for a line over the limit. */
    String readLine() throws IOException {
        return bytesIn != null ? readByteLine() : readCharLine();
    }

    private String readByteLine() throws IOException {
        lastTooLong = false;
        lastInvalid = false;
        int n = 0;
        boolean any = false;
        // A UTF-8 character is at most 4 bytes, so a line of more than 4 * maxChars bytes is surely too long.
        long maxBytes = 4L * maxChars;
        while (true) {
            if (pos == len) {
                len = bytesIn.read(bbuf, 0, bbuf.length);
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
            while (pos < len && bbuf[pos] != '\n') {
                pos++;
            }
            int chunk = pos - start;
            if (!lastTooLong) {
                if (n + (long) chunk > maxBytes) {
                    lastTooLong = true;
                } else {
                    if (n + chunk > lineBytes.length) {
                        lineBytes = java.util.Arrays.copyOf(lineBytes, Math.max(n + chunk, lineBytes.length * 2));
                    }
                    System.arraycopy(bbuf, start, lineBytes, n, chunk);
                    n += chunk;
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
        if (n > 0 && lineBytes[n - 1] == '\r') {
            n--;
        }
        String s = decode(n);
        if (s.length() > maxChars) {
            lastTooLong = true;
            return "";
        }
        return s;
    }

    private String decode(int n) {
        boolean ascii = true;
        for (int i = 0; i < n && ascii; i++) {
            ascii = lineBytes[i] >= 0;
        }
        if (ascii) {
            return new String(lineBytes, 0, n, StandardCharsets.ISO_8859_1);
        }
        try {
            CharBuffer cb = strict.reset().decode(ByteBuffer.wrap(lineBytes, 0, n));
            return cb.toString();
        } catch (CharacterCodingException e) {
            lastInvalid = true;
            return new String(lineBytes, 0, n, StandardCharsets.UTF_8);
        }
    }

    private String readCharLine() throws IOException {
        StringBuilder sb = null;
        lastTooLong = false;
        lastInvalid = false;
        boolean any = false;
        while (true) {
            if (pos == len) {
                len = charsIn.read(cbuf, 0, cbuf.length);
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
            while (pos < len && cbuf[pos] != '\n') {
                pos++;
            }
            int chunk = pos - start;
            if (!lastTooLong) {
                int have = sb == null ? 0 : sb.length();
                if (have + chunk > maxChars + 1) {
                    lastTooLong = true;
                    sb = null;
                } else {
                    if (sb == null) {
                        sb = new StringBuilder(Math.min(Math.max(chunk, 16), maxChars + 1));
                    }
                    sb.append(cbuf, start, chunk);
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
        if (s.endsWith("\r")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.length() > maxChars) {
            lastTooLong = true;
            return "";
        }
        return s;
    }

    /** Whether the line last returned was over the limit (and so returned empty). */
    boolean lastTooLong() {
        return lastTooLong;
    }

    /** Whether the line last returned held bytes that are not valid UTF-8 (replaced by U+FFFD). */
    boolean lastInvalidUtf8() {
        return lastInvalid;
    }

    /** The number of the line last returned, 1-based. */
    long lineNumber() {
        return lineNumber;
    }

    @Override
    public void close() throws IOException {
        if (bytesIn != null) {
            bytesIn.close();
        } else {
            charsIn.close();
        }
    }
}

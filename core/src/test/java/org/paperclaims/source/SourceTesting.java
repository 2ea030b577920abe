package org.paperclaims.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** Reading helpers shared by the source tests. */
final class SourceTesting {
    private SourceTesting() {
    }

    /** Every record of the test resource {@code path} read as {@code format}. */
    static List<SourceRecord> readResource(String path, SourceFormat format) throws IOException {
        InputStream in = SourceTesting.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("no test resource " + path);
        }
        try (RecordReader r = Sources.open(in, path, SourceOptions.newBuilder().format(format).build())) {
            return drain(r);
        }
    }

    /** Every record of {@code text} read with {@code options}. */
    static List<SourceRecord> read(String text, String name, SourceOptions options) throws IOException {
        try (RecordReader r = Sources.open(new StringReader(text), name, options)) {
            return drain(r);
        }
    }

    static List<SourceRecord> drain(RecordReader r) throws IOException {
        List<SourceRecord> out = new ArrayList<>();
        SourceRecord rec;
        while ((rec = r.next()) != null) {
            out.add(rec);
        }
        return out;
    }

    /**
     * A reader that serves {@code prefix} and then fails, as a network stream that drops would: a reader
     * that streams returns what the prefix holds before it meets the failure.
     */
    static Reader failingAfter(String prefix) {
        return new Reader() {
            private int pos;

            @Override
            public int read(char[] cbuf, int off, int len) throws IOException {
                if (pos >= prefix.length()) {
                    throw new IOException("connection reset");
                }
                int n = Math.min(len, prefix.length() - pos);
                prefix.getChars(pos, pos + n, cbuf, off);
                pos += n;
                return n;
            }

            @Override
            public void close() {
            }
        };
    }
}

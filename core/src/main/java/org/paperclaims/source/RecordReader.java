package org.paperclaims.source;

import java.io.Closeable;
import java.io.IOException;

/**
 * Reads paper records one at a time from a source. Malformed records do not throw: they come back as
 * {@link SourceRecord}s with problems. Only I/O failures throw. The caller closes the reader, which closes
 * the underlying stream.
 */
public interface RecordReader extends Closeable {

    /**
     * The next record, or {@code null} at the end of the input.
     *
     * @throws IOException if reading the underlying input fails
     */
    SourceRecord next() throws IOException;

    /** The format being read (never {@link SourceFormat#AUTO}). */
    SourceFormat format();
}

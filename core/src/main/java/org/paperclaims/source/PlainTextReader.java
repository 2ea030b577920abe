package org.paperclaims.source;

import java.io.IOException;
import java.util.List;
import org.paperclaims.model.Paper;
import org.paperclaims.model.Problem;

/** Reads plain text as one abstract; the paper's id is the slug of the source name, its title empty. */
final class PlainTextReader implements RecordReader {
    private final LineReader lines;
    private final String source;
    private final int maxChars;
    private boolean done;

    PlainTextReader(LineReader lines, String source, int maxChars) {
        this.lines = lines;
        this.source = source;
        this.maxChars = maxChars;
    }

    @Override
    public SourceFormat format() {
        return SourceFormat.TEXT;
    }

    @Override
    public SourceRecord next() throws IOException {
        if (done) {
            return null;
        }
        done = true;
        StringBuilder sb = new StringBuilder();
        String line;
        boolean tooLong = false;
        long invalidLine = 0;
        while ((line = lines.readLine()) != null) {
            if (lines.lastInvalidUtf8() && invalidLine == 0) {
                invalidLine = lines.lineNumber();
            }
            if (lines.lastTooLong() || sb.length() + line.length() + 1 > maxChars) {
                tooLong = true;
                continue;
            }
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(line);
        }
        String name = source.equals("-") ? "stdin" : baseName(source);
        String id = Paper.slugOf(name);
        if (id.isEmpty()) {
            id = "text";
        }
        if (tooLong) {
            return new SourceRecord(null, 1, List.of(new Problem(source, 1, "abstract",
                    "text longer than " + maxChars + " characters; raise the record size limit to read it")));
        }
        String text = sb.toString().strip();
        if (text.isEmpty()) {
            return new SourceRecord(new Paper(id, null, null, List.of(), null, null, null, null, List.of()), 1,
                    List.of(new Problem(source, 1, "abstract", "missing: the text is empty")));
        }
        List<Problem> problems = invalidLine == 0 ? List.of()
                : List.of(new Problem(source, invalidLine, null, JsonLinesReader.INVALID_UTF8));
        return new SourceRecord(new Paper(id, null, text, List.of(), null, null, null, null, List.of()), 1, problems);
    }

    /** The file name without folders and without its last extension: {@code data/abs.txt} is {@code abs}. */
    static String baseName(String path) {
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}

package org.paperclaims.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.paperclaims.json.PaperJson;
import org.paperclaims.model.Author;
import org.paperclaims.model.Paper;
import org.paperclaims.model.Problem;

/**
 * Reads JSON Lines of paper records: any subset of the contract's paper fields; incoming {@code claims}
 * are ignored (extraction replaces them). A field of the wrong type is reported and left empty; a record
 * without an abstract is emitted with a problem; a line that is not a JSON object is an error record.
 */
final class JsonLinesReader implements RecordReader {
    static final String INVALID_UTF8 = "invalid UTF-8; the bad bytes were read as U+FFFD";
    private final LineReader lines;
    private final String source;
    private final int maxChars;

    JsonLinesReader(LineReader lines, String source, int maxChars) {
        this.lines = lines;
        this.source = source;
        this.maxChars = maxChars;
    }

    @Override
    public SourceFormat format() {
        return SourceFormat.JSONL;
    }

    @Override
    public SourceRecord next() throws IOException {
        String line;
        while ((line = lines.readLine()) != null) {
            long n = lines.lineNumber();
            if (lines.lastTooLong()) {
                return error(n, null, "line longer than " + maxChars + " characters; raise the record size limit to read it");
            }
            if (line.isBlank()) {
                continue;
            }
            SourceRecord rec = parse(line, n);
            if (lines.lastInvalidUtf8()) {
                List<Problem> problems = new ArrayList<>(rec.problems());
                problems.add(0, new Problem(source, n, null, INVALID_UTF8));
                return new SourceRecord(rec.paper(), n, problems);
            }
            return rec;
        }
        return null;
    }

    private SourceRecord error(long line, String field, String message) {
        return new SourceRecord(null, line, List.of(new Problem(source, line, field, message)));
    }

    /** Reads one line's JSON strictly: a second value after the object ("{..} {..}") is an error, not ignored. */
    private static final ObjectReader STRICT = PaperJson.mapper().reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private SourceRecord parse(String line, long n) {
        JsonNode node;
        try {
            node = STRICT.readTree(line.startsWith("\ufeff") && n == 1 ? line.substring(1) : line);
        } catch (JsonProcessingException e) {
            return error(n, null, "malformed JSON: " + e.getOriginalMessage());
        }
        return record(node, source, n);
    }

    /** One paper record from a JSON value, with the problems of its fields; used for JSON arrays too. */
    static SourceRecord record(JsonNode node, String source, long n) {
        if (node == null || !node.isObject()) {
            return new SourceRecord(null, n, List.of(new Problem(source, n, null, "expected a JSON object, found "
                    + (node == null || node.isMissingNode() ? "nothing" : node.getNodeType()))));
        }
        List<Problem> problems = new ArrayList<>();
        JsonFields f = new JsonFields(node, source, "", n, problems);
        String title = f.string("title");
        String abstractText = f.string("abstract");
        String id = f.id();
        if (id == null || id.isBlank()) {
            id = Paper.slugOf(title);
        }
        if (id.isBlank()) {
            id = "line-" + n;
        }
        List<Author> authors = new ArrayList<>();
        f.authors(authors);
        Integer authorCount = f.count("authorCount");
        String organization = f.organization();
        LocalDate published = f.date("published");
        Integer upvotes = f.count("upvotes");
        if (title == null && !problems.stream().anyMatch(p -> "title".equals(p.field()))) {
            problems.add(new Problem(source, n, "title", "missing"));
        }
        if (abstractText == null && !problems.stream().anyMatch(p -> "abstract".equals(p.field()))) {
            problems.add(new Problem(source, n, "abstract", "missing"));
        }
        Paper paper = new Paper(id, title == null ? null : title.strip(), abstractText == null ? null : abstractText.strip(),
                authors, authorCount, organization, published, upvotes, List.of());
        return new SourceRecord(paper, n, problems);
    }

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}

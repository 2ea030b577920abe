package org.paperclaims.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
        Fields f = new Fields(node, source, n, problems);
        String title = f.string("title");
        String abstractText = f.string("abstract");
        String id = f.idString();
        if (id == null || id.isBlank()) {
            id = Paper.slugOf(title);
        }
        if (id.isBlank()) {
            id = "line-" + n;
        }
        List<Author> authors = f.authors();
        Integer authorCount = f.integer("authorCount");
        String organization = f.string("organization");
        LocalDate published = f.date("published");
        Integer upvotes = f.integer("upvotes");
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

    /** Typed field access that reports wrong types instead of throwing. */
    private static final class Fields {
        private final JsonNode node;
        private final String source;
        private final long line;
        private final List<Problem> problems;

        Fields(JsonNode node, String source, long line, List<Problem> problems) {
            this.node = node;
            this.source = source;
            this.line = line;
            this.problems = problems;
        }

        private void wrong(String field, String expected, JsonNode v) {
            problems.add(new Problem(source, line, field, "expected " + expected + ", found " + v.getNodeType()
                    + "; field left empty"));
        }

        String string(String field) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isTextual()) {
                wrong(field, "a string", v);
                return null;
            }
            return v.asText();
        }

        String idString() {
            JsonNode v = node.get("id");
            if (v == null || v.isNull()) {
                return null;
            }
            if (v.isTextual() || v.isNumber()) {
                return v.asText().strip();
            }
            wrong("id", "a string", v);
            return null;
        }

        Integer integer(String field) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() < 0) {
                wrong(field, "a non-negative integer", v);
                return null;
            }
            return v.asInt();
        }

        LocalDate date(String field) {
            String s = string(field);
            if (s == null) {
                return null;
            }
            try {
                return LocalDate.parse(s.strip().length() > 10 ? s.strip().substring(0, 10) : s.strip());
            } catch (DateTimeParseException e) {
                problems.add(new Problem(source, line, field, "expected an ISO date (YYYY-MM-DD), found '"
                        + abbreviate(s) + "'; field left empty"));
                return null;
            }
        }

        List<Author> authors() {
            JsonNode v = node.get("authors");
            if (v == null || v.isNull()) {
                return List.of();
            }
            if (!v.isArray()) {
                wrong("authors", "an array", v);
                return List.of();
            }
            List<Author> out = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                JsonNode a = v.get(i);
                JsonNode name = a.isObject() ? a.get("name") : a;
                if (name != null && name.isTextual() && !name.asText().isBlank()) {
                    out.add(new Author(name.asText().strip()));
                } else {
                    problems.add(new Problem(source, line, "authors[" + i + "]",
                            "expected a name or {\"name\": ...}; author left out"));
                }
            }
            return out;
        }
    }

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}

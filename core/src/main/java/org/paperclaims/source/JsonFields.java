package org.paperclaims.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.paperclaims.model.Author;
import org.paperclaims.model.Problem;

/**
 * Typed access to the fields of one JSON object of a paper record or a daily-papers entry: a field of the
 * wrong type is reported as a problem with its path ({@code [2].paper.upvotes}) and line, and left empty,
 * instead of throwing. Shared by the JSON Lines, JSON array and daily-papers readers.
 */
final class JsonFields {
    private final JsonNode node;
    private final String source;
    private final String path;
    private final long line;
    private final List<Problem> problems;

    JsonFields(JsonNode node, String source, String path, long line, List<Problem> problems) {
        this.node = node;
        this.source = source;
        this.path = path;
        this.line = line;
        this.problems = problems;
    }

    boolean reported(String field) {
        return problems.stream().anyMatch(q -> (path + field).equals(q.field()));
    }

    private void wrong(String field, String expected, JsonNode v) {
        problems.add(new Problem(source, line, path + field, "expected " + expected + ", found "
                + v.getNodeType() + "; left empty"));
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

    /** {@code id} as a string; a number is taken as written, since old tools wrote ids as numbers. */
    String id() {
        JsonNode v = node.get("id");
        if (v == null || v.isNull()) {
            return null;
        }
        if (!(v.isTextual() || v.isNumber())) {
            wrong("id", "a string", v);
            return null;
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    Integer count(String field) {
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
        LocalDate d = ArxivFeedReader.isoDate(s.strip());
        if (d == null) {
            problems.add(new Problem(source, line, path + field, "expected an ISO date or timestamp, found '"
                    + JsonLinesReader.abbreviate(s) + "'; left empty"));
        }
        return d;
    }

    /** Adds the named authors to {@code out}; returns how many the array lists, or null for none. */
    Integer authors(List<Author> out) {
        JsonNode v = node.get("authors");
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isArray()) {
            wrong("authors", "an array", v);
            return null;
        }
        for (int k = 0; k < v.size(); k++) {
            JsonNode a = v.get(k);
            JsonNode name = a.isObject() ? a.get("name") : a;
            if (name != null && name.isTextual() && !name.asText().isBlank()) {
                out.add(new Author(name.asText().strip()));
            } else {
                problems.add(new Problem(source, line, path + "authors[" + k + "]",
                        "expected {\"name\": \"...\"}; author left out of the names, still counted"));
            }
        }
        return v.isEmpty() ? null : v.size();
    }

    /** A display name: a string, or an object's {@code fullname}, else its {@code name}. */
    String organization() {
        JsonNode v = node.get("organization");
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isTextual()) {
            return v.asText().isBlank() ? null : v.asText().strip();
        }
        if (!v.isObject()) {
            wrong("organization", "an object or a string", v);
            return null;
        }
        for (String key : List.of("fullname", "name")) {
            JsonNode n = v.get(key);
            if (n != null && n.isTextual() && !n.asText().isBlank()) {
                return n.asText().strip();
            }
        }
        return null;
    }
}

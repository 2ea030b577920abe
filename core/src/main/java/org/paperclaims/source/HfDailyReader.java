package org.paperclaims.source;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.paperclaims.json.PaperJson;
import org.paperclaims.model.Author;
import org.paperclaims.model.Paper;
import org.paperclaims.model.Problem;

/**
 * Reads the Hugging Face daily-papers JSON: an array of entries, each with a {@code paper} object carrying
 * {@code id} (the arXiv id), {@code title}, {@code summary}, {@code authors[].name}, {@code publishedAt} (an
 * ISO timestamp) and {@code upvotes}. The array is streamed: one entry is held in memory at a time.
 *
 * <p>Mapping: id is {@code paper.id} (else the title's slug); title and abstract trimmed; authors by name,
 * authorCount the length of {@code authors} ({@code null} when there are none); published the date part of
 * {@code paper.publishedAt} (else of the entry's {@code publishedAt}); upvotes {@code paper.upvotes} (else
 * the entry's). The organisation is the first display name found: {@code paper.organization},
 * then the entry's {@code organization}, each a string or an object whose {@code fullname} (else
 * {@code name}) is taken.
 *
 * <p>Errors: a field of the wrong type is a problem naming the entry and field ({@code [2].paper.upvotes}) at
 * the entry's line, and is left empty; an entry that is not an object or has no {@code paper} object is an
 * error record; JSON that is broken mid-way yields the entries before the break and one error record at its
 * line, and the source ends there.
 */
final class HfDailyReader implements RecordReader {
    private final Reader in;
    private final String source;
    private final int maxChars;
    private JsonParser parser;
    private int index;
    private boolean done;

    /** Whether the array holds paper records of the contract rather than daily-papers entries. */
    private final boolean paperRecords;

    HfDailyReader(Reader in, String source, int maxChars) {
        this(in, source, maxChars, false);
    }

    /**
     * A reader of a JSON array: of daily-papers entries, or, with {@code paperRecords}, of paper records (the
     * array {@code extract --to json} writes), each read like one JSON Lines record.
     */
    HfDailyReader(Reader in, String source, int maxChars, boolean paperRecords) {
        this.in = in;
        this.source = source;
        this.maxChars = maxChars;
        this.paperRecords = paperRecords;
    }

    @Override
    public SourceFormat format() {
        return paperRecords ? SourceFormat.JSON : SourceFormat.HF_DAILY;
    }

    @Override
    public SourceRecord next() throws IOException {
        if (done) {
            return null;
        }
        try {
            if (parser == null) {
                parser = PaperJson.mapper().createParser(in);
                JsonToken first = parser.nextToken();
                if (first != JsonToken.START_ARRAY) {
                    done = true;
                    long n = lineOf(parser.currentTokenLocation());
                    return error(n, null, "expected a JSON array of daily-papers entries, found "
                            + (first == null ? "nothing: empty input" : describe(first)));
                }
            }
            JsonToken t = parser.nextToken();
            if (t == JsonToken.END_ARRAY || t == null) {
                done = true;
                if (t == null) {
                    return error(lineOf(parser.currentLocation()), null, "the array is not closed: input ends early");
                }
                JsonToken after = parser.nextToken();
                return after == null ? null : error(lineOf(parser.currentTokenLocation()), null,
                        "content after the array ignored: " + describe(after));
            }
            int i = index++;
            JsonLocation at = parser.currentTokenLocation();
            long line = lineOf(at);
            JsonNode node = parser.readValueAsTree();
            long size = parser.currentLocation().getCharOffset() - at.getCharOffset();
            if (at.getCharOffset() >= 0 && size > maxChars) {
                return error(line, "[" + i + "]", "entry longer than " + maxChars
                        + " characters; skipped (raise the record size limit to read it)");
            }
            return entry(node, i, line);
        } catch (JsonProcessingException e) {
            done = true;
            long n = e.getLocation() != null ? lineOf(e.getLocation()) : 0;
            return error(n, null, "malformed JSON, reading stops here: " + e.getOriginalMessage());
        }
    }

    private static long lineOf(JsonLocation l) {
        return l == null || l.getLineNr() < 0 ? 0 : l.getLineNr();
    }

    private static String describe(JsonToken t) {
        return switch (t) {
            case START_OBJECT -> "an object (a JSON Lines file? use the jsonl format)";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.toString();
        };
    }

    private SourceRecord error(long line, String field, String message) {
        return new SourceRecord(null, line, List.of(new Problem(source, line, field, message)));
    }

    private SourceRecord entry(JsonNode node, int i, long line) {
        if (paperRecords) {
            return JsonLinesReader.record(node, source, line);
        }
        String at = "[" + i + "]";
        if (node == null || !node.isObject()) {
            return error(line, at, "expected an entry object, found " + (node == null ? "nothing" : node.getNodeType()));
        }
        JsonNode p = node.get("paper");
        if (p == null || !p.isObject()) {
            return error(line, at + ".paper", p == null ? "missing: an entry needs a paper object"
                    : "expected an object, found " + p.getNodeType());
        }
        List<Problem> problems = new ArrayList<>();
        JsonFields paper = new JsonFields(p, source, at + ".paper.", line, problems);
        JsonFields outer = new JsonFields(node, source, at + ".", line, problems);
        String title = paper.string("title");
        String summary = paper.string("summary");
        String id = paper.id();
        title = title == null || title.isBlank() ? null : title.strip();
        summary = summary == null || summary.isBlank() ? null : summary.strip();
        if (title == null && !paper.reported("title")) {
            problems.add(new Problem(source, line, at + ".paper.title", "missing"));
        }
        if (summary == null && !paper.reported("summary")) {
            problems.add(new Problem(source, line, at + ".paper.summary", "missing"));
        }
        if (id == null) {
            id = Paper.slugOf(title);
        }
        if (id.isEmpty()) {
            id = "line-" + line;
        }
        List<Author> authors = new ArrayList<>();
        Integer authorCount = paper.authors(authors);
        LocalDate published = p.has("publishedAt") ? paper.date("publishedAt") : outer.date("publishedAt");
        Integer upvotes = p.has("upvotes") ? paper.count("upvotes") : outer.count("upvotes");
        String organization = paper.organization();
        if (organization == null) {
            organization = outer.organization();
        }
        return new SourceRecord(new Paper(id, title, summary, authors, authorCount, organization, published, upvotes,
                List.of()), line, problems);
    }

    @Override
    public void close() throws IOException {
        if (parser != null) {
            parser.close();
        }
        in.close();
    }
}

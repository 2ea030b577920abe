package org.paperclaims.source;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.paperclaims.internal.Validate;
import org.paperclaims.json.PaperJson;

/**
 * Opens sources of paper records: "Daily Papers" listings, JSON Lines, arXiv API Atom feeds, the Hugging
 * Face daily-papers JSON and plain text, detecting the format when asked to. Readers return malformed
 * records as problems and throw only on I/O failure.
 */
public final class Sources {
    /** How much of the input auto-detection looks at. */
    private static final int SNIFF = 64 * 1024;

    private Sources() {
    }

    /**
     * Opens {@code file} for reading with {@code options}. The caller closes the reader.
     *
     * @throws NoSuchFileException if the file does not exist (the message names it)
     * @throws IOException if the file cannot be read
     */
    public static RecordReader open(Path file, SourceOptions options) throws IOException {
        Validate.notNull(file, "file");
        Validate.notNull(options, "options");
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        return open(Files.newInputStream(file), file.toString(), options);
    }

    /**
     * Reads {@code in} (UTF-8) as the source named {@code name} (used in problem reports; {@code -} for
     * standard input). Line-based formats check each line's UTF-8 and report bad bytes as problems of that
     * line. The returned reader owns and closes the stream.
     */
    public static RecordReader open(InputStream in, String name, SourceOptions options) throws IOException {
        Validate.notNull(in, "in");
        Validate.notNull(name, "name");
        Validate.notNull(options, "options");
        BufferedInputStream bin = new BufferedInputStream(in, SNIFF);
        SourceFormat format = options.format();
        if (format == SourceFormat.AUTO) {
            bin.mark(SNIFF);
            byte[] head = bin.readNBytes(SNIFF - 1);
            bin.reset();
            format = detect(new String(head, StandardCharsets.UTF_8));
        }
        if (format == SourceFormat.ARXIV || format == SourceFormat.HF_DAILY || format == SourceFormat.JSON) {
            var decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            return documentReader(format, new BufferedReader(new InputStreamReader(bin, decoder), SNIFF), name,
                    options);
        }
        return lineReader(format, new LineReader(bin, options.maxRecordChars()), name, options);
    }

    /** Reads characters from {@code reader}; the returned reader owns and closes it. */
    public static RecordReader open(Reader reader, String name, SourceOptions options) throws IOException {
        Validate.notNull(reader, "reader");
        Validate.notNull(name, "name");
        Validate.notNull(options, "options");
        BufferedReader in = new BufferedReader(reader, SNIFF);
        SourceFormat format = options.format();
        if (format == SourceFormat.AUTO) {
            format = detect(in);
        }
        if (format == SourceFormat.ARXIV || format == SourceFormat.HF_DAILY || format == SourceFormat.JSON) {
            return documentReader(format, in, name, options);
        }
        return lineReader(format, new LineReader(in, options.maxRecordChars()), name, options);
    }

    private static RecordReader documentReader(SourceFormat format, BufferedReader in, String name,
            SourceOptions options) throws IOException {
        skipByteOrderMark(in);
        return switch (format) {
            case ARXIV -> new ArxivFeedReader(in, name, options.maxRecordChars());
            case JSON -> new HfDailyReader(in, name, options.maxRecordChars(), true);
            default -> new HfDailyReader(in, name, options.maxRecordChars());
        };
    }

    private static RecordReader lineReader(SourceFormat format, LineReader lines, String name, SourceOptions options)
            throws IOException {
        return switch (format) {
            case JSONL -> new JsonLinesReader(lines, name, options.maxRecordChars());
            case LISTING -> new ListingReader(lines, name, options.referenceDate(), options.maxRecordChars());
            case TEXT, AUTO, ARXIV, HF_DAILY, JSON -> new PlainTextReader(lines, name, options.maxRecordChars());
        };
    }

    /** A parser given a leading U+FEFF would take it for content ("content is not allowed in prolog"). */
    private static void skipByteOrderMark(BufferedReader in) throws IOException {
        in.mark(1);
        if (in.read() != '\ufeff') {
            in.reset();
        }
    }

    /**
     * Looks at the start of {@code in} (then resets it): JSON object lines, an XML feed, a JSON array of
     * daily-papers entries, listing markers, else text.
     */
    static SourceFormat detect(BufferedReader in) throws IOException {
        in.mark(SNIFF);
        char[] buf = new char[SNIFF - 1];
        int n = 0;
        int r;
        while (n < buf.length && (r = in.read(buf, n, buf.length - n)) > 0) {
            n += r;
        }
        in.reset();
        return detect(new String(buf, 0, n));
    }

    static SourceFormat detect(String head) {
        String s = head.stripLeading();
        if (s.startsWith("\ufeff")) {
            s = s.substring(1).stripLeading();
        }
        if (s.startsWith("{")) {
            return SourceFormat.JSONL;
        }
        if (s.startsWith("<?xml") || s.startsWith("<feed")
                || (s.startsWith("<") && s.contains("<feed") && s.contains(ArxivFeedReader.ATOM))) {
            return SourceFormat.ARXIV;
        }
        if (s.startsWith("[")) {
            String first = firstElementKind(s);
            if (first.equals("paper")) {
                return SourceFormat.HF_DAILY;
            }
            if (first.equals("record")) {
                return SourceFormat.JSON;
            }
        }
        int footers = 0;
        for (String line : s.split("\n", 400)) {
            String t = line.strip();
            if (t.equals("Daily Papers")) {
                // the page's own heading
                return SourceFormat.LISTING;
            }
            if (t.equals("\u00b7")) {
                footers++;
            } else if (t.startsWith("\u2022") && (t.endsWith(" authors") || t.endsWith(" author"))) {
                footers++;
            }
            if (footers >= 2) {
                return SourceFormat.LISTING;
            }
        }
        return SourceFormat.TEXT;
    }

    /**
     * What a JSON array's first element is, as far as {@code head} goes: {@code paper} for a daily-papers
     * entry (an object with a {@code paper} object), {@code record} for a paper record (an object with a
     * {@code title}, {@code abstract} or {@code id} field), else {@code ""}.
     */
    private static String firstElementKind(String head) {
        boolean record = false;
        try (JsonParser p = PaperJson.mapper().createParser(head)) {
            if (p.nextToken() != JsonToken.START_ARRAY || p.nextToken() != JsonToken.START_OBJECT) {
                return "";
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if ("paper".equals(field) && value == JsonToken.START_OBJECT) {
                    return "paper";
                }
                record |= "title".equals(field) || "abstract".equals(field) || "id".equals(field);
                p.skipChildren();
            }
            return record ? "record" : "";
        } catch (IOException e) {
            // the head ends inside the first element, or is not JSON
            return record ? "record" : "";
        }
    }
}

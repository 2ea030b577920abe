package org.paperclaims.source;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.paperclaims.model.Author;
import org.paperclaims.model.Paper;
import org.paperclaims.model.Problem;

/**
 * Reads the Atom feed the arXiv query API returns, one {@code <entry>} at a time with StAX (no tree of the
 * whole feed is built). Per entry: the id from the abs URL without its version ({@code
 * http://arxiv.org/abs/2503.23022v2} is {@code 2503.23022}, {@code .../abs/hep-th/9901001v1} is {@code
 * hep-th/9901001}); title and summary with runs of whitespace folded to one space, because the API wraps
 * them at a fixed width and the line breaks are not the authors'; the authors' names and their number; the
 * date part of {@code <published>}. Feed-level elements and {@code arxiv:} extensions are skipped.
 *
 * <p>Security: DTDs and external entities are never read ({@code SUPPORT_DTD} and
 * {@code IS_SUPPORTING_EXTERNAL_ENTITIES} off, external access empty), so a feed cannot make the reader open
 * a file or a URL. A document type declaration is reported as a problem; an entity it declares stays
 * undeclared, which ends the feed as not well-formed.
 *
 * <p>Errors: a bad field is a problem at the line of its element and the entry is still emitted; an error
 * entry of the API ({@code .../api/errors#...}) is an error record; XML that is broken mid-way yields the
 * entries before the break and then one error record at the line of the break, and the source ends there.
 */
final class ArxivFeedReader implements RecordReader {
    static final String ATOM = "http://www.w3.org/2005/Atom";

    private final Reader in;
    private final String source;
    private final int maxChars;
    private XMLStreamReader xml;
    private boolean done;

    ArxivFeedReader(Reader in, String source, int maxChars) {
        this.in = in;
        this.source = source;
        this.maxChars = maxChars;
    }

    @Override
    public SourceFormat format() {
        return SourceFormat.ARXIV;
    }

    /** A factory that resolves nothing outside the document. Factories are not shared: not thread-safe. */
    static XMLInputFactory secureFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setXMLResolver((publicId, systemId, baseUri, ns) -> {
            throw new XMLStreamException("external resource '" + systemId + "' not read");
        });
        try {
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        } catch (IllegalArgumentException e) {
            // a StAX implementation without JAXP 1.5 properties; the two settings above already apply
        }
        return f;
    }

    @Override
    public SourceRecord next() throws IOException {
        if (done) {
            return null;
        }
        try {
            if (xml == null) {
                SourceRecord bad = start();
                if (bad != null) {
                    return bad;
                }
            }
            while (xml.hasNext()) {
                int ev = xml.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    if (isAtom("entry")) {
                        return entry();
                    } else {
                        skipElement();
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    // </feed>: what follows can only be comments, or the error of trailing junk.
                    while (xml.hasNext()) {
                        xml.next();
                    }
                }
            }
            done = true;
            return null;
        } catch (XMLStreamException e) {
            done = true;
            return broken(e);
        }
    }

    /** Opens the parser and moves to the root; an error record when there is no Atom feed to read. */
    private SourceRecord start() throws XMLStreamException {
        xml = secureFactory().createXMLStreamReader(in);
        List<Problem> notes = new ArrayList<>();
        while (xml.hasNext()) {
            int ev = xml.next();
            if (ev == XMLStreamConstants.DTD) {
                notes.add(problem(line(), null, "document type declaration ignored: DTDs and external entities are "
                        + "never read"));
            } else if (ev == XMLStreamConstants.START_ELEMENT) {
                if (!isAtom("feed")) {
                    done = true;
                    return new SourceRecord(null, line(), List.of(problem(line(), null, "expected an Atom <feed> "
                            + "(namespace " + ATOM + "), found <" + xml.getName() + ">")));
                }
                return notes.isEmpty() ? null : new SourceRecord(null, notes.get(0).line(), notes);
            }
        }
        done = true;
        return new SourceRecord(null, line(), List.of(problem(line(), null, "no XML element found: empty input")));
    }

    private SourceRecord broken(XMLStreamException e) throws IOException {
        Throwable cause = e.getNestedException() != null ? e.getNestedException() : e.getCause();
        if (cause instanceof IOException io) {
            throw io;
        }
        Location at = e.getLocation();
        long n = at != null && at.getLineNumber() > 0 ? at.getLineNumber() : line();
        String msg = e.getMessage() == null ? "unreadable XML" : e.getMessage();
        int m = msg.indexOf("Message: ");
        if (m >= 0) {
            msg = msg.substring(m + "Message: ".length());
        }
        return new SourceRecord(null, n, List.of(problem(n, null, "malformed XML, reading stops here: " + msg.strip())));
    }

    private boolean isAtom(String localName) {
        return ATOM.equals(xml.getNamespaceURI()) && localName.equals(xml.getLocalName());
    }

    private long line() {
        if (xml == null) {
            return 0;
        }
        Location l = xml.getLocation();
        return l == null || l.getLineNumber() < 0 ? 0 : l.getLineNumber();
    }

    private Problem problem(long line, String field, String message) {
        return new Problem(source, line, field, message);
    }

    /** The text of an element read; {@code value} is null when the element was over the size limit. */
    private record Text(String value, long line) {
    }

    /** Reads one {@code <entry>}, the parser on its start tag and left on its end tag. */
    private SourceRecord entry() throws XMLStreamException {
        long line = line();
        List<Problem> problems = new ArrayList<>();
        Text id = null;
        Text title = null;
        Text summary = null;
        Text published = null;
        List<Author> authors = new ArrayList<>();
        int authorElements = 0;
        while (xml.next() != XMLStreamConstants.END_ELEMENT) {
            if (xml.getEventType() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (!ATOM.equals(xml.getNamespaceURI())) {
                skipElement();
                continue;
            }
            switch (xml.getLocalName()) {
                case "id" -> id = once(id, "id", problems);
                case "title" -> title = once(title, "title", problems);
                case "summary" -> summary = once(summary, "summary", problems);
                case "published" -> published = once(published, "published", problems);
                case "author" -> {
                    long at = line();
                    String name = author(problems);
                    if (name != null) {
                        authors.add(new Author(name));
                    } else {
                        problems.add(problem(at, "author[" + authorElements + "]",
                                "an <author> without a <name>; left out"));
                    }
                    authorElements++;
                }
                default -> skipElement();
            }
        }
        String titleText = folded(title, "title", line, problems);
        String summaryText = folded(summary, "summary", line, problems);
        if (id != null && id.value() != null && id.value().contains("/api/errors")) {
            return new SourceRecord(null, line, List.of(problem(line, null, "the arXiv API reports an error: "
                    + (summaryText != null ? summaryText : id.value().strip()))));
        }
        String paperId = arxivId(id, line, problems);
        if (paperId == null) {
            paperId = Paper.slugOf(titleText);
        }
        if (paperId.isEmpty()) {
            paperId = "line-" + line;
        }
        LocalDate date = date(published, problems);
        Paper paper = new Paper(paperId, titleText, summaryText, authors, authors.isEmpty() ? null : authors.size(),
                null, date, null, List.of());
        return new SourceRecord(paper, line, problems);
    }

    /** Reads the text of a field that should appear once; a repeat is reported and skipped. */
    private Text once(Text seen, String field, List<Problem> problems) throws XMLStreamException {
        if (seen != null) {
            problems.add(problem(line(), field, "appears more than once in the entry; the first is kept"));
            skipElement();
            return seen;
        }
        return text(field, problems);
    }

    /** The name of an {@code <author>}, the parser on its start tag; {@code null} when it has none. */
    private String author(List<Problem> problems) throws XMLStreamException {
        String name = null;
        while (xml.next() != XMLStreamConstants.END_ELEMENT) {
            if (xml.getEventType() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (isAtom("name") && name == null) {
                Text t = text("author name", problems);
                name = t.value() == null ? null : fold(t.value());
            } else {
                skipElement();
            }
        }
        return name == null || name.isEmpty() ? null : name;
    }

    /**
     * The character content of the current element and its descendants, the parser on its start tag and
     * left on its end tag. Text over the size limit is dropped as it arrives, so a huge field costs no memory.
     */
    private Text text(String field, List<Problem> problems) throws XMLStreamException {
        long line = line();
        StringBuilder sb = new StringBuilder();
        boolean tooLong = false;
        int depth = 1;
        while (depth > 0) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (!tooLong) {
                        if (sb.length() + xml.getTextLength() > maxChars) {
                            tooLong = true;
                            sb = new StringBuilder();
                        } else {
                            sb.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                        }
                    }
                }
                default -> {
                    // comments and processing instructions carry no text of the field
                }
            }
        }
        if (tooLong) {
            problems.add(problem(line, field, "longer than " + maxChars
                    + " characters; left empty (raise the record size limit to read it)"));
            return new Text(null, line);
        }
        return new Text(sb.toString(), line);
    }

    /** Skips the current element and everything in it, the parser on its start tag and left on its end tag. */
    private void skipElement() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int ev = xml.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private String folded(Text t, String field, long entryLine, List<Problem> problems) {
        if (t == null) {
            problems.add(problem(entryLine, field, "missing"));
            return null;
        }
        if (t.value() == null) {
            return null;
        }
        String s = fold(t.value());
        if (s.isEmpty()) {
            problems.add(problem(t.line(), field, "empty"));
            return null;
        }
        return s;
    }

    /** The arXiv id of an entry's {@code <id>}, or {@code null} (with a problem) when it has none. */
    private String arxivId(Text id, long entryLine, List<Problem> problems) {
        if (id == null) {
            problems.add(problem(entryLine, "id", "missing; the id is the title's slug"));
            return null;
        }
        if (id.value() == null) {
            return null;
        }
        String raw = id.value().strip();
        String parsed = parseArxivId(raw);
        if (parsed == null) {
            problems.add(problem(id.line(), "id", "not an arXiv abs URL: '" + JsonLinesReader.abbreviate(raw)
                    + "'; the id is the title's slug"));
        }
        return parsed;
    }

    /**
     * {@code 2503.23022} for {@code http://arxiv.org/abs/2503.23022v2}, {@code hep-th/9901001} for
     * {@code http://arxiv.org/abs/hep-th/9901001v1}; also accepts a bare id. {@code null} for anything else.
     */
    static String parseArxivId(String raw) {
        String s = raw.strip();
        int abs = s.indexOf("/abs/");
        if (abs >= 0) {
            s = s.substring(abs + "/abs/".length());
        } else if (s.contains("://")) {
            return null;
        }
        int v = s.lastIndexOf('v');
        if (v > 0 && v < s.length() - 1 && digits(s, v + 1, s.length()) && Character.isDigit(s.charAt(v - 1))) {
            s = s.substring(0, v);
        }
        return isNewStyle(s) || isOldStyle(s) ? s : null;
    }

    /** {@code YYMM.NNNN} or {@code YYMM.NNNNN}. */
    private static boolean isNewStyle(String s) {
        int dot = s.indexOf('.');
        return dot == 4 && digits(s, 0, 4) && (s.length() == 9 || s.length() == 10) && digits(s, 5, s.length());
    }

    /** {@code archive[.SC]/YYMMNNN}, e.g. {@code hep-th/9901001}, {@code math.GT/0309136}. */
    private static boolean isOldStyle(String s) {
        int slash = s.indexOf('/');
        if (slash < 2 || s.length() - slash - 1 != 7 || !digits(s, slash + 1, s.length())) {
            return false;
        }
        for (int i = 0; i < slash; i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    private static boolean digits(String s, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private LocalDate date(Text t, List<Problem> problems) {
        if (t == null || t.value() == null) {
            return null;
        }
        LocalDate d = isoDate(t.value().strip());
        if (d == null) {
            problems.add(problem(t.line(), "published", "expected an ISO date or timestamp, found '"
                    + JsonLinesReader.abbreviate(t.value().strip()) + "'; left empty"));
        }
        return d;
    }

    /**
     * The date part of an ISO date or timestamp as written ({@code 2025-03-29T17:59:59Z} is 2025-03-29, the
     * offset not applied), or {@code null}.
     */
    static LocalDate isoDate(String s) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            // not a plain date; try a timestamp
        }
        try {
            return OffsetDateTime.parse(s).toLocalDate();
        } catch (DateTimeParseException e) {
            // no offset; try a local timestamp
        }
        try {
            return LocalDateTime.parse(s).toLocalDate();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Runs of whitespace (line breaks included) become one space; the ends are trimmed. */
    static String fold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }

    @Override
    public void close() throws IOException {
        try {
            if (xml != null) {
                xml.close();
            }
        } catch (XMLStreamException e) {
            // closing the parser frees its buffers only; the stream is closed below either way
        } finally {
            in.close();
        }
    }
}

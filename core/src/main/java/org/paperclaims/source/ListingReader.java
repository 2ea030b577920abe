package org.paperclaims.source;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.paperclaims.model.Paper;
import org.paperclaims.model.Problem;

/**
 * Reads a "Daily Papers" listing page saved as text. The page starts with a header ending in the listing's
 * own date ({@code Dec 8}); then each entry is a title line, an abstract line and a footer:
 * {@code • 8 authors} or an organisation line ({@code adobe Adobe}), a {@code ·} line, and a date line
 * with an optional year and upvote count ({@code Mar 29 2}, {@code Nov 15, 2024 5}, {@code May 28}). An
 * entry's footer may be missing entirely, in which case the next title follows the abstract directly.
 *
 * <p>Dates without a year resolve in two steps: the listing's date against the reference date, then each
 * paper's date against the listing's date (the most recent such day not after it).
 */
final class ListingReader implements RecordReader {
    /** Header lines are looked for among this many first non-blank lines. */
    private static final int HEADER_WINDOW = 12;
    /** A line at least this long is an abstract, never a title. */
    private static final int ABSTRACT_LENGTH = 250;

    private final String source;
    private final List<SourceRecord> records = new ArrayList<>();
    private int next;

    ListingReader(LineReader lines, String source, LocalDate reference, int maxChars) throws IOException {
        this.source = source;
        List<String> text = new ArrayList<>();
        List<Long> numbers = new ArrayList<>();
        String line;
        try (lines) {
            while ((line = lines.readLine()) != null) {
                if (lines.lastTooLong()) {
                    records.add(new SourceRecord(null, lines.lineNumber(), List.of(new Problem(source,
                            lines.lineNumber(), null, "line longer than " + maxChars + " characters; skipped"))));
                    continue;
                }
                if (lines.lastInvalidUtf8()) {
                    records.add(new SourceRecord(null, lines.lineNumber(), List.of(new Problem(source,
                            lines.lineNumber(), null, JsonLinesReader.INVALID_UTF8))));
                }
                if (!line.isBlank()) {
                    text.add(line.strip());
                    numbers.add(lines.lineNumber());
                }
            }
        }
        parse(text, numbers, reference);
    }

    @Override
    public SourceFormat format() {
        return SourceFormat.LISTING;
    }

    @Override
    public SourceRecord next() {
        return next < records.size() ? records.get(next++) : null;
    }

    @Override
    public void close() {
        // the lines were read and closed in the constructor
    }

    /** Where the entries start and the listing's date. */
    private record Header(int firstEntry, LocalDate date) {
    }

    private Header header(List<String> lines, LocalDate reference) {
        for (int i = 0; i < Math.min(HEADER_WINDOW, lines.size()); i++) {
            // The page header has no entry footer in it: a page saved without its header starts with an entry,
            // whose own date line must not be taken for the listing's date.
            if (lines.get(i).length() >= ABSTRACT_LENGTH || isAuthorLine(lines.get(i))
                    || lines.get(i).equals("\u00b7")) {
                break;
            }
            ListingDates.DateLine d = ListingDates.parse(lines.get(i));
            if (d != null && d.upvotes() == null) {
                LocalDate date = d.resolve(reference);
                return new Header(i + 1, date != null ? date : reference);
            }
        }
        return new Header(0, reference);
    }

    private void parse(List<String> lines, List<Long> numbers, LocalDate reference) {
        Header h = header(lines, reference);
        List<SourceRecord> parsed = new ArrayList<>();
        int i = h.firstEntry();
        while (i < lines.size()) {
            String title = lines.get(i);
            long titleLine = numbers.get(i);
            List<Problem> problems = new ArrayList<>();
            if (isFooterLine(title)) {
                // A stray footer line without an entry: report it rather than take it for a title.
                problems.add(new Problem(source, titleLine, null, "footer line without a title: '"
                        + JsonLinesReader.abbreviate(title) + "'"));
                parsed.add(new SourceRecord(null, titleLine, problems));
                i++;
                continue;
            }
            i++;
            String abstractText = null;
            if (i < lines.size() && !isFooterLine(lines.get(i)) && looksLikeAbstract(lines, i)) {
                abstractText = lines.get(i);
                i++;
            }
            Integer authorCount = null;
            String organization = null;
            LocalDate published = null;
            Integer upvotes = null;
            // Footer: an author count or organisation line, '·', and a date line; any part may be missing.
            if (i < lines.size() && isAuthorLine(lines.get(i))) {
                authorCount = authorCount(lines.get(i));
                i++;
            } else if (i + 1 < lines.size() && lines.get(i + 1).equals("\u00b7") && !isFooterLine(lines.get(i))) {
                organization = organization(lines.get(i));
                i++;
            }
            if (i < lines.size() && lines.get(i).equals("\u00b7")) {
                i++;
            }
            if (i < lines.size()) {
                ListingDates.DateLine d = ListingDates.parse(lines.get(i));
                if (d != null) {
                    published = d.resolve(h.date());
                    upvotes = d.upvotes();
                    if (published == null) {
                        problems.add(new Problem(source, numbers.get(i), "published", "not a valid date: '"
                                + lines.get(i) + "'"));
                    }
                    i++;
                }
            }
            if (abstractText == null) {
                problems.add(new Problem(source, titleLine, "abstract", "missing"));
            }
            String id = Paper.slugOf(title);
            if (id.isEmpty()) {
                id = "line-" + titleLine;
            }
            Paper p = new Paper(id, title, abstractText, List.of(), authorCount, organization, published, upvotes,
                    List.of());
            parsed.add(new SourceRecord(p, titleLine, problems));
        }
        // Over-long lines were recorded while reading; keep every record in line order.
        records.addAll(parsed);
        records.sort(java.util.Comparator.comparingLong(SourceRecord::line));
    }

    /** An abstract: long, or a sentence, or simply the line before a footer. */
    private static boolean looksLikeAbstract(List<String> lines, int i) {
        String s = lines.get(i);
        if (s.length() >= ABSTRACT_LENGTH || s.endsWith(".") || s.contains(". ")) {
            return true;
        }
        return (i + 1 < lines.size() && isFooterLine(lines.get(i + 1)))
                || (i + 2 < lines.size() && lines.get(i + 2).equals("\u00b7"));
    }

    private static boolean isFooterLine(String s) {
        return isAuthorLine(s) || s.equals("\u00b7") || ListingDates.parse(s) != null;
    }

    private static boolean isAuthorLine(String s) {
        return authorCount(s) != null;
    }

    /** {@code • 8 authors} or {@code • 1 author}: the count, else {@code null}. */
    private static Integer authorCount(String s) {
        String t = s.strip();
        if (!t.startsWith("\u2022")) {
            return null;
        }
        t = t.substring(1).strip();
        int sp = t.indexOf(' ');
        if (sp <= 0) {
            return null;
        }
        String word = t.substring(sp + 1).strip();
        if (!word.equals("authors") && !word.equals("author")) {
            return null;
        }
        String num = t.substring(0, sp);
        if (num.length() > 6 || !num.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return Integer.parseInt(num);
    }

    /** {@code adobe Adobe}: the handle, then the display name. */
    private static String organization(String s) {
        int sp = s.indexOf(' ');
        String name = sp > 0 ? s.substring(sp + 1).strip() : s.strip();
        return name.isEmpty() ? null : name;
    }
}

package org.paperclaims.source;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The input formats paperclaims reads. {@link #AUTO} detects one of the others from the first bytes. */
public enum SourceFormat {
    /**
     * Detect from the content: JSON Lines, an arXiv feed, a daily-papers array, an array of paper records, a
     * listing, or plain text.
     */
    AUTO("auto"),
    /** A "Daily Papers" listing page saved as text: titles, abstracts, author counts, dates, upvotes. */
    LISTING("listing"),
    /** JSON Lines: one paper record per line, any subset of the contract's paper fields. */
    JSONL("jsonl"),
    /** Plain text: the whole input is one abstract. */
    TEXT("text"),
    /** An arXiv API Atom feed: {@code <feed>} with one {@code <entry>} per paper. */
    ARXIV("arxiv"),
    /** The Hugging Face daily-papers JSON: an array of entries, each with a {@code paper} object. */
    HF_DAILY("hf"),
    /** A JSON array of paper records, as {@code extract --to json} writes them; incoming claims are replaced. */
    JSON("json");

    private final String cliName;

    SourceFormat(String cliName) {
        this.cliName = cliName;
    }

    /** The name used on the command line and in messages ({@code arxiv}, {@code hf}). */
    public String cliName() {
        return cliName;
    }

    /**
     * The format named {@code name}, ignoring case and surrounding blanks: a command-line name ({@code auto},
     * {@code listing}, {@code jsonl}, {@code text}, {@code arxiv}, {@code hf}) or a constant's name
     * ({@code hf_daily}).
     *
     * @throws IllegalArgumentException naming the bad value and the accepted ones
     */
    public static SourceFormat parse(String name) {
        if (name != null) {
            String n = name.strip();
            for (SourceFormat f : values()) {
                if (f.cliName.equalsIgnoreCase(n) || f.name().equalsIgnoreCase(n)) {
                    return f;
                }
            }
        }
        throw new IllegalArgumentException("format '" + name + "' is not one of "
                + Arrays.stream(values()).map(SourceFormat::cliName).collect(Collectors.joining(", ")));
    }

    /** The {@link #cliName() command-line name}. */
    @Override
    public String toString() {
        return cliName.toLowerCase(Locale.ROOT);
    }
}

package org.paperclaims.source;

import java.util.Locale;

/** The input formats paperclaims reads. {@link #AUTO} detects one of the others from the first bytes. */
public enum SourceFormat {
    /** Detect from the content: JSON Lines, a "Daily Papers" listing, or plain text. */
    AUTO,
    /** A "Daily Papers" listing page saved as text: titles, abstracts, author counts, dates, upvotes. */
    LISTING,
    /** JSON Lines: one paper record per line, any subset of the contract's paper fields. */
    JSONL,
    /** Plain text: the whole input is one abstract. */
    TEXT;

    /**
     * The format named {@code name} ({@code auto}, {@code listing}, {@code jsonl}, {@code text}), ignoring case.
     *
     * @throws IllegalArgumentException naming the bad value and the accepted ones
     */
    public static SourceFormat parse(String name) {
        if (name != null) {
            for (SourceFormat f : values()) {
                if (f.name().equalsIgnoreCase(name.strip())) {
                    return f;
                }
            }
        }
        throw new IllegalArgumentException("format '" + name + "' is not one of auto, listing, jsonl, text");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}

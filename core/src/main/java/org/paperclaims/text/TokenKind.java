package org.paperclaims.text;

/** The kinds of {@link Token} the shared text view produces. */
public enum TokenKind {
    /** A run of letters and digits that starts with a letter ({@code ImageNet64}, {@code A100}, {@code v1.5}). */
    WORD,
    /** A number as written ({@code 35}, {@code 3.2}, {@code 1,000}); letters written straight after it are a WORD. */
    NUMBER,
    /** An http(s) or www URL, without sentence punctuation after it. */
    URL,
    /** Any other single character that is not white space ({@code ×}, {@code %}, {@code -}, {@code (}). */
    SYMBOL
}

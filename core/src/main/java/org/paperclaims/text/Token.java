package org.paperclaims.text;

import java.util.Objects;

/**
 * One token of the shared text view. {@link #text()} is the normalised reading ({@code \times} reads
 * {@code ×}); {@link #start()} and {@link #end()} always point into the original string. Immutable; equal
 * tokens have equal components.
 *
 * <p>A view holds one token per word, number and symbol, and hostile text can be a token per character: the
 * kind and the space flag share one byte and a number's value is read from its text when asked, which keeps
 * a token at 40 bytes instead of 56, and in a dense text one-character tokens are only made when an
 * extractor reads them (see {@link TokenList}).
 */
public final class Token {
    private static final TokenKind[] KINDS = TokenKind.values();
    private static final int SPACE_BEFORE = 0x8;

    private final String text;
    private final String lower;
    private final int start;
    private final int end;
    private final int index;
    private final int sentence;
    /** The kind's ordinal, plus {@link #SPACE_BEFORE}. */
    private final byte shape;

    /**
     * @param kind what the token is
     * @param text the token in the normalised reading
     * @param lower {@code text} in lower case (ROOT locale), precomputed because most matching ignores case
     * @param start offset of the token in the original string
     * @param end end offset in the original string, exclusive
     * @param index position of the token in {@link TextView#tokens()}
     * @param sentence index of the sentence that holds the token
     * @param spaceBefore whether white space (or the start of the text) precedes the token
     */
    Token(TokenKind kind, String text, String lower, int start, int end, int index, int sentence,
            boolean spaceBefore) {
        this.text = text;
        this.lower = lower;
        this.start = start;
        this.end = end;
        this.index = index;
        this.sentence = sentence;
        this.shape = (byte) (kind.ordinal() | (spaceBefore ? SPACE_BEFORE : 0));
    }

    /** What the token is. */
    public TokenKind kind() {
        return KINDS[shape & 0x7];
    }

    /** The token in the normalised reading. */
    public String text() {
        return text;
    }

    /** {@link #text()} in lower case (ROOT locale). */
    public String lower() {
        return lower;
    }

    /** Offset of the token in the original string. */
    public int start() {
        return start;
    }

    /** End offset in the original string, exclusive. */
    public int end() {
        return end;
    }

    /** Position of the token in {@link TextView#tokens()}. */
    public int index() {
        return index;
    }

    /** Index of the sentence that holds the token. */
    public int sentence() {
        return sentence;
    }

    /** Whether white space (or the start of the text) precedes the token. */
    public boolean spaceBefore() {
        return (shape & SPACE_BEFORE) != 0;
    }

    /** The value of a NUMBER token ({@code 1,000} is 1000, see {@link TextView#parseNumber}), else {@link Double#NaN}. */
    public double number() {
        return isNumber() ? TextView.parseNumber(text) : Double.NaN;
    }

    /** Whether this token is a WORD or SYMBOL whose lower-case text equals {@code lowerCase}. */
    public boolean is(String lowerCase) {
        return lower.equals(lowerCase);
    }

    /** Whether this is a NUMBER token. */
    public boolean isNumber() {
        return (shape & 0x7) == TokenKind.NUMBER.ordinal();
    }

    /** Whether this is a WORD token. */
    public boolean isWord() {
        return (shape & 0x7) == TokenKind.WORD.ordinal();
    }

    /** Whether this is a SYMBOL token equal to {@code symbol}. */
    public boolean isSymbol(char symbol) {
        return (shape & 0x7) == TokenKind.SYMBOL.ordinal() && text.length() == 1 && text.charAt(0) == symbol;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Token t && shape == t.shape && start == t.start && end == t.end && index == t.index
                && sentence == t.sentence && text.equals(t.text) && lower.equals(t.lower);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind(), text, start, end, index, sentence, spaceBefore());
    }

    @Override
    public String toString() {
        return "Token[kind=" + kind() + ", text=" + text + ", start=" + start + ", end=" + end + ", index=" + index
                + ", sentence=" + sentence + ", spaceBefore=" + spaceBefore() + "]";
    }
}

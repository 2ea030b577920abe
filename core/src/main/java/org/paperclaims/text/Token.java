package org.paperclaims.text;

/**
 * One token of the shared text view. {@link #text()} is the normalised reading ({@code \times} reads
 * {@code ×}); {@link #start()} and {@link #end()} always point into the original string.
 *
 * @param kind what the token is
 * @param text the token in the normalised reading
 * @param lower {@code text} in lower case (ROOT locale), precomputed because most matching ignores case
 * @param start offset of the token in the original string
 * @param end end offset in the original string, exclusive
 * @param index position of the token in {@link TextView#tokens()}
 * @param sentence index of the sentence that holds the token
 * @param spaceBefore whether white space (or the start of the text) precedes the token
 * @param number the value of a NUMBER token ({@code 1,000} is 1000), else {@link Double#NaN}
 */
public record Token(TokenKind kind, String text, String lower, int start, int end, int index, int sentence,
        boolean spaceBefore, double number) {

    /** Whether this token is a WORD or SYMBOL whose lower-case text equals {@code lowerCase}. */
    public boolean is(String lowerCase) {
        return lower.equals(lowerCase);
    }

    /** Whether this is a NUMBER token. */
    public boolean isNumber() {
        return kind == TokenKind.NUMBER;
    }

    /** Whether this is a WORD token. */
    public boolean isWord() {
        return kind == TokenKind.WORD;
    }

    /** Whether this is a SYMBOL token equal to {@code symbol}. */
    public boolean isSymbol(char symbol) {
        return kind == TokenKind.SYMBOL && text.length() == 1 && text.charAt(0) == symbol;
    }
}

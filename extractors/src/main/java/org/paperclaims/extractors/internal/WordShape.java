package org.paperclaims.extractors.internal;

/**
 * The shape of one written word, as name detection reads it: how many letters it has and whether a capital
 * or a digit appears after its first character ({@code ImageNet}, {@code GPT4}, {@code LaTtE}), the mark of a
 * coined name rather than an ordinary word. Not API.
 *
 * @param letters the number of letters
 * @param innerCapitalOrDigit whether a capital or digit follows the first character
 * @param capitalised whether the first character is upper case
 */
public record WordShape(int letters, boolean innerCapitalOrDigit, boolean capitalised) {

    /** The shape of {@code word}; an empty word has no letters. */
    public static WordShape of(String word) {
        int letters = 0;
        boolean inner = false;
        for (int c = 0; c < word.length(); c++) {
            char ch = word.charAt(c);
            if (Character.isLetter(ch)) {
                letters++;
            }
            if (c > 0 && (Character.isUpperCase(ch) || Character.isDigit(ch))) {
                inner = true;
            }
        }
        return new WordShape(letters, inner, !word.isEmpty() && Character.isUpperCase(word.charAt(0)));
    }

    /** Whether {@code s} holds a digit. A loop, not a stream: it runs per token. */
    public static boolean hasDigit(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (Character.isDigit(s.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code s} holds an upper-case letter. A loop, not a stream: it runs per token. */
    public static boolean hasUpperCase(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (Character.isUpperCase(s.charAt(k))) {
                return true;
            }
        }
        return false;
    }
}

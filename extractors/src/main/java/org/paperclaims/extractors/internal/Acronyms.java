package org.paperclaims.extractors.internal;

import java.util.List;
import org.paperclaims.text.Token;
import org.paperclaims.text.TokenKind;

/**
 * Pairs an abbreviation with the words it abbreviates, as in "Lexical Unit Decoding (LUD)" or
 * "DAWN (Dynamic frame Avatar With Non-autoregressive diffusion)". Uses the Schwartz–Hearst rule: every
 * letter or digit of the abbreviation occurs in the long form in order, read from the end, and the first
 * one starts a word. Not API.
 */
public final class Acronyms {
    private Acronyms() {
    }

    /**
     * The index of the first token of the long form that ends at token {@code last} and that
     * {@code abbreviation} abbreviates, looked for among tokens at or after {@code floor}; -1 when there is
     * none. The long form has at least two words and at most {@code min(n + 5, 2n)} for an abbreviation of
     * n letters and digits.
     */
    public static int longFormEndingAt(List<Token> tokens, String abbreviation, int floor, int last) {
        String abbr = alnumLower(abbreviation);
        if (abbr.length() < 2 || !Character.isLetter(abbr.charAt(0)) || last < 0 || last >= tokens.size()) {
            return -1;
        }
        int maxWords = Math.min(abbr.length() + 5, 2 * abbr.length());
        int first = last;
        int words = 0;
        for (int i = last; i >= Math.max(0, floor); i--) {
            Token t = tokens.get(i);
            if (isWord(t)) {
                words++;
                if (words > maxWords) {
                    break;
                }
            } else if (!t.isSymbol('-') && !t.isSymbol('+')) {
                break;
            }
            first = i;
        }
        int start = match(tokens, abbr, first, last);
        if (start < 0) {
            return -1;
        }
        int n = 0;
        for (int i = start; i <= last; i++) {
            if (isWord(tokens.get(i))) {
                n++;
            }
        }
        return n >= 2 ? start : -1;
    }

    /** Whether tokens {@code first..last} as a whole are a long form of {@code abbreviation}. */
    public static boolean spellsWhole(List<Token> tokens, String abbreviation, int first, int last) {
        String abbr = alnumLower(abbreviation);
        if (abbr.length() < 2 || !Character.isLetter(abbr.charAt(0)) || first > last || first < 0
                || last >= tokens.size() || !isWord(tokens.get(first))) {
            return false;
        }
        int words = 0;
        for (int i = first; i <= last; i++) {
            if (isWord(tokens.get(i))) {
                words++;
            }
        }
        if (words < 2 || words > Math.min(abbr.length() + 5, 2 * abbr.length())) {
            return false;
        }
        return match(tokens, abbr, first, last) == first;
    }

    /** Schwartz–Hearst from the end of tokens {@code first..last}: the token where the long form starts, or -1. */
    private static int match(List<Token> tokens, String abbr, int first, int last) {
        int si = abbr.length() - 1;
        int ti = last;
        int ci = charsOf(tokens.get(ti)).length() - 1;
        while (si >= 0) {
            char c = abbr.charAt(si);
            boolean found = false;
            while (ti >= first) {
                String w = charsOf(tokens.get(ti));
                if (ci >= w.length()) {
                    ci = w.length() - 1;
                }
                while (ci >= 0) {
                    boolean wordStart = ci == 0 && isWord(tokens.get(ti));
                    if (Character.toLowerCase(w.charAt(ci)) == c && (si > 0 || wordStart)) {
                        found = true;
                        break;
                    }
                    ci--;
                }
                if (found) {
                    break;
                }
                ti--;
                ci = Integer.MAX_VALUE;
            }
            if (!found) {
                return -1;
            }
            si--;
            ci--;
            if (si >= 0 && ci < 0) {
                ti--;
                ci = Integer.MAX_VALUE;
            }
        }
        return ti;
    }

    private static String charsOf(Token t) {
        return isWord(t) ? t.text() : "";
    }

    private static boolean isWord(Token t) {
        return t.kind() == TokenKind.WORD || t.kind() == TokenKind.NUMBER;
    }

    /** The letters and digits of {@code s} in lower case. */
    public static String alnumLower(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }
}

package org.paperclaims.extractors.internal;

import java.util.List;
import org.paperclaims.text.Token;
import org.paperclaims.text.TokenKind;

/**
 * Pairs an abbreviation with the words it abbreviates, as in "Lexical Unit Decoding (LUD)" or
 * "DAWN (Dynamic frame Avatar With Non-autoregressive diffusion)". Uses the Schwartz–Hearst rule: every
 * letter or digit of the abbreviation occurs in the long form in order, read from the end, and the first
 * one starts a word. A digit the long form does not spell may stand for a repeated letter ("D2F" for
 * "discrete diffusion forcing") or for a word ("Learn2PD" for "Learning to Parallel Decode": 2 = "to",
 * 4 = "for"); those readings are tried only when the written one fails. A comma may stand inside a long form
 * that lists capitalised words ("Rotate, Clip, and Partition (RCP)"). Not API.
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
        String written = alnumLower(abbreviation);
        int lf = longFormOf(tokens, written, floor, last);
        for (String v : digitReadings(written)) {
            if (lf >= 0) {
                break;
            }
            lf = longFormOf(tokens, v, floor, last);
        }
        return lf;
    }

    private static int longFormOf(List<Token> tokens, String abbr, int floor, int last) {
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
            } else if (!t.isSymbol('-') && !t.isSymbol('+') && !listComma(tokens, i)) {
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
        String written = alnumLower(abbreviation);
        if (spells(tokens, written, first, last)) {
            return true;
        }
        for (String v : digitReadings(written)) {
            if (spells(tokens, v, first, last)) {
                return true;
            }
        }
        return false;
    }

    private static boolean spells(List<Token> tokens, String abbr, int first, int last) {
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

    /**
     * A comma between two capitalised words of a listed long form ("Rotate, Clip, and Partition"), the
     * second possibly after "and"/"or".
     */
    private static boolean listComma(List<Token> tokens, int i) {
        if (!tokens.get(i).isSymbol(',') || i == 0 || i + 1 >= tokens.size()) {
            return false;
        }
        Token prev = tokens.get(i - 1);
        Token next = tokens.get(i + 1);
        if ((next.is("and") || next.is("or")) && i + 2 < tokens.size()) {
            next = tokens.get(i + 2);
        }
        return capitalised(prev) && capitalised(next);
    }

    private static boolean capitalised(Token t) {
        return t.kind() == TokenKind.WORD && !t.text().isEmpty() && Character.isUpperCase(t.text().charAt(0));
    }

    /**
     * Other readings of the digits in an abbreviation: each digit n as n copies of the letter before it
     * ("d2f" to "ddf"), and 2/4 as the initial of "to"/"for" ("learn2pd" to "learntpd"); empty when it has
     * no such digit.
     */
    static List<String> digitReadings(String abbr) {
        if (!hasReadableDigit(abbr)) {
            return List.of(); // most abbreviations: no builder for them
        }
        StringBuilder repeat = new StringBuilder();
        StringBuilder word = new StringBuilder();
        boolean any = false;
        boolean wordAny = false;
        for (int i = 0; i < abbr.length(); i++) {
            char c = abbr.charAt(i);
            boolean afterLetter = i > 0 && Character.isLetter(abbr.charAt(i - 1));
            if (c >= '2' && c <= '9' && afterLetter && (i + 1 == abbr.length() || !Character.isDigit(abbr.charAt(i + 1)))) {
                any = true;
                for (int k = 1; k < c - '0'; k++) {
                    repeat.append(abbr.charAt(i - 1));
                }
                if (c == '2' || c == '4') {
                    word.append(c == '2' ? 't' : 'f');
                    wordAny = true;
                } else {
                    word.append(c);
                }
            } else {
                repeat.append(c);
                word.append(c);
            }
        }
        if (!any) {
            return List.of();
        }
        return wordAny ? List.of(repeat.toString(), word.toString()) : List.of(repeat.toString());
    }

    /** Whether a digit 2 to 9 follows a letter somewhere in {@code abbr}: only then has it other readings. */
    private static boolean hasReadableDigit(String abbr) {
        for (int i = 1; i < abbr.length(); i++) {
            char c = abbr.charAt(i);
            if (c >= '2' && c <= '9' && Character.isLetter(abbr.charAt(i - 1))) {
                return true;
            }
        }
        return false;
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

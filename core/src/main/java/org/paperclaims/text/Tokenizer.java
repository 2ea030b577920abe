package org.paperclaims.text;


/**
 * Splits the normalised reading into tokens, each as {@code {normStart, normEnd, kind ordinal}}. A single
 * forward scan with no backtracking: each character is looked at a bounded number of times.
 */
final class Tokenizer {
    private final String s;
    private final int n;
    /** Token spans, three ints each: normalised start, end, kind ordinal. */
    private int[] out;
    private int count;

    Tokenizer(String s) {
        this.s = s;
        this.n = s.length();
        // About one token per five characters in prose; grown by doubling when a text is denser.
        this.out = new int[3 * Math.max(16, n / 5)];
    }

    /** The token spans of a text: start, end and kind of each, in order. */
    record Spans(int[] data, int size) {
        int start(int i) {
            return data[3 * i];
        }

        int end(int i) {
            return data[3 * i + 1];
        }

        int kind(int i) {
            return data[3 * i + 2];
        }
    }

    Spans run() {
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (isUrlStart(i)) {
                i = url(i);
            } else if (isDigit(c)) {
                i = number(i);
            } else if (Character.isLetter(c) || Character.isHighSurrogate(c) && Character.isLetter(s.codePointAt(i))) {
                i = word(i);
            } else {
                add(i, i + 1, TokenKind.SYMBOL);
                i++;
            }
        }
        return new Spans(out, count);
    }

    private void add(int start, int end, TokenKind kind) {
        if (3 * count + 3 > out.length) {
            out = java.util.Arrays.copyOf(out, out.length * 2);
        }
        out[3 * count] = start;
        out[3 * count + 1] = end;
        out[3 * count + 2] = kind.ordinal();
        count++;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private boolean isUrlStart(int i) {
        char c = s.charAt(i);
        if (c != 'h' && c != 'w') {
            return false;
        }
        if (i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) {
            return false;
        }
        return s.startsWith("https://", i) || s.startsWith("http://", i) || s.startsWith("www.", i);
    }

    private int url(int i) {
        int j = i;
        int parens = 0;
        while (j < n) {
            char c = s.charAt(j);
            if (Character.isWhitespace(c) || c == '<' || c == '>' || c == '"' || c == '\u201d') {
                break;
            }
            if (c == '(') {
                parens++;
            } else if (c == ')') {
                if (parens == 0) {
                    break;
                }
                parens--;
            }
            j++;
        }
        int end = j;
        // Sentence punctuation after a URL is not part of it; a '-' ending a repository name is.
        while (end > i && ".,;:!?'\u2019]".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        add(i, end, TokenKind.URL);
        return end;
    }

    private int number(int i) {
        int j = i;
        while (j < n && isDigit(s.charAt(j))) {
            j++;
        }
        // Thousands groups: "1,000", "2,300" (exactly three digits after each comma).
        while (j + 3 < n && s.charAt(j) == ',' && isDigit(s.charAt(j + 1)) && isDigit(s.charAt(j + 2))
                && isDigit(s.charAt(j + 3)) && (j + 4 >= n || !isDigit(s.charAt(j + 4)))) {
            j += 4;
        }
        if (j + 1 < n && s.charAt(j) == '.' && isDigit(s.charAt(j + 1))) {
            j++;
            while (j < n && isDigit(s.charAt(j))) {
                j++;
            }
        }
        add(i, j, TokenKind.NUMBER);
        return j;
    }

    private int word(int i) {
        int j = i;
        while (j < n) {
            char c = s.charAt(j);
            if (Character.isLetterOrDigit(c)) {
                j++;
            } else if (Character.isHighSurrogate(c) && Character.isLetterOrDigit(s.codePointAt(j))
                    && j + 1 < n) {
                // A letter outside the Basic Multilingual Plane ("𝒳Net") is one letter of the word, not two symbols.
                j += 2;
            } else if ((c == '_' || c == '.') && j + 1 < n && j > i
                    && (c == '_' ? Character.isLetterOrDigit(s.charAt(j + 1))
                            : isDigit(s.charAt(j - 1)) && isDigit(s.charAt(j + 1)))) {
                // "FID_b" and "v1.5" are one word
                j++;
            } else {
                break;
            }
        }
        add(i, j, TokenKind.WORD);
        return j;
    }
}

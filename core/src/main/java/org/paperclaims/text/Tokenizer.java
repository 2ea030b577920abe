package org.paperclaims.text;


/**
 * Splits the normalised reading into tokens, each as {@code {normStart, normEnd, kind ordinal}}. A single
 * forward scan with no backtracking: each character is looked at a bounded number of times.
 */
final class Tokenizer {
    /** The normalised reading as an array: scanned character by character, without String's per-read checks. */
    private final char[] s;
    private final int n;
    /** Token spans, three ints each: normalised start, end, kind ordinal. */
    private int[] out;
    private int count;

    Tokenizer(char[] s) {
        this.s = s;
        this.n = s.length;
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
            char c = s[i];
            if (c == ' ' || Character.isWhitespace(c)) {
                i++;
            } else if (isUrlStart(i)) {
                i = url(i);
            } else if (isDigit(c)) {
                i = number(i);
            } else if (Character.isLetter(c) || Character.isHighSurrogate(c) && Character.isLetter(Character.codePointAt(s, i))) {
                i = word(i);
            } else {
                add(i, i + 1, TokenKind.SYMBOL);
                i++;
            }
        }
        return new Spans(out, count);
    }

    /** Whether each ASCII character is a letter or digit: the word loop's common case, one array read. */
    private static final boolean[] ASCII_ALNUM = new boolean[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII_ALNUM[c] = Character.isLetterOrDigit(c);
        }
    }

    private void add(int start, int end, TokenKind kind) {
        if (3 * count + 3 > out.length) {
            grow(end);
        }
        out[3 * count] = start;
        out[3 * count + 1] = end;
        out[3 * count + 2] = kind.ordinal();
        count++;
    }

    /**
     * Makes room for more spans once the first guess is spent: sized for the rest of the text at the density
     * seen so far (plus a quarter), so a dense text (a run of symbols, one token per character) is copied
     * once or twice rather than doubled through every size up to a 10 MB array.
     */
    private void grow(int scanned) {
        long projected = (long) count * n / Math.max(1, scanned);
        long wanted = Math.max(out.length + 48L, 3 * (projected + projected / 4 + 16));
        out = java.util.Arrays.copyOf(out, (int) Math.min(wanted, 3L * n + 3));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private boolean isUrlStart(int i) {
        char c = s[i];
        if (c != 'h' && c != 'w') {
            return false;
        }
        if (i > 0 && Character.isLetterOrDigit(s[i - 1])) {
            return false;
        }
        return startsWith("https://", i) || startsWith("http://", i) || startsWith("www.", i);
    }

    private boolean startsWith(String prefix, int i) {
        if (i + prefix.length() > n) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (s[i + k] != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private int url(int i) {
        int j = i;
        int parens = 0;
        while (j < n) {
            char c = s[j];
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
        while (end > i && ".,;:!?'\u2019]".indexOf(s[end - 1]) >= 0) {
            end--;
        }
        add(i, end, TokenKind.URL);
        return end;
    }

    private int number(int i) {
        int j = i;
        while (j < n && isDigit(s[j])) {
            j++;
        }
        // Thousands groups: "1,000", "2,300" (exactly three digits after each comma).
        while (j + 3 < n && s[j] == ',' && isDigit(s[j + 1]) && isDigit(s[j + 2])
                && isDigit(s[j + 3]) && (j + 4 >= n || !isDigit(s[j + 4]))) {
            j += 4;
        }
        if (j + 1 < n && s[j] == '.' && isDigit(s[j + 1])) {
            j++;
            while (j < n && isDigit(s[j])) {
                j++;
            }
        }
        add(i, j, TokenKind.NUMBER);
        return j;
    }

    private int word(int i) {
        int j = i;
        while (j < n) {
            char c = s[j];
            if (c < 0x80 ? ASCII_ALNUM[c] : Character.isLetterOrDigit(c)) {
                j++;
            } else if (Character.isHighSurrogate(c) && Character.isLetterOrDigit(Character.codePointAt(s, j))
                    && j + 1 < n) {
                // A letter outside the Basic Multilingual Plane ("𝒳Net") is one letter of the word, not two symbols.
                j += 2;
            } else if ((c == '_' || c == '.') && j + 1 < n && j > i
                    && (c == '_' ? Character.isLetterOrDigit(s[j + 1])
                            : isDigit(s[j - 1]) && isDigit(s[j + 1]))) {
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

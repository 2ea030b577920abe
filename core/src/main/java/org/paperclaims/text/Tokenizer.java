package org.paperclaims.text;


/**
 * Splits the normalised reading into tokens and hands each to a {@link Sink} as soon as it is found. A single
 * forward scan with no backtracking: each character is looked at a bounded number of times.
 */
final class Tokenizer {
    /** Receives each token's span in the normalised reading, in order. */
    interface Sink {
        /**
         * One token, {@code s[start, end)}. {@code shape} holds the {@link TokenList} shape bits when
         * {@link #SHAPED} is set in it; when {@link #HASHED} is set too, {@code lowerHash} is
         * {@link String#hashCode()} of the token's lower-case text (an ASCII word). {@link #SPACE_BEFORE} is
         * set in {@code shape} when white space comes right before the token.
         */
        void token(int start, int end, TokenKind kind, int lowerHash, int shape);
    }

    /** The shape bits were computed while scanning. */
    static final int SHAPED = 0x100;
    /** The lower-case hash was computed while scanning. */
    static final int HASHED = 0x200;
    /** White space comes right before the token, or the token starts the text. */
    static final int SPACE_BEFORE = 0x400;

    /** {@link #ASCII_CLASS} values: what an ASCII character starts. */
    private static final byte OTHER = 0;
    private static final byte SPACE = 1;
    private static final byte LETTER = 2;
    private static final byte DIGIT = 3;
    private static final byte[] ASCII_CLASS = new byte[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII_CLASS[c] = Character.isWhitespace(c) ? SPACE : c >= '0' && c <= '9' ? DIGIT
                    : Character.isLetter(c) ? LETTER : OTHER;
        }
    }

    /** The normalised reading as an array: scanned character by character, without String's per-read checks. */
    private final char[] s;
    private final int n;
    private final Sink sink;

    /** Scans the first {@code length} characters of {@code s}. */
    Tokenizer(char[] s, int length, Sink sink) {
        this.s = s;
        this.n = length;
        this.sink = sink;
    }

    void run() {
        int i = 0;
        // Whether white space was skipped right before the token being started (or it starts the text).
        int space = SPACE_BEFORE;
        while (i < n) {
            char c = s[i];
            if (c < 0x80) {
                // One table read sorts an ASCII character: prose is nearly all ASCII, and the branch on its
                // class replaces a chain of Character tests per token.
                int cls = ASCII_CLASS[c];
                if (cls == SPACE) {
                    i++;
                    space = SPACE_BEFORE;
                    continue;
                } else if (cls == LETTER) {
                    i = (c == 'h' || c == 'w') && isUrlStart(i) ? url(i, space) : word(i, space);
                } else if (cls == DIGIT) {
                    i = number(i, space);
                } else {
                    sink.token(i, i + 1, TokenKind.SYMBOL, 0, SHAPED | TokenList.ASCII | space);
                    i++;
                }
            } else if (Character.isWhitespace(c)) {
                i++;
                space = SPACE_BEFORE;
                continue;
            } else if (Character.isLetter(c) || Character.isHighSurrogate(c) && Character.isLetter(Character.codePointAt(s, i, n))) {
                i = word(i, space);
            } else {
                sink.token(i, i + 1, TokenKind.SYMBOL, 0, SHAPED | space);
                i++;
            }
            space = 0;
        }
    }

    /**
     * For each ASCII character, in one read for the word loop: its lower case (low seven bits) and the
     * {@link TokenList} shape bits it gives a word, shifted by {@link #SHAPE_SHIFT}; {@link #LETTER_OR_DIGIT}
     * marks the characters a word is made of.
     */
    private static final short[] ASCII_INFO = new short[0x80];
    private static final int SHAPE_SHIFT = 7;
    private static final int LETTER_OR_DIGIT = 0x8 << SHAPE_SHIFT;

    static {
        for (char c = 0; c < 0x80; c++) {
            int lower = c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
            int shape = c >= 'A' && c <= 'Z' ? TokenList.UPPER : c >= '0' && c <= '9' ? TokenList.DIGIT : 0;
            ASCII_INFO[c] = (short) (lower | shape << SHAPE_SHIFT | (Character.isLetterOrDigit(c) ? LETTER_OR_DIGIT : 0));
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private boolean isUrlStart(int i) {
        // Words starting with 'h' or 'w' are common ("with", "which", "how"): the second character turns nearly
        // all of them away before any prefix is compared.
        if (i + 4 > n) {
            return false;
        }
        char c = s[i];
        char d = s[i + 1];
        if (!(c == 'h' ? d == 't' : c == 'w' && d == 'w')) {
            return false;
        }
        if (!(startsWith("https://", i) || startsWith("http://", i) || startsWith("www.", i))) {
            return false;
        }
        return i == 0 || !Character.isLetterOrDigit(s[i - 1]);
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

    private int url(int i, int space) {
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
        sink.token(i, end, TokenKind.URL, 0, space);
        return end;
    }

    private int number(int i, int space) {
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
        sink.token(i, j, TokenKind.NUMBER, 0, SHAPED | TokenList.ASCII | TokenList.DIGIT | space);
        return j;
    }

    private int word(int i, int space) {
        int j = i;
        // The lower-case hash and the shape are computed in the same pass, so that the view can look an ASCII
        // word up in the lexicon without reading its characters again.
        int hash = 0;
        int info = 0;
        boolean ascii = true;
        while (j < n) {
            char c = s[j];
            if (c < 0x80) {
                int ci = ASCII_INFO[c];
                if ((ci & LETTER_OR_DIGIT) == 0 && !((c == '_' || c == '.') && joinsWord(i, j))) {
                    break;
                }
                info |= ci;
                hash = 31 * hash + (ci & 0x7f);
                j++;
            } else if (Character.isLetterOrDigit(c)) {
                ascii = false;
                j++;
            } else if (Character.isHighSurrogate(c) && Character.isLetterOrDigit(Character.codePointAt(s, j, n))
                    && j + 1 < n) {
                // A letter outside the Basic Multilingual Plane ("𝒳Net") is one letter of the word, not two symbols.
                ascii = false;
                j += 2;
            } else {
                break;
            }
        }
        int shape = SHAPED | space | (info >>> SHAPE_SHIFT) & (TokenList.DIGIT | TokenList.UPPER);
        sink.token(i, j, TokenKind.WORD, hash, ascii ? shape | HASHED | TokenList.ASCII : shape);
        return j;
    }

    /** Whether the '_' or '.' at {@code j} joins the word that started at {@code i}: "FID_b" and "v1.5" are one word. */
    private boolean joinsWord(int i, int j) {
        char c = s[j];
        return j + 1 < n && j > i && (c == '_' ? Character.isLetterOrDigit(s[j + 1]) : isDigit(s[j - 1]) && isDigit(s[j + 1]));
    }
}

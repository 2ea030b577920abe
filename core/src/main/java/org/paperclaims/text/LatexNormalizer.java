package org.paperclaims.text;

/**
 * Builds the normalised reading of a string: undoes the artefacts real listings carry (LaTeX that lost
 * its rendering, lost backslashes, escapes) while remembering, for each normalised character, the span
 * of original characters it stands for. One left-to-right pass; every look-ahead is bounded, so the
 * cost is linear in the input.
 *
 * <p>Dropped markup is attributed to a neighbour rather than lost: an opener (<code>&#92;url{...}</code>,
 * {@code \(}, an opening {@code $}) widens the span of the next emitted character, a closer (a closing brace,
 * {@code \)}) widens the previous one. A token covering {@code 7} in {@code \(7\times\)} therefore spans
 * the whole wrapper, which is what a claim's {@code text} should show.
 */
final class LatexNormalizer {
    /** How far a wrapper's closing brace is looked for; longer groups are left as they are. */
    private static final int MAX_GROUP = 600;

    private static final String[] WRAPPERS = {
        "url{", "href{", "text{", "textbf{", "textit{", "texttt{", "textrm{", "textsc{", "emph{", "mathrm{",
        "mathbf{", "mathit{", "mathtt{", "operatorname{", "mbox{"
    };
    private static final String[] SWITCHES = {"em ", "it ", "bf ", "tt ", "sc ", "rm "};

    private final String src;
    private final int n;
    /** The normalised characters: never more than the source has, as each rule emits at most one per character read. */
    private final char[] out;
    private int length;
    private final int[] starts;
    private final int[] ends;
    private int pendingStart = -1;
    private boolean inMath;
    /**
     * The second group of {@code \href{URL}{shown}} or {@code text{URL}{URL}}: characters after
     * {@code skipFrom} up to {@code skipUntil} are dropped and widen the previous character's span.
     */
    private int skipFrom = -1;
    private int skipUntil = -1;

    /** The low surrogate of U+1D7CE, the first mathematical digit (bold, double-struck, sans, monospace zeros). */
    private static final char MATH_DIGIT_LOW = '\uDFCE';

    /** Whether a mathematical digit (U+1D7CE..U+1D7FF, read modulo 10) starts at {@code i}. */
    static boolean mathDigitAt(String src, int i) {
        return src.charAt(i) == '\uD835' && i + 1 < src.length() && src.charAt(i + 1) >= MATH_DIGIT_LOW
                && src.charAt(i + 1) <= '\uDFFF';
    }

    private LatexNormalizer(String src) {
        this.src = src;
        this.n = src.length();
        this.out = new char[n];
        this.starts = new int[n];
        this.ends = new int[n];
    }

    /**
     * The normalised reading, its characters (the first {@code text.length()} of {@code chars}, handed over for
     * the tokenizer to scan without another copy) and its offset maps, indexed like {@code text}; both maps are
     * null when the reading is the text itself.
     */
    record Result(String text, char[] chars, int[] starts, int[] ends) {
    }

    /**
     * Whether {@code src} has nothing to normalise: none of the characters any rule starts with, and none of
     * the words a lost backslash leaves. One pass plus three vectorised {@code indexOf} scans.
     */
    private static final boolean[] PLAIN_ASCII = new boolean[0x80];

    static {
        for (char c = 0x20; c < 0x7f; c++) {
            PLAIN_ASCII[c] = c != '\\' && c != '$' && c != '{' && c != '}';
        }
        PLAIN_ASCII['\n'] = true;
    }

    static boolean plain(String src) {
        return plain(src, src.toCharArray());
    }

    /** {@link #plain(String)}, reading {@code chars}, the characters of {@code src}. */
    private static boolean plain(String src, char[] chars) {
        // Scanned from the array: the loop then has no per-character String checks, and the copy is needed anyway.
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c < 0x80 && PLAIN_ASCII[c]) {
                continue; // the common case: printable ASCII that no rule starts with
            }
            if (c < 0x20 ? c != '\n' : c == '\\' || c == '$' || c == '{' || c == '}' || c == 0x7f
                    || (c >= 0xa0 && (c == '\u00a0' || c == '\u2009' || c == '\u202f' || c == '\u2007'
                    || c == '\u200a' || c == '\u2715' || c == '\u2716' || c == '\u2a09' || mathDigitAt(src, i)))) {
                return false;
            }
        }
        return !lostSymbolIn(src, "sim") && !lostSymbolIn(src, "leq") && !lostSymbolIn(src, "geq")
                && !lostTextWrapperIn(src);
    }

    private static boolean lostSymbolIn(String src, String word) {
        for (int i = src.indexOf(word); i >= 0; i = src.indexOf(word, i + 1)) {
            if (lostSymbolAt(src, i, word.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean lostTextWrapperIn(String src) {
        // "text{" needs a brace, which plain() has already excluded; kept for clarity should that change.
        return src.indexOf("text{") >= 0;
    }

    /** {@code sim7}, {@code sim 7}: a symbol word at {@code i} with no letter before it and a digit after it. */
    private static boolean lostSymbolAt(String src, int i, int len) {
        if (i > 0 && Character.isLetterOrDigit(src.charAt(i - 1))) {
            return false;
        }
        int j = i + len;
        if (j < src.length() && src.charAt(j) == ' ') {
            j++;
        }
        return j < src.length() && Character.isDigit(src.charAt(j));
    }

    static Result normalize(String src) {
        char[] chars = src.toCharArray();
        if (plain(src, chars)) {
            // Most abstracts carry no markup at all: the reading is the text itself, offsets map to themselves.
            return new Result(src, chars, null, null);
        }
        LatexNormalizer z = new LatexNormalizer(src);
        z.run();
        return new Result(new String(z.out, 0, z.length), z.out, z.starts, z.ends);
    }

    private void run() {
        int i = 0;
        while (i < n) {
            char c = src.charAt(i);
            if (i <= skipUntil) {
                if (i > skipFrom) {
                    close(i + 1);
                    i++;
                    continue;
                }
            } else {
                skipUntil = -1;
            }
            if (c == '\\') {
                i = backslash(i);
            } else if (c == '$') {
                if (inMath) {
                    close(i + 1);
                } else {
                    open(i);
                }
                inMath = !inMath;
                i++;
            } else if (c == '{') {
                i = brace(i);
            } else if (c == '}') {
                close(i + 1);
                i++;
            } else if (c == 't' && startsWithWord(i, "text{")) {
                // "text{URL}{URL}": a \text whose backslash was lost in the listing.
                i = wrapper(i, i + 5, true);
            } else if ((c == 's' || c == 'l' || c == 'g') && lostSymbol(i)) {
                i = lostSymbolAt(i);
            } else if (c == '\u00a0' || c == '\u2009' || c == '\u202f' || c == '\u2007' || c == '\u200a'
                    || (c < 0x20 && c != '\n') || c == 0x7f) {
                emit(' ', i, i + 1);
                i++;
            } else if (mathDigitAt(src, i)) {
                // "𝟓𝟎×": a page that renders bold math digits; each digit is a surrogate pair, two chars.
                emit((char) ('0' + (src.charAt(i + 1) - MATH_DIGIT_LOW) % 10), i, i + 2);
                i += 2;
            } else if (c == '\u2715' || c == '\u2716' || c == '\u2a09') {
                emit('\u00d7', i, i + 1);
                i++;
            } else {
                emit(c, i, i + 1);
                i++;
            }
        }
        if (pendingStart >= 0 && length > 0) {
            ends[length - 1] = Math.max(ends[length - 1], n);
        }
    }

    private int backslash(int i) {
        if (i + 1 >= n) {
            emit('\\', i, i + 1);
            return i + 1;
        }
        char d = src.charAt(i + 1);
        switch (d) {
            case '(', '[' -> {
                open(i);
                return i + 2;
            }
            case ')', ']' -> {
                close(i + 2);
                return i + 2;
            }
            case '%', '_', '&', '#', '$', '{', '}' -> {
                emit(d, i, i + 2);
                return i + 2;
            }
            case ',', ';', ' ', '!', ':' -> {
                emit(' ', i, i + 2);
                return i + 2;
            }
            default -> {
                // handled below
            }
        }
        if (commandAt(i + 1, "times")) {
            emit('\u00d7', i, i + 6);
            return i + 6;
        }
        if (commandAt(i + 1, "sim")) {
            emit('~', i, i + 4);
            return i + 4;
        }
        if (commandAt(i + 1, "approx")) {
            emit('\u2248', i, i + 7);
            return i + 7;
        }
        if (commandAt(i + 1, "leq") || commandAt(i + 1, "le")) {
            int len = commandAt(i + 1, "leq") ? 4 : 3;
            emit('\u2264', i, i + len);
            return i + len;
        }
        if (commandAt(i + 1, "geq") || commandAt(i + 1, "ge")) {
            int len = commandAt(i + 1, "geq") ? 4 : 3;
            emit('\u2265', i, i + len);
            return i + len;
        }
        if (commandAt(i + 1, "cdot")) {
            emit('\u00b7', i, i + 5);
            return i + 5;
        }
        for (String w : WRAPPERS) {
            if (src.startsWith(w, i + 1)) {
                return wrapper(i, i + 1 + w.length(), w.equals("href{") || w.equals("text{"));
            }
        }
        emit('\\', i, i + 1);
        return i + 1;
    }

    /** {@code \em } and friends right after an opening brace: drop the switch with the brace. */
    private int brace(int i) {
        if (i + 1 < n && src.charAt(i + 1) == '\\') {
            for (String s : SWITCHES) {
                if (src.startsWith(s, i + 2)) {
                    open(i);
                    return i + 2 + s.length();
                }
            }
        }
        open(i);
        return i + 1;
    }

    /**
     * A wrapper such as <code>&#92;url{...}</code>: drop the opener; when {@code dropSecondGroup}, a second group right
     * after the closing brace ({@code \href{URL}{shown}}, {@code text{URL}{URL}}) is dropped as a closer.
     */
    private int wrapper(int opener, int contentStart, boolean dropSecondGroup) {
        open(opener);
        if (dropSecondGroup) {
            int close = matching(contentStart);
            if (close >= 0 && close + 1 < n && src.charAt(close + 1) == '{') {
                int close2 = matching(close + 2);
                if (close2 >= 0) {
                    skipFrom = close;
                    skipUntil = close2;
                }
            }
        }
        return contentStart;
    }


    /** The index of the next '}' from {@code from}, with no brace in between, within MAX_GROUP; else -1. */
    private int matching(int from) {
        int limit = Math.min(n, from + MAX_GROUP);
        for (int j = from; j < limit; j++) {
            char c = src.charAt(j);
            if (c == '}') {
                return j;
            }
            if (c == '{') {
                return -1;
            }
        }
        return -1;
    }

    private boolean commandAt(int at, String name) {
        return src.startsWith(name, at) && (at + name.length() >= n || !Character.isLetter(src.charAt(at + name.length())));
    }

    private boolean startsWithWord(int i, String word) {
        return src.startsWith(word, i) && (i == 0 || !Character.isLetter(src.charAt(i - 1)));
    }

    /** {@code sim7}, {@code sim 7}, {@code leq 5}: a LaTeX symbol whose backslash was lost, before a figure. */
    private boolean lostSymbol(int i) {
        boolean word = src.startsWith("sim", i) || src.startsWith("leq", i) || src.startsWith("geq", i);
        return word && lostSymbolAt(src, i, 3);
    }

    private int lostSymbolAt(int i) {
        char c = src.charAt(i);
        char sym = c == 's' ? '~' : c == 'l' ? '\u2264' : '\u2265';
        emit(sym, i, i + 3);
        return i + 3;
    }

    private void open(int at) {
        if (pendingStart < 0) {
            pendingStart = at;
        }
    }

    private void close(int endExclusive) {
        if (length > 0 && pendingStart < 0) {
            int last = length - 1;
            ends[last] = Math.max(ends[last], endExclusive);
        }
    }

    private void emit(char c, int start, int end) {
        int k = length++;
        starts[k] = pendingStart >= 0 ? pendingStart : start;
        ends[k] = end;
        pendingStart = -1;
        out[k] = c;
    }
}

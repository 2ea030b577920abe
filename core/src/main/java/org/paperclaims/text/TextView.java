package org.paperclaims.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.paperclaims.internal.Lexicon;
import org.paperclaims.internal.Validate;

/**
 * The shared, once-computed view of one abstract that every extractor reads: the original string, a
 * normalised reading that undoes listing artefacts ({@code 35times}, {@code \(7\times\)}, {@code 33\%},
 * {@code sim7}, {@code text{URL}{URL}}, {@code \_}), tokens and sentences. Every offset a token or
 * sentence reports points into the original string, so a claim built from tokens can quote the original
 * text exactly.
 *
 * <p>Immutable and safe to share between threads. Building a view is linear in the length of the text.
 */
public final class TextView {
    private static final String[] ABBREVIATIONS = {
        "e.g", "i.e", "vs", "al", "fig", "figs", "eq", "eqs", "cf", "approx", "resp", "sec", "no", "etc", "viz",
        "ref", "refs", "tab", "dr", "mr", "ms", "prof", "st", "inc", "ltd", "co", "jr", "sr", "u.s", "v"
    };

    /** Lower-casing never shortens a word, so a longer word before a full stop is no abbreviation. */
    private static final int LONGEST_ABBREVIATION = java.util.Arrays.stream(ABBREVIATIONS).mapToInt(String::length)
            .max().orElse(0);

    /**
     * Single-character tokens are common (punctuation, symbols, and in hostile text every character): one
     * shared string per character, made on first use. Racy on purpose: strings are immutable, so a thread
     * sees either null (and makes an equal string) or a complete one.
     */
    private static final String[] SINGLES = new String[Character.MAX_VALUE + 1];

    static String single(char c) {
        String s = SINGLES[c];
        if (s == null) {
            s = String.valueOf(c);
            SINGLES[c] = s;
        }
        return s;
    }

    /** The lower case of each single character's string, made on first use (racy like {@link #SINGLES}). */
    private static final String[] LOWER_SINGLES = new String[Character.MAX_VALUE + 1];

    /**
     * {@code single(c).toLowerCase(ROOT)}, shared: String.toLowerCase builds a new string for many characters
     * that do not change (surrogates among them), which a run of such characters would pay per token.
     */
    static String lowerSingle(char c) {
        String s = LOWER_SINGLES[c];
        if (s == null) {
            String text = single(c);
            s = text.toLowerCase(Locale.ROOT);
            if (s.equals(text)) {
                s = text;
            }
            LOWER_SINGLES[c] = s;
        }
        return s;
    }

    /** The lower-case form, sharing the string when it is already lower case (most words are). */
    private static String lower(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // Below 0x80 only 'A'..'Z' change; anything above takes the full Unicode path.
            if (c > 0x7f || (c >= 'A' && c <= 'Z')) {
                return s.toLowerCase(Locale.ROOT);
            }
        }
        return s;
    }

    private final String original;
    private final String normalized;
    private final int[] normStarts;
    private final int[] normEnds;
    private final TokenList tokens;
    private final List<Sentence> sentences;

    /**
     * A text whose tokens outgrow this many, at more than one token per two characters, leaves the rest of its
     * one-character tokens to be made when first read. Prose has a token per four or five characters and its
     * extractors read nine tokens in ten: making them in the scan is cheaper there, at any length. A dense
     * text is a run of symbols (hostile input), which the extractors skip by shape without reading.
     */
    static final int LAZY_SINGLES_AFTER = 1 << 16;

    /** When one-character tokens are made: the default, or one way throughout (tests compare the two). */
    enum Singles { BY_DENSITY, LAZY, EAGER }

    private TextView(String original, Singles singles) {
        this.original = original;
        LatexNormalizer.Result r = LatexNormalizer.normalize(original);
        this.normalized = r.text();
        this.normStarts = r.starts();
        this.normEnds = r.ends();
        char[] chars = r.chars();
        int length = normalized.length();
        Lexicon.Table lexicon = Lexicon.recentSnapshot();
        Builder builder = new Builder(chars, length, lexicon, singles);
        new Tokenizer(chars, length, builder).run();
        builder.finish();
        this.sentences = Collections.unmodifiableList(builder.sentences);
        this.tokens = new TokenList(builder.tokens, builder.count, builder.wordIds, builder.shapes, builder.firstChars, lexicon,
                builder.singlePos == null ? null
                        : new TokenList.Singles(chars, builder.singlePos, builder.singleSentence, normStarts, normEnds));
    }

    /**
     * Turns each span the tokenizer finds into a {@link Token} straight away, closing sentences on the way:
     * one pass over the text, no intermediate list of spans. In a dense text a one-character token is only
     * recorded (its position; its kind is in the shape byte): the list makes its Token when it is first read
     * (see {@link TokenList.Singles}).
     */
    private final class Builder implements Tokenizer.Sink {
        /** The normalised reading's characters: the first {@code length} of the array. */
        private final char[] chars;
        private final int length;
        private final Lexicon.Table lexicon;
        private Token[] tokens;
        private int[] wordIds;
        private byte[] shapes;
        private char[] firstChars;
        /** Null, or when one-character tokens are left null in {@link #tokens}: their position in the reading. */
        private int[] singlePos;
        private int[] singleSentence;
        private final Singles singlesMode;
        private int count;
        private final List<Sentence> sentences;
        /** The first token of the sentence being read, and where it starts in the normalised reading. */
        private int sentenceFirst;
        private int sentenceFrom;
        /** The previous token: whether it ends a sentence is known once the next one starts. */
        private int prevFrom;
        private int prevTo;
        private TokenKind prevKind;

        Builder(char[] chars, int length, Lexicon.Table lexicon, Singles singles) {
            this.chars = chars;
            this.length = length;
            this.lexicon = lexicon;
            // About one token per five characters in prose; grown to the density seen when a text is denser.
            int guess = Math.max(16, length / 5);
            this.tokens = new Token[guess];
            this.wordIds = new int[guess];
            this.shapes = new byte[guess];
            this.firstChars = new char[guess];
            this.singlesMode = singles;
            if (singles == Singles.LAZY) {
                makeSinglesLazily();
            }
            // An abstract's sentence is about 150 characters: sized so that most texts never grow the list.
            this.sentences = new ArrayList<>(Math.max(4, length / 100));
        }

        /** The {@link TokenList} shape bits of {@code chars[from, to)}, for tokens the tokenizer did not shape. */
        private int shapeOf(int from, int to) {
            int shape = TokenList.ASCII;
            for (int k = from; k < to; k++) {
                char c = chars[k];
                if (c >= 0x80) {
                    shape &= ~TokenList.ASCII;
                } else if (c >= 'A' && c <= 'Z') {
                    shape |= TokenList.UPPER;
                } else if (c >= '0' && c <= '9') {
                    shape |= TokenList.DIGIT;
                }
            }
            return shape;
        }

        @Override
        public void token(int from, int to, TokenKind kind, int lowerHash, int shape) {
            if (count == 0) {
                sentenceFrom = from;
            } else if (endsSentence(prevFrom, prevTo, prevKind, from)) {
                sentences.add(new Sentence(sentences.size(), sentenceFirst, count, origStart(sentenceFrom),
                        origEnd(prevTo - 1)));
                sentenceFirst = count;
                sentenceFrom = from;
            }
            if (count == tokens.length) {
                grow(to);
            }
            if (count == LAZY_SINGLES_AFTER && singlesMode == Singles.BY_DENSITY && count > from / 2) {
                makeSinglesLazily();
            }
            int id;
            boolean spaceBefore = (shape & Tokenizer.SPACE_BEFORE) != 0;
            if (to - from == 1) {
                char c = chars[from];
                String lower;
                if (c < 0x80) {
                    char lowerChar = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
                    lower = single(lowerChar);
                    id = lexicon.asciiCharId(lowerChar);
                } else {
                    lower = lowerSingle(c);
                    id = lexicon.id(lower);
                }
                if (singlePos == null) {
                    tokens[count] = new Token(kind, single(c), lower, origStart(from), origEnd(from), count,
                            sentences.size(), spaceBefore);
                } else {
                    // Made on first read: hostile text can be a token per character, and most extractors skip
                    // symbols by their shape without reading them, so a run of them then costs no objects.
                    singlePos[count] = from;
                    singleSentence[count] = sentences.size();
                }
            } else {
                String text;
                String lower;
                // ASCII tokens (most of prose) are looked up in the lexicon straight from the characters: a
                // vocabulary word shares the lexicon's string, and any other needs no second look-up.
                int found = (shape & Tokenizer.HASHED) == 0 ? vocabularySlot(lexicon, chars, from, to)
                        : (lexicon.slotOfAscii(chars, from, to, lowerHash) + 1) << 1
                                | ((shape & TokenList.UPPER) == 0 ? 1 : 0);
                if (found < 0) {
                    text = normalized.substring(from, to);
                    lower = lower(text);
                    id = lexicon.id(lower);
                } else {
                    int slot = (found >> 1) - 1;
                    boolean alreadyLower = (found & 1) != 0;
                    if (slot >= 0) {
                        lower = lexicon.wordAt(slot);
                        text = alreadyLower ? lower : normalized.substring(from, to);
                        id = lexicon.idAt(slot);
                    } else {
                        text = normalized.substring(from, to);
                        lower = alreadyLower ? text : text.toLowerCase(Locale.ROOT);
                        id = -1;
                    }
                }
                tokens[count] = new Token(kind, text, lower, origStart(from), origEnd(to - 1), count,
                        sentences.size(), spaceBefore);
            }
            wordIds[count] = id;
            firstChars[count] = chars[from];
            shapes[count] = TokenList.packShape((shape & Tokenizer.SHAPED) != 0 ? shape : shapeOf(from, to), kind,
                    spaceBefore);
            count++;
            prevFrom = from;
            prevTo = to;
            prevKind = kind;
        }

        /** Room for the rest of the text at the density seen so far (a run of symbols is a token a character). */
        private void grow(int scanned) {
            long projected = (long) count * length / Math.max(1, scanned);
            int size = (int) Math.min(length, Math.max(count + 16L, projected + projected / 4 + 16));
            tokens = java.util.Arrays.copyOf(tokens, size);
            wordIds = java.util.Arrays.copyOf(wordIds, size);
            shapes = java.util.Arrays.copyOf(shapes, size);
            firstChars = java.util.Arrays.copyOf(firstChars, size);
            if (singlePos != null) {
                singlePos = java.util.Arrays.copyOf(singlePos, size);
                singleSentence = java.util.Arrays.copyOf(singleSentence, size);
            }
        }

        /** From this token on, one-character tokens are recorded and made when first read. */
        private void makeSinglesLazily() {
            singlePos = new int[tokens.length];
            singleSentence = new int[tokens.length];
        }

        void finish() {
            if (sentenceFirst < count) {
                sentences.add(new Sentence(sentences.size(), sentenceFirst, count, origStart(sentenceFrom),
                        origEnd(prevTo - 1)));
            }
        }
    }

    /**
     * Looks up the ASCII token {@code chars[from, to)}, lower-cased, in the lexicon, hashing it as
     * {@link String#hashCode()} would in the same pass. Returns -1 when the token is not ASCII; else
     * {@code (slot + 1) << 1 | lower}, where slot is the lexicon slot or -1 when the word is not in the lexicon,
     * and lower is 1 when the token was all lower case already.
     */
    private static int vocabularySlot(Lexicon.Table lexicon, char[] chars, int from, int to) {
        int h = 0;
        boolean alreadyLower = true;
        for (int k = from; k < to; k++) {
            char c = chars[k];
            if (c >= 0x80) {
                return -1;
            }
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
                alreadyLower = false;
            }
            h = 31 * h + c;
        }
        int slot = lexicon.slotOfAscii(chars, from, to, h);
        return (slot + 1) << 1 | (alreadyLower ? 1 : 0);
    }

    /** Original start of the normalised character at {@code k}; the maps are null when nothing was normalised. */
    private int origStart(int k) {
        return normStarts == null ? k : normStarts[k];
    }

    /** Original end (exclusive) of the normalised character at {@code k}. */
    private int origEnd(int k) {
        return normEnds == null ? k + 1 : normEnds[k];
    }

    /**
     * The view of {@code text}.
     *
     * @throws IllegalArgumentException if {@code text} is null
     */
    public static TextView of(String text) {
        Validate.notNull(text, "text");
        return new TextView(text, Singles.BY_DENSITY);
    }

    /** The view of {@code text}, with one-character tokens made as {@code singles} says. */
    static TextView of(String text, Singles singles) {
        Validate.notNull(text, "text");
        return new TextView(text, singles);
    }

    /** The string the view was built from. */
    public String original() {
        return original;
    }

    /** The normalised reading; use {@link #toOriginalStart(int)} and {@link #toOriginalEnd(int)} for offsets. */
    public String normalized() {
        return normalized;
    }

    /** The original offset where the normalised character at {@code normIndex} starts. */
    public int toOriginalStart(int normIndex) {
        if (normIndex >= normalized.length()) {
            return original.length();
        }
        return origStart(normIndex);
    }

    /** The original offset just after the normalised character before {@code normEndExclusive}. */
    public int toOriginalEnd(int normEndExclusive) {
        if (normEndExclusive <= 0) {
            return 0;
        }
        return origEnd(normEndExclusive - 1);
    }

    /** All tokens, in order (an immutable list). */
    public TokenList tokens() {
        return tokens;
    }

    /** The number of tokens. */
    public int size() {
        return tokens.size();
    }

    /** The token at {@code index}, or {@code null} when {@code index} is outside the text. */
    public Token token(int index) {
        return index >= 0 && index < tokens.size() ? tokens.get(index) : null;
    }

    /** All sentences, in order. An empty or blank text has none. */
    public List<Sentence> sentences() {
        return sentences;
    }

    /** The sentence that holds {@code token}. */
    public Sentence sentenceOf(Token token) {
        return sentences.get(token.sentence());
    }

    /** The original text from the start of token {@code first} to the end of token {@code last}, inclusive. */
    public String text(int first, int last) {
        return original.substring(tokens.get(first).start(), tokens.get(last).end());
    }

    /** Whether token {@code b} follows token {@code a} with no white space between them. */
    public boolean joined(Token a, Token b) {
        return b.index() == a.index() + 1 && !b.spaceBefore();
    }

    /**
     * The value of a number as written: {@code 1,000} is 1000, {@code 3.2} is 3.2; NaN for anything else.
     */
    public static double parseNumber(String text) {
        int n = text.length();
        if (n == 0 || n > 40) {
            return Double.NaN;
        }
        double fast = parseSimple(text);
        if (!Double.isNaN(fast)) {
            return fast;
        }
        StringBuilder sb = null;
        for (int i = 0; i < n; i++) {
            if (text.charAt(i) == ',') {
                if (sb == null) {
                    sb = new StringBuilder(text.substring(0, i));
                }
            } else if (sb != null) {
                sb.append(text.charAt(i));
            }
        }
        try {
            return Double.parseDouble(sb == null ? text : sb.toString());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static final double[] POWERS_OF_TEN = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
        1e13, 1e14, 1e15};

    /**
     * Digits with at most one '.' and thousands commas, at most 15 significant digits: the mantissa and the
     * power of ten are exact doubles, so one division is correctly rounded, the same value parseDouble gives.
     * NaN for anything else.
     */
    private static double parseSimple(String text) {
        long mantissa = 0;
        int digits = 0;
        int decimals = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits > 15) {
                    return Double.NaN;
                }
                mantissa = mantissa * 10 + (c - '0');
                if (decimals >= 0) {
                    decimals++;
                }
            } else if (c == '.' && decimals < 0) {
                decimals = 0;
            } else if (c != ',' || decimals >= 0) {
                return Double.NaN;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        return decimals <= 0 ? mantissa : mantissa / POWERS_OF_TEN[decimals];
    }

    /**
     * Whether the token {@code normalized[from, to)} of {@code kind} ends a sentence, the next token starting at
     * {@code next}: a full stop, '!' or '?' followed by white space and a capital, digit or opening mark, and not
     * the dot of an abbreviation.
     */
    private boolean endsSentence(int from, int to, TokenKind kind, int next) {
        if (kind != TokenKind.SYMBOL || to - from != 1) {
            return false;
        }
        char c = normalized.charAt(from);
        if (c != '.' && c != '!' && c != '?') {
            return false;
        }
        if (next == to || !Character.isWhitespace(normalized.charAt(next - 1))) {
            return false;
        }
        char nc = normalized.charAt(next);
        if (!(Character.isUpperCase(nc) || Character.isDigit(nc) || nc == '(' || nc == '"' || nc == '\u201c'
                || nc == '[' || nc == '\\')) {
            return false;
        }
        return c != '.' || !abbreviationBefore(from);
    }

    private boolean abbreviationBefore(int dot) {
        int j = dot;
        while (j > 0 && dot - j < 8 && (Character.isLetter(normalized.charAt(j - 1)) || normalized.charAt(j - 1) == '.')) {
            j--;
        }
        if (j > 0 && !Character.isWhitespace(normalized.charAt(j - 1)) && normalized.charAt(j - 1) != '(') {
            return false;
        }
        if (dot - j > LONGEST_ABBREVIATION) {
            return false; // most words before a full stop: no string is built for them
        }
        String word = normalized.substring(j, dot).toLowerCase(Locale.ROOT);
        for (String a : ABBREVIATIONS) {
            if (a.equals(word)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "TextView[" + tokens.size() + " tokens, " + sentences.size() + " sentences]";
    }
}

package org.paperclaims.text;

import java.util.AbstractList;
import java.util.RandomAccess;
import org.paperclaims.internal.Lexicon;

/**
 * The tokens of a {@link TextView}: an immutable list. It also gives each token's id in the library's
 * internal word registry, computed once and shared by every extractor that matches word lists against the
 * text, and each token's shape ({@link #wordId(int)}, {@link #idsCover(int)}, {@link #readById} and
 * {@link #shape(int)} serve the built-in extractors and may change between versions).
 */
public final class TokenList extends AbstractList<Token> implements RandomAccess {
    /** Shape bit: every character of the token's text is ASCII. */
    public static final int ASCII = 0x1;
    /** Shape bit: the token's text holds an ASCII digit, '0' to '9'. */
    public static final int DIGIT = 0x2;
    /** Shape bit: the token's text holds an ASCII capital, 'A' to 'Z'. */
    public static final int UPPER = 0x4;

    private static final int SHAPE_BITS = ASCII | DIGIT | UPPER;
    /** In a packed shape byte: the space flag, and the kind's ordinal above it. */
    private static final int SPACE_BEFORE = 0x8;
    private static final int KIND_SHIFT = 4;
    private static final TokenKind[] KINDS = TokenKind.values();

    static {
        if (KINDS.length > 4) {
            throw new AssertionError("a packed shape byte holds 4 token kinds, not " + KINDS.length);
        }
    }

    private final Token[] tokens;
    private final int size;
    private final byte[] shapes;
    private final char[] firstChars;
    private final Singles singles;
    private Ids ids;
    /**
     * {@code ids.byToken}, read by {@link #wordId(int)} without going through {@link #ids}: the extractors call
     * it at nearly every token. Replaced together with {@link #ids}; {@link #idsCover(int)}, which callers ask
     * before comparing ids, makes it the array of the ids it answered for.
     */
    private int[] idsByToken;

    /**
     * What makes the {@link Token} of a one-character token on first read, in a dense text whose view leaves
     * those null (see {@code TextView.LAZY_SINGLES_AFTER}). A hostile text can be a token per character (ten
     * million {@code %} signs), and the extractors skip such tokens by shape and word id without reading them,
     * so the run then costs a few bytes per token in arrays instead of a 40-byte object each that the collector
     * must trace.
     *
     * @param chars the normalised reading's characters
     * @param pos for token {@code i} made lazily, its position in {@code chars}
     * @param sentence for token {@code i} made lazily, the index of its sentence
     * @param normStarts original start of each normalised character, or null when they are the same
     * @param normEnds original end of each normalised character, or null
     */
    record Singles(char[] chars, int[] pos, int[] sentence, int[] normStarts, int[] normEnds) {
        Token make(int i, int packed) {
            int p = pos[i];
            char c = chars[p];
            return new Token(KINDS[packed >>> KIND_SHIFT & 0x3], TextView.single(c), TextView.lowerSingle(c),
                    normStarts == null ? p : normStarts[p], normEnds == null ? p + 1 : normEnds[p], i, sentence[i],
                    (packed & SPACE_BEFORE) != 0);
        }
    }

    /** The ids and the lexicon size they were computed against. */
    private record Ids(int[] byToken, int lexiconSize) {
    }

    /**
     * Takes ownership of {@code tokens}, which no one else may change, of which the first {@code size} are the
     * list, and of {@code wordIds}, their ids in {@code lexicon} (the view computes them while the tokens are
     * still in cache).
     */
    TokenList(Token[] tokens, int size, int[] wordIds, byte[] shapes, char[] firstChars, Lexicon.Table lexicon,
            Singles singles) {
        this.tokens = tokens;
        this.size = size;
        this.shapes = shapes;
        this.firstChars = firstChars;
        this.singles = singles;
        this.idsByToken = wordIds;
        this.ids = new Ids(wordIds, lexicon.size());
    }

    @Override
    public Token get(int index) {
        // The array may be longer than the list (it was sized before the text was read).
        Token t = tokens[java.util.Objects.checkIndex(index, size)];
        return t != null ? t : single(index);
    }

    /** Whether token {@code i}'s object exists yet (a one-character token of a dense text is made when read). */
    boolean made(int i) {
        return tokens[java.util.Objects.checkIndex(i, size)] != null;
    }

    private Token single(int index) {
        // Racy on purpose: a Token's fields are final, so a thread sees null (and makes an equal token) or a
        // complete one.
        Token t = singles.make(index, shapes[index]);
        tokens[index] = t;
        return t;
    }

    @Override
    public int size() {
        return size;
    }

    /**
     * The shape of token {@code i}'s text: {@link #ASCII}, {@link #DIGIT} and {@link #UPPER} bits, recorded
     * while the text was scanned, so that a test such as "plain ASCII letters, no digit" reads one byte
     * instead of the token's characters.
     */
    public int shape(int i) {
        return shapes[java.util.Objects.checkIndex(i, size)] & SHAPE_BITS;
    }

    /** Token {@code i}'s kind, read without the token: scans for URLs or numbers need not touch every token. */
    public TokenKind kind(int i) {
        return KINDS[shapes[java.util.Objects.checkIndex(i, size)] >>> KIND_SHIFT & 0x3];
    }

    /**
     * The first character of token {@code i}'s text ({@code get(i).text().charAt(0)}), read without the token:
     * a trie or a case test that decides on the first character mostly turns a token away there.
     */
    public char firstChar(int i) {
        return firstChars[java.util.Objects.checkIndex(i, size)];
    }

    /** One byte per token: its shape bits, its space flag and its kind (the view writes them as it scans). */
    static byte packShape(int shape, TokenKind kind, boolean spaceBefore) {
        return (byte) (shape & SHAPE_BITS | (spaceBefore ? SPACE_BEFORE : 0) | kind.ordinal() << KIND_SHIFT);
    }

    /**
     * The lexicon id of token {@code i}'s lower-case text, or -1 when the word is not registered. The ids know
     * the words registered when they were computed: call {@link #idsCover(int)} with one above the largest id
     * you compare against first (the built-in word lists do).
     */
    public int wordId(int i) {
        return idsByToken[java.util.Objects.checkIndex(i, size)];
    }

    /**
     * Reads a table indexed by word id for every token: {@code out[i]} becomes {@code byId[wordId(i)]}, or 0
     * when the token has no id or its id is past the table. One pass over the ids, for extractors that give
     * every token a value by its word (cue flags) and would otherwise call {@link #wordId(int)} per token. As
     * for {@link #wordId(int)}, call {@link #idsCover(int)} first with one above the table's largest id in use.
     *
     * @throws IndexOutOfBoundsException if {@code out} is shorter than the list
     */
    public void readById(int[] byId, int[] out) {
        java.util.Objects.checkFromIndexSize(0, size, out.length);
        int[] ids = ids().byToken;
        int n = byId.length;
        if (n == 0) {
            java.util.Arrays.fill(out, 0, size, 0);
            return;
        }
        for (int i = 0; i < size; i++) {
            int id = ids[i];
            // Branch-free: about half the tokens have no id or one past the table, in no predictable order, and
            // a mispredicted test per token cost more than the read. inTable is -1 when 0 <= id < n, else 0.
            int inTable = ((id - n) & ~id) >> 31;
            out[i] = byId[id & inTable] & inTable;
        }
    }

    /**
     * Whether {@link #wordId(int)} gives the right id for every word whose id is below {@code idLimit}: true
     * unless the lexicon holds fewer words. When words were registered after this list's ids were computed
     * (extractor classes still initialising during the first texts), the ids are computed again, once.
     */
    public boolean idsCover(int idLimit) {
        Ids current = ids();
        if (current.lexiconSize < idLimit) {
            current = compute();
        }
        if (idsByToken != current.byToken) {
            // Another thread recomputed the ids: this thread reads them from here on, whatever order it saw
            // the two fields written in.
            idsByToken = current.byToken;
        }
        return current.lexiconSize >= idLimit;
    }

    private Ids ids() {
        // Racy single check: Ids is immutable (final fields), so a thread sees either null or a complete value,
        // and threads racing here compute the same ids.
        Ids current = ids;
        return current != null ? current : compute();
    }

    private Ids compute() {
        Lexicon.Table lexicon = Lexicon.snapshot();
        int[] byToken = new int[size];
        for (int i = 0; i < size; i++) {
            byToken[i] = lexicon.id(get(i).lower());
        }
        Ids current = new Ids(byToken, lexicon.size());
        idsByToken = byToken;
        ids = current;
        return current;
    }
}

package org.paperclaims.extractors.dataset;

import java.util.List;
import org.paperclaims.internal.Lexicon;
import org.paperclaims.text.TextView;
import org.paperclaims.text.Token;
import org.paperclaims.text.TokenList;

/**
 * A small set of words as one bit per {@link Lexicon} id, for a test at every token that a few words pass: a
 * kilobyte-sized bit set stays in cache between texts, where a table of an int per id would be read at random
 * over tens of kilobytes. Built once into a static field, then only read.
 */
final class WordBits {
    private final long[] bits;
    /** One above the largest id set: a view's ids must cover it (see {@link TokenList#idsCover}). */
    private final int idLimit;
    /** False when a word could not be registered (the lexicon is full): ids then cannot answer. */
    private final boolean exact;

    private WordBits(long[] bits, int idLimit, boolean exact) {
        this.bits = bits;
        this.idLimit = idLimit;
        this.exact = exact;
    }

    /** The first words of the phrases of each list, tokenised and lower-cased as {@code PhraseSet} does. */
    @SafeVarargs
    static WordBits ofFirstWords(List<String>... phraseLists) {
        int[] ids = new int[0];
        boolean exact = true;
        int max = -1;
        for (List<String> phrases : phraseLists) {
            for (String p : phrases) {
                List<Token> toks = TextView.of(p).tokens();
                if (toks.isEmpty()) {
                    continue;
                }
                int id = Lexicon.register(toks.get(0).lower());
                if (id < 0) {
                    exact = false;
                    continue;
                }
                ids = java.util.Arrays.copyOf(ids, ids.length + 1);
                ids[ids.length - 1] = id;
                max = Math.max(max, id);
            }
        }
        long[] bits = new long[(max + 64) >>> 6];
        for (int id : ids) {
            bits[id >>> 6] |= 1L << id;
        }
        return new WordBits(bits, max + 1, exact);
    }

    /** {@code tokens} when its word ids can answer {@link #contains}, else null (test the words another way). */
    TokenList usable(List<Token> tokens) {
        return exact && tokens instanceof TokenList list && list.idsCover(idLimit) ? list : null;
    }

    /** Whether the word with this id (or -1) is in the set. */
    boolean contains(int id) {
        return id >= 0 && id < idLimit && (bits[id >>> 6] & (1L << id)) != 0;
    }
}

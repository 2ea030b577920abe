package org.paperclaims.extractors.timing;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.paperclaims.internal.Lexicon;
import org.paperclaims.text.TextView;
import org.paperclaims.text.Token;
import org.paperclaims.text.TokenList;

/**
 * Bit flags by word id: for each token, which cue lists could start at it (the first word of a phrase of
 * the list, or a word of a word list). The timing extractor asks at every token whether a figure and a
 * unit start there; with the flags computed once per text, a token that can start no timing costs a few
 * array reads instead of map look-ups. A flag is only a filter: the full match is still made where it is
 * set. (The method and hardware extractors hold the same helper; one shared copy would belong in the
 * internal package.) Not API.
 */
final class CueFlags {
    private int[] byId = new int[0];
    /** One above the largest id marked: a view's ids must cover it to be compared (see TokenList#idsCover). */
    private int idLimit;
    /**
     * False when a word could not be registered (the lexicon is full): every token then carries every flag, as
     * it does on a view whose ids do not cover this table's words.
     */
    private boolean exact = true;

    /** Sets {@code flag} on the first word of each phrase, tokenised as {@code PhraseSet} does. */
    CueFlags phrases(int flag, Collection<String> phrases) {
        for (String p : phrases) {
            List<Token> toks = TextView.of(p).tokens();
            if (!toks.isEmpty()) {
                mark(flag, toks.get(0).lower());
            }
        }
        return this;
    }

    /** Sets {@code flag} on each word, lower-cased as {@code Vocabulary.words} does. */
    CueFlags words(int flag, Collection<String> words) {
        for (String w : words) {
            mark(flag, w.toLowerCase(Locale.ROOT));
        }
        return this;
    }

    private void mark(int flag, String lower) {
        int id = Lexicon.register(lower);
        if (id < 0) {
            exact = false;
            return;
        }
        if (id >= byId.length) {
            byId = Arrays.copyOf(byId, Math.max(id + 1, byId.length * 2));
        }
        byId[id] |= flag;
        idLimit = Math.max(idLimit, id + 1);
    }

    /** The flags of every token of {@code tokens}. */
    int[] of(List<Token> tokens) {
        int[] out = new int[tokens.size()];
        if (!exact || !(tokens instanceof TokenList list) || !list.idsCover(idLimit)) {
            Arrays.fill(out, -1);
            return out;
        }
        int[] table = byId; // read once for the loop
        for (int i = 0; i < out.length; i++) {
            int id = list.wordId(i);
            if (id >= 0 && id < table.length) {
                out[i] = table[id];
            }
        }
        return out;
    }
}

package org.paperclaims.extractors.internal;

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
 * the list, or a word of a word list). Extractors that ask at every token whether one of many cues starts
 * there (method, hardware, timing) compute the flags once per text, so a token that starts no cue costs one
 * array read instead of a phrase or set look-up per list. A flag is only a filter: the full match is still
 * made where it is set. Built once into a static field, then only read. Not API.
 */
public final class CueFlags {
    private int[] byId = new int[0];
    /** One above the largest id marked: a view's ids must cover it to be compared (see TokenList#idsCover). */
    private int idLimit;
    /**
     * False when a word could not be registered (the lexicon is full): every token then carries every flag, as
     * it does on a view whose ids do not cover this table's words.
     */
    private boolean exact = true;

    /** Sets {@code flag} on the first word of each phrase, tokenised as {@code PhraseSet} does. */
    public CueFlags phrases(int flag, Collection<String> phrases) {
        for (String p : phrases) {
            List<Token> toks = TextView.of(p).tokens();
            if (!toks.isEmpty()) {
                mark(flag, toks.get(0).lower());
            }
        }
        return this;
    }

    /**
     * Sets {@code alone} on the words that are a whole phrase by themselves and {@code second} on the second
     * word of each longer phrase: a phrase can start at a token only if the token has {@code alone} or the
     * next token has {@code second}, which spares the look-up at frequent first words ("the" of "the paper").
     */
    public CueFlags phraseShapes(int alone, int second, Collection<String> phrases) {
        for (String p : phrases) {
            List<Token> toks = TextView.of(p).tokens();
            if (toks.size() == 1) {
                mark(alone, toks.get(0).lower());
            } else if (toks.size() > 1) {
                mark(second, toks.get(1).lower());
            }
        }
        return this;
    }

    /** Sets {@code flag} on each word, lower-cased as {@code Vocabulary.words} does. */
    public CueFlags words(int flag, Collection<String> words) {
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

    /** The flags of token {@code i} alone: for windows of a few tokens, where flagging the whole text would cost more. */
    public int at(List<Token> tokens, int i) {
        if (!exact || !(tokens instanceof TokenList list) || !list.idsCover(idLimit)) {
            return -1;
        }
        int id = list.wordId(i);
        return id >= 0 && id < byId.length ? byId[id] : 0;
    }

    /** The flags of every token of {@code tokens}. */
    public int[] of(List<Token> tokens) {
        int[] out = new int[tokens.size()];
        if (!exact || !(tokens instanceof TokenList list) || !list.idsCover(idLimit)) {
            Arrays.fill(out, -1);
            return out;
        }
        list.readById(byId, out);
        return out;
    }
}

package org.paperclaims.extractors.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.paperclaims.internal.Lexicon;
import org.paperclaims.text.TextView;
import org.paperclaims.text.Token;
import org.paperclaims.text.TokenList;

/**
 * A set of phrases matched against the tokens of a {@link TextView}, ignoring case. Phrases are tokenised
 * by the same tokenizer as the text, so {@code speed-up} matches {@code speed - up} tokens exactly as
 * written. Lookup is by the first token, so matching at one position costs only the phrases that start
 * with that word.
 *
 * <p>A set made with {@link #of} registers its words in the {@link Lexicon} and, on a view's
 * {@link TokenList}, compares word ids (array reads) rather than strings; {@link #transientOf} makes a
 * set for words taken from the text itself (claim names), which must not grow the lexicon. Not API.
 */
public final class PhraseSet {
    private final Map<String, List<String[]>> byFirst;
    private final int maxLength;
    /** Phrases as word ids, indexed by the first word's id; null for a transient set. */
    private final int[][][] byFirstId;
    /** One above the largest id in this set: views whose ids predate it must compare strings. */
    private final int idLimit;
    /** The last word of every phrase: a token that is none of them ends no phrase; null for a transient set. */
    private final WordSet lastWords;

    private PhraseSet(Map<String, List<String[]>> byFirst, int maxLength, int[][][] byFirstId, int idLimit,
            WordSet lastWords) {
        this.lastWords = lastWords;
        this.byFirst = byFirst;
        this.maxLength = maxLength;
        this.byFirstId = byFirstId;
        this.idLimit = idLimit;
    }

    /** A phrase set of a static vocabulary; its words are registered in the {@link Lexicon}. */
    public static PhraseSet of(Collection<String> phrases) {
        return build(phrases, true);
    }

    /** A phrase set of words from a text (claim names): matched by string, the lexicon left alone. */
    public static PhraseSet transientOf(Collection<String> phrases) {
        return build(phrases, false);
    }

    private static PhraseSet build(Collection<String> phrases, boolean register) {
        Map<String, List<String[]>> byFirst = new HashMap<>();
        int max = 0;
        for (String p : phrases) {
            String[] words = TokenText.lowerWords(p);
            if (words.length == 0) {
                continue;
            }
            byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
            max = Math.max(max, words.length);
        }
        // Longest first, so that matchAt returns the longest phrase.
        byFirst.values().forEach(l -> l.sort((a, b) -> b.length - a.length));
        int[][][] byId = null;
        int limit = 0;
        if (register) {
            byId = idTable(byFirst);
            limit = byId == null ? 0 : byId.length;
        }
        // A transient set (built per text) goes without the last-word filter: building it would cost more than
        // it saves on the few look-ups such a set serves.
        WordSet lastWords = null;
        if (register) {
            Set<String> last = new java.util.HashSet<>();
            byFirst.values().forEach(l -> l.forEach(words -> last.add(words[words.length - 1])));
            lastWords = WordSet.of(last);
        }
        return new PhraseSet(byFirst, max, byId, limit, lastWords);
    }

    /** The phrases as id arrays indexed by first id; null when the lexicon is full. */
    private static int[][][] idTable(Map<String, List<String[]>> byFirst) {
        Map<Integer, List<int[]>> tmp = new HashMap<>();
        int maxId = -1;
        for (List<String[]> list : byFirst.values()) {
            for (String[] words : list) {
                int[] ids = new int[words.length];
                for (int k = 0; k < words.length; k++) {
                    ids[k] = Lexicon.register(words[k]);
                    if (ids[k] < 0) {
                        return null;
                    }
                    maxId = Math.max(maxId, ids[k]);
                }
                tmp.computeIfAbsent(ids[0], k -> new ArrayList<>()).add(ids);
            }
        }
        int[][][] table = new int[maxId + 1][][];
        tmp.forEach((first, l) -> {
            l.sort((a, b) -> b.length - a.length);
            table[first] = l.toArray(new int[0][]);
        });
        return table;
    }

    /** The number of tokens of the longest phrase that starts at token {@code i}, or 0. */
    public int matchAt(List<Token> tokens, int i) {
        if (i < 0 || i >= tokens.size()) {
            return 0;
        }
        if (byFirstId != null && tokens instanceof TokenList list && list.idsCover(idLimit)) {
            return matchIds(list, i);
        }
        List<String[]> candidates = byFirst.get(tokens.get(i).lower());
        if (candidates == null) {
            return 0;
        }
        for (String[] words : candidates) {
            if (i + words.length <= tokens.size()) {
                boolean ok = true;
                for (int k = 1; k < words.length && ok; k++) {
                    ok = tokens.get(i + k).lower().equals(words[k]);
                }
                if (ok) {
                    return words.length;
                }
            }
        }
        return 0;
    }

    private int matchIds(TokenList list, int i) {
        int first = list.wordId(i);
        if (first < 0 || first >= byFirstId.length) {
            return 0;
        }
        int[][] candidates = byFirstId[first];
        if (candidates == null) {
            return 0;
        }
        for (int[] ids : candidates) {
            if (i + ids.length <= list.size()) {
                boolean ok = true;
                for (int k = 1; k < ids.length && ok; k++) {
                    ok = list.wordId(i + k) == ids[k];
                }
                if (ok) {
                    return ids.length;
                }
            }
        }
        return 0;
    }

    /** The number of tokens of the longest phrase that ends at token {@code last} (inclusive), or 0. */
    public int matchEndingAt(List<Token> tokens, int last) {
        if (last < 0 || last >= tokens.size() || lastWords != null && !lastWords.contains(tokens, last)) {
            return 0;
        }
        int best = 0;
        for (int len = 1; len <= maxLength && last - len + 1 >= 0; len++) {
            if (matchAt(tokens, last - len + 1) == len) {
                best = len;
            }
        }
        return best;
    }

    /** The lower-case first word of every phrase: a token that is none of them starts no phrase. */
    public Set<String> firstWords() {
        return Collections.unmodifiableSet(byFirst.keySet());
    }

    /** Whether the single token {@code t} is a one-word phrase of this set. */
    public boolean contains(Token t) {
        List<String[]> candidates = byFirst.get(t.lower());
        if (candidates == null) {
            return false;
        }
        for (String[] w : candidates) {
            if (w.length == 1) {
                return true;
            }
        }
        return false;
    }

    /** The index of the first token in {@code [from, to)} where a phrase starts, or -1. */
    public int find(List<Token> tokens, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, tokens.size()); i++) {
            if (matchAt(tokens, i) > 0) {
                return i;
            }
        }
        return -1;
    }
}

package org.paperclaims.extractors.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.paperclaims.text.TextView;
import org.paperclaims.text.Token;

/**
 * A set of phrases matched against the tokens of a {@link TextView}, ignoring case. Phrases are tokenised
 * by the same tokenizer as the text, so {@code speed-up} matches {@code speed - up} tokens exactly as
 * written. Lookup is by the first token, so matching at one position costs only the phrases that start
 * with that word. Not API.
 */
public final class PhraseSet {
    private final Map<String, List<String[]>> byFirst;
    private final int maxLength;

    private PhraseSet(Map<String, List<String[]>> byFirst, int maxLength) {
        this.byFirst = byFirst;
        this.maxLength = maxLength;
    }

    /** A phrase set of {@code phrases}. */
    public static PhraseSet of(Collection<String> phrases) {
        Map<String, List<String[]>> byFirst = new HashMap<>();
        int max = 0;
        for (String p : phrases) {
            List<Token> toks = TextView.of(p).tokens();
            if (toks.isEmpty()) {
                continue;
            }
            String[] words = new String[toks.size()];
            for (int i = 0; i < words.length; i++) {
                words[i] = toks.get(i).lower();
            }
            byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
            max = Math.max(max, words.length);
        }
        // Longest first, so that matchAt returns the longest phrase.
        byFirst.values().forEach(l -> l.sort((a, b) -> b.length - a.length));
        return new PhraseSet(byFirst, max);
    }

    /** The number of tokens of the longest phrase that starts at token {@code i}, or 0. */
    public int matchAt(List<Token> tokens, int i) {
        if (i < 0 || i >= tokens.size()) {
            return 0;
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

    /** The number of tokens of the longest phrase that ends at token {@code last} (inclusive), or 0. */
    public int matchEndingAt(List<Token> tokens, int last) {
        int best = 0;
        for (int len = 1; len <= maxLength && last - len + 1 >= 0; len++) {
            if (matchAt(tokens, last - len + 1) == len) {
                best = len;
            }
        }
        return best;
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

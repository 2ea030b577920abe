package org.paperclaims.extractors.internal;

import java.util.List;
import org.paperclaims.text.TextView;
import org.paperclaims.text.Token;
import org.paperclaims.text.TokenList;

/**
 * The normalised reading of a run of tokens, one space wherever the text has white space: how names,
 * baselines and vocabulary phrases are compared. Not API.
 */
public final class TokenText {
    private TokenText() {
    }

    /**
     * The lower-case words of {@code phrase} as the shared view tokenises it, so that a vocabulary phrase is
     * compared token by token with a text; empty when the phrase has no token.
     */
    public static String[] lowerWords(String phrase) {
        List<Token> toks = TextView.of(phrase).tokens();
        String[] words = new String[toks.size()];
        for (int k = 0; k < words.length; k++) {
            words[k] = toks.get(k).lower();
        }
        return words;
    }

    /** Tokens {@code first..last} (inclusive) as written in the normalised reading; "" when first > last. */
    public static String of(List<Token> tokens, int first, int last) {
        return join(tokens, first, last, false);
    }

    /** The same in lower case. */
    public static String lowerOf(List<Token> tokens, int first, int last) {
        return join(tokens, first, last, true);
    }

    private static String join(List<Token> tokens, int first, int last, boolean lower) {
        StringBuilder sb = new StringBuilder();
        for (int k = first; k <= last; k++) {
            Token t = tokens.get(k);
            if (k > first && t.spaceBefore()) {
                sb.append(' ');
            }
            sb.append(lower ? t.lower() : t.text());
        }
        return sb.toString();
    }

    /**
     * The index of the first token from {@code from} on that starts at or after offset {@code p}, or the size.
     * Callers look for places in increasing order, each close to the last, so the range is first narrowed by
     * doubling steps from {@code from} (a few token reads), then halved.
     */
    public static int firstStartingAtOrAfter(TokenList tokens, int from, int p) {
        int n = tokens.size();
        int lo = from;
        int step = 1;
        while (lo + step < n && tokens.get(lo + step).start() < p) {
            lo += step;
            step <<= 1;
        }
        int hi = Math.min(n, lo + step);
        if (lo < hi && tokens.get(lo).start() < p) {
            lo++;
        }
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < p) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}

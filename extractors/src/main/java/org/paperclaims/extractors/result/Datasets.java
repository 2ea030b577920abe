package org.paperclaims.extractors.result;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.paperclaims.extractors.internal.TokenText;
import org.paperclaims.model.DatasetClaim;
import org.paperclaims.text.Sentence;
import org.paperclaims.text.TextView;
import org.paperclaims.text.Token;

/**
 * Where the data sets of the dataset claims are mentioned: at each claim's own span (its first mention)
 * and wherever its name or text is written again ("ImageNet" after "ImageNet 256x256"), so that a figure
 * can take the data set named near it.
 */
final class Datasets {
    /** How far after a figure a data set may follow ("0.77 FAD on AudioCaps"). */
    private static final int AFTER_WINDOW = 10;
    /** How far before a figure, in tokens, the data set it is on is looked for within its sentence. */
    private static final int RADIUS = 60;
    /** How far before an opening parenthesis a data set may name the figure inside it ("AFHQv2 64x64 (FID"). */
    private static final int PAREN_WINDOW = 4;

    private record Mention(int first, String name) {
    }

    private final TextView view;
    private final List<DatasetClaim> claims;
    /**
     * The mentions of each sentence, found on first use: every question is about the sentence of a figure or
     * the one before it, so sentences without figures are never read, nor is any when there is no figure.
     */
    private List<Mention>[] bySentence;
    /** The claims' spellings by first word, their filter and their offsets; made with {@link #bySentence}. */
    private Map<String, List<Spelling>> byFirst;
    private FirstWordFilter filter;
    private int[] starts;

    Datasets(TextView view, List<DatasetClaim> claims) {
        this.view = view;
        this.claims = claims;
    }

    /** The mentions of sentence {@code s}, in text order. */
    @SuppressWarnings("unchecked")
    private List<Mention> mentions(Sentence s) {
        if (claims.isEmpty()) {
            return List.of();
        }
        if (bySentence == null) {
            bySentence = new List[view.sentences().size()];
            byFirst = spellings(claims);
            filter = new FirstWordFilter(byFirst.keySet());
            starts = new int[claims.size()];
            for (int c = 0; c < starts.length; c++) {
                starts[c] = claims.get(c).start();
            }
        }
        List<Mention> m = bySentence[s.index()];
        if (m == null) {
            m = find(s.firstToken(), s.endToken());
            bySentence[s.index()] = m;
        }
        return m;
    }

    /** The mentions starting in tokens {@code [from, to)}: what one pass over the whole text finds there. */
    private List<Mention> find(int from, int to) {
        List<Mention> mentions = new ArrayList<>();
        List<Token> tokens = view.tokens();
        // One pass over the tokens, one look-up of each token's first word: a token takes the earliest claim
        // that starts at it or whose name or text is spelled from it.
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            int claim = -1;
            for (int c = 0; c < starts.length && claim < 0; c++) {
                if (t.start() == starts[c]) {
                    claim = c;
                }
            }
            List<Spelling> candidates = filter.mayBe(t.lower()) ? byFirst.get(t.lower()) : null;
            if (candidates != null) {
                for (Spelling sp : candidates) {
                    if ((claim < 0 || sp.claim < claim) && sp.matchesAt(tokens, i)) {
                        claim = sp.claim;
                    }
                }
            }
            if (claim >= 0) {
                mentions.add(new Mention(i, claims.get(claim).name()));
            }
        }
        return mentions;
    }

    /**
     * The lengths and first chars of the spellings' first words: a word with another length or first char
     * starts no spelling, which spares hashing nearly every word of the text for the map look-up.
     */
    static final class FirstWordFilter {
        private long lengths;
        private final long[] firstChars = new long[2];
        private boolean beyondAscii;

        FirstWordFilter(Set<String> words) {
            for (String w : words) {
                lengths |= lengthBit(w.length());
                if (!w.isEmpty()) {
                    char c = w.charAt(0);
                    if (c < 128) {
                        firstChars[c >>> 6] |= 1L << c;
                    } else {
                        beyondAscii = true;
                    }
                }
            }
        }

        private static long lengthBit(int length) {
            return 1L << Math.min(length, 63);
        }

        /** False when {@code lower} is surely none of the words. */
        boolean mayBe(String lower) {
            if ((lengths & lengthBit(lower.length())) == 0) {
                return false;
            }
            if (lower.isEmpty()) {
                return true;
            }
            char c = lower.charAt(0);
            return c < 128 ? (firstChars[c >>> 6] & (1L << c)) != 0 : beyondAscii;
        }
    }

    /** A claim's name or text as lower-case words, tokenised as the view is. */
    private record Spelling(int claim, String[] words) {
        boolean matchesAt(List<Token> tokens, int i) {
            if (i + words.length > tokens.size()) {
                return false;
            }
            for (int k = 1; k < words.length; k++) {
                if (!tokens.get(i + k).lower().equals(words[k])) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The spellings of the claims' names and texts, by their first word. */
    private static Map<String, List<Spelling>> spellings(List<DatasetClaim> claims) {
        Map<String, List<Spelling>> byFirst = new HashMap<>();
        for (int c = 0; c < claims.size(); c++) {
            DatasetClaim claim = claims.get(c);
            // Most claims are written as named: one spelling, tokenised once.
            List<String> phrases = claim.text().equals(claim.name()) ? List.of(claim.name())
                    : List.of(claim.name(), claim.text());
            for (String phrase : phrases) {
                String[] words = TokenText.lowerWords(phrase);
                if (words.length == 0) {
                    continue;
                }
                byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Spelling(c, words));
            }
        }
        return byFirst;
    }

    /**
     * The data set of a figure at {@code figure} whose result ends at {@code last}, or {@code null}. Only a
     * figure of a named metric takes the data set of the previous sentence: a bare change ("reduces the gap
     * by 67%") is not tied to the setting described before it.
     */
    String forFigure(Sentence s, int first, int figure, int last, boolean namedMetric) {
        List<Mention> mentions = mentions(s);
        // "CIFAR-10 (FID 1.54), FFHQ (FID 0.85)": a figure in parentheses belongs to the name just before them.
        Token open = view.token(first - 1);
        if (open != null && open.isSymbol('(') && first - 1 > s.firstToken()) {
            String named = null;
            int from = Math.max(s.firstToken(), first - 1 - PAREN_WINDOW);
            for (int i = firstAtOrAfter(mentions, from); i < mentions.size() && mentions.get(i).first < first - 1;
                    i++) {
                named = mentions.get(i).name;
            }
            if (named != null) {
                return named;
            }
        }
        String after = null;
        String before = null;
        int lo = Math.max(s.firstToken(), figure - RADIUS);
        int hi = Math.min(s.endToken(), last + AFTER_WINDOW + 1);
        for (int i = firstAtOrAfter(mentions, lo); i < mentions.size() && mentions.get(i).first < hi; i++) {
            Mention m = mentions.get(i);
            // "a loss of 2.84 WikiText2 PPL": the data set named inside the result's own text.
            if (m.first > figure && m.first <= last) {
                return m.name;
            }
            if (m.first > last && m.first < s.endToken() && m.first - last <= AFTER_WINDOW && after == null
                    && !figureBetween(last, m.first)) {
                after = m.name;
            }
            if (m.first >= s.firstToken() && m.first < figure) {
                before = m.name;
            }
        }
        if (after != null) {
            return after;
        }
        if (before != null) {
            return before;
        }
        if (s.index() == 0 || !namedMetric) {
            return null;
        }
        Sentence prev = view.sentences().get(s.index() - 1);
        List<Mention> inPrev = mentions(prev);
        Set<String> names = new LinkedHashSet<>();
        int from = Math.max(prev.firstToken(), prev.endToken() - 2 * RADIUS);
        for (int i = firstAtOrAfter(inPrev, from); i < inPrev.size() && inPrev.get(i).first < prev.endToken(); i++) {
            names.add(inPrev.get(i).name);
        }
        return names.size() == 1 ? names.iterator().next() : null;
    }

    /** Whether a data set's mention starts at token {@code token} of sentence {@code s}. */
    boolean startsAt(Sentence s, int token) {
        List<Mention> mentions = mentions(s);
        int k = firstAtOrAfter(mentions, token);
        return k < mentions.size() && mentions.get(k).first == token;
    }

    /** The name of the first data set mentioned within tokens {@code [from, to)} of sentence {@code s}, or null. */
    String within(Sentence s, int from, int to) {
        List<Mention> mentions = mentions(s);
        int k = firstAtOrAfter(mentions, from);
        return k < mentions.size() && mentions.get(k).first < to ? mentions.get(k).name : null;
    }

    /** The distinct names of the data sets mentioned within tokens {@code [from, to)} of sentence {@code s}. */
    List<String> namesWithin(Sentence s, int from, int to) {
        List<Mention> mentions = mentions(s);
        Set<String> names = new LinkedHashSet<>();
        for (int k = firstAtOrAfter(mentions, from); k < mentions.size() && mentions.get(k).first < to; k++) {
            names.add(mentions.get(k).name);
        }
        return List.copyOf(names);
    }

    /** The index of the first mention at or after token {@code token}; mentions are in text order. */
    private static int firstAtOrAfter(List<Mention> mentions, int token) {
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).first < token) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Whether another figure stands between the result and a data set after it. */
    private boolean figureBetween(int last, int dataset) {
        for (int k = last + 1; k < dataset; k++) {
            Token t = view.token(k);
            if (t.isNumber() && !(view.token(k - 1) != null && view.token(k - 1).isSymbol('×'))) {
                Token n = view.token(k + 1);
                if (n == null || !(n.isSymbol('×') || n.isWord() && n.lower().startsWith("x"))) {
                    return true;
                }
            }
        }
        return false;
    }
}

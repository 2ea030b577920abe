package org.paperclaims.extractors.result;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.paperclaims.extractors.internal.PhraseSet;
import org.paperclaims.extractors.internal.TokenText;
import org.paperclaims.extractors.internal.Vocabulary;
import org.paperclaims.extractors.internal.WordSet;
import org.paperclaims.text.TextView;
import org.paperclaims.text.Token;

/**
 * The metric names of {@code results.txt} matched on the token view. An entry written with an upper-case
 * letter matches only as written ("IS" but not "is"); an all-lower-case entry matches in any case.
 */
final class Metrics {
    private static final Vocabulary VOCAB = Vocabulary.load("results.txt");
    private static final Map<String, List<Name>> BY_FIRST = index(VOCAB.entries("metrics"));
    /**
     * The last words of the names in lower case: a token not among them ends no name, which spares
     * {@link #endingAt} its look-up at each length (the figure patterns ask at many tokens).
     */
    private static final WordSet LAST_WORDS = WordSet.of(lastWords(BY_FIRST));
    /**
     * The first words of the names in lower case: on a view a token not among them is turned away by its word
     * id, without hashing its text for {@link #BY_FIRST}.
     */
    private static final WordSet FIRST_WORDS = WordSet.of(BY_FIRST.keySet());
    /** A HashSet: its look-up compares cached hashes before strings. */
    private static final Set<String> LOWER_IS_BETTER = new HashSet<>(VOCAB.words("lower-is-better"));
    private static final PhraseSet MODIFIERS = VOCAB.phrases("metric-modifiers");
    private static final int MAX_LENGTH = 6;

    private Metrics() {
    }

    /** A metric name as words, and whether it matches only as written (it has an upper-case letter). */
    private record Name(String[] words, boolean caseSensitive) {
    }

    /**
     * A metric mention: tokens {@code first..last}, the metric's name as written, whether lower is better.
     * "Frechet inception distance (FID)" is one mention named {@code FID}.
     */
    record Mention(int first, int last, String name, boolean lowerIsBetter) {
    }

    /** The number of tokens of the metric name starting at token {@code i}, or 0. */
    static int matchAt(List<Token> tokens, int i) {
        if (i < 0 || i >= tokens.size() || !FIRST_WORDS.contains(tokens, i)) {
            return 0;
        }
        List<Name> candidates = BY_FIRST.get(tokens.get(i).lower());
        if (candidates == null) {
            return 0;
        }
        for (Name name : candidates) {
            String[] words = name.words();
            int len = words.length;
            if (i + len > tokens.size()) {
                continue;
            }
            boolean caseSensitive = name.caseSensitive();
            boolean ok = true;
            for (int k = 0; k < len && ok; k++) {
                Token t = tokens.get(i + k);
                ok = caseSensitive ? t.text().equals(words[k]) : t.lower().equals(words[k]);
                if (ok && k > 0 && t.isWord() && tokens.get(i + k - 1).isWord() && !t.spaceBefore()) {
                    ok = false;
                }
            }
            if (ok) {
                // A metric name glued to more letters or a hyphenated word is something else ("IS-based").
                Token next = i + len < tokens.size() ? tokens.get(i + len) : null;
                Token last = tokens.get(i + len - 1);
                if (next != null && !next.spaceBefore() && (next.isWord() || next.isNumber())
                        && !(last.isNumber() || last.isSymbol('-'))) {
                    continue;
                }
                return len;
            }
        }
        return 0;
    }

    /** The metric mention starting at {@code i}, with a modifier before it and an acronym after it. */
    static Mention startingAt(TextView view, int i, int floor, int ceiling) {
        List<Token> tokens = view.tokens();
        int first = i;
        int len = matchAt(tokens, i);
        if (len == 0) {
            int m = MODIFIERS.matchAt(tokens, i);
            if (m == 0 || (len = matchAt(tokens, i + m)) == 0) {
                return null;
            }
            i += m;
        }
        int last = i + len - 1;
        if (last >= ceiling) {
            return null;
        }
        return withAcronym(view, first, last, ceiling);
    }

    /** The metric mention whose name ends at token {@code last} (an acronym's closing parenthesis counts). */
    static Mention endingAt(TextView view, int last, int floor) {
        List<Token> tokens = view.tokens();
        if (last < floor || last >= tokens.size()) {
            return null;
        }
        if (tokens.get(last).isSymbol(')') && last - 2 >= floor && tokens.get(last - 2).isSymbol('(')) {
            int a = matchAt(tokens, last - 1);
            if (a == 1) {
                for (int len = MAX_LENGTH; len >= 1; len--) {
                    int s = last - 2 - len;
                    if (s >= floor && matchAt(tokens, s) == len) {
                        return mention(view, s, last, last - 1, last - 1);
                    }
                }
                return mention(view, last - 2, last, last - 1, last - 1);
            }
        }
        if (!LAST_WORDS.contains(tokens, last)) {
            return null;
        }
        for (int len = MAX_LENGTH; len >= 1; len--) {
            int s = last - len + 1;
            if (s >= floor && matchAt(tokens, s) == len) {
                int m = s - 1 >= floor ? MODIFIERS.matchEndingAt(tokens, s - 1) : 0;
                int first = m > 0 && s - m >= floor ? s - m : s;
                return mention(view, first, last, first, last);
            }
        }
        return null;
    }

    /** "Frechet inception distance (FID)": the acronym in parentheses names the metric. */
    private static Mention withAcronym(TextView view, int first, int last, int ceiling) {
        List<Token> tokens = view.tokens();
        if (last + 3 < ceiling && tokens.get(last + 1).isSymbol('(') && tokens.get(last + 3).isSymbol(')')
                && matchAt(tokens, last + 2) == 1) {
            return mention(view, first, last + 3, last + 2, last + 2);
        }
        return mention(view, first, last, first, last);
    }

    private static Mention mention(TextView view, int first, int last, int nameFirst, int nameLast) {
        String name = view.text(nameFirst, nameLast);
        return new Mention(first, last, name, lowerIsBetter(view.tokens(), nameFirst, nameLast));
    }

    /** Whether lower is better for the metric named by tokens {@code first..last}. */
    static boolean lowerIsBetter(List<Token> tokens, int first, int last) {
        for (int s = first; s <= last; s++) {
            if (LOWER_IS_BETTER.contains(TokenText.lowerOf(tokens, s, last))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a single lower-case word is a lower-is-better quality noun ("gap", "error"). */
    static boolean lowerIsBetter(String lower) {
        return LOWER_IS_BETTER.contains(lower);
    }

    private static Set<String> lastWords(Map<String, List<Name>> byFirst) {
        Set<String> out = new HashSet<>();
        for (List<Name> names : byFirst.values()) {
            for (Name n : names) {
                out.add(n.words()[n.words().length - 1].toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static boolean anyUpper(String[] words) {
        for (String w : words) {
            if (!w.equals(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, List<Name>> index(List<String> entries) {
        Map<String, List<Name>> m = new HashMap<>();
        for (String e : entries) {
            List<Token> toks = TextView.of(e).tokens();
            if (toks.isEmpty() || toks.size() > MAX_LENGTH) {
                continue;
            }
            String[] words = new String[toks.size()];
            boolean lower = e.equals(e.toLowerCase(Locale.ROOT));
            for (int k = 0; k < words.length; k++) {
                words[k] = lower ? toks.get(k).lower() : toks.get(k).text();
            }
            m.computeIfAbsent(toks.get(0).lower(), k -> new ArrayList<>()).add(new Name(words, anyUpper(words)));
        }
        m.values().forEach(l -> l.sort((a, b) -> b.words().length - a.words().length));
        m.replaceAll((k, v) -> List.copyOf(v));
        // A HashMap, not Map.copyOf: its look-up compares cached hashes before strings, and the figure
        // patterns look up many tokens.
        return m;
    }
}

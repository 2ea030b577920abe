package org.paperclaims.extractors.speed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.paperclaims.extractors.internal.PhraseSet;
import org.paperclaims.extractors.internal.Vocabulary;
import org.paperclaims.text.TextView;
import org.paperclaims.text.Token;

/**
 * Phrases that carry a value ({@code 'phrase value'} lines of {@code speed.txt}: "tenfold 10", "half 0.5"),
 * matched on tokens like {@link PhraseSet}.
 */
final class Phrases {
    private final PhraseSet phrases;
    private final Map<String, Double> values;

    private Phrases(PhraseSet phrases, Map<String, Double> values) {
        this.phrases = phrases;
        this.values = values;
    }

    /** The valued phrases of {@code section}; each entry is a phrase, a space and a number. */
    static Phrases of(Vocabulary vocab, String section) {
        Map<String, Double> values = new HashMap<>();
        List<String> keys = new ArrayList<>();
        for (String e : vocab.entries(section)) {
            int sp = e.lastIndexOf(' ');
            if (sp <= 0) {
                throw new IllegalStateException("speed.txt [" + section + "]: '" + e + "' has no value");
            }
            String phrase = e.substring(0, sp).strip();
            keys.add(phrase);
            values.put(key(TextView.of(phrase).tokens(), 0, TextView.of(phrase).size()),
                    Double.parseDouble(e.substring(sp + 1).strip()));
        }
        return new Phrases(PhraseSet.of(keys), Map.copyOf(values));
    }

    private static String key(List<Token> tokens, int from, int len) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < len; k++) {
            if (k > 0) {
                sb.append(' ');
            }
            sb.append(tokens.get(from + k).lower());
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** The lower-case first word of every phrase. */
    java.util.Set<String> firstWords() {
        return phrases.firstWords();
    }

    /** The number of tokens of the longest phrase at {@code i}, or 0. */
    int length(List<Token> tokens, int i) {
        return phrases.matchAt(tokens, i);
    }

    /** The value of the phrase of {@code len} tokens at {@code i}, or NaN. */
    double value(List<Token> tokens, int i, int len) {
        Double v = values.get(key(tokens, i, len));
        return v == null ? Double.NaN : v;
    }
}

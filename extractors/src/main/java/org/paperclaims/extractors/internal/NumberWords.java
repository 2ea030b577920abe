package org.paperclaims.extractors.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.paperclaims.text.Token;

/**
 * Values of spelled-out figures from {@code numbers.txt}: cardinals ("three times faster") and
 * multiplier words ("twice as fast", "half the memory"). Not API.
 */
public final class NumberWords {
    private static final Vocabulary VOCAB = Vocabulary.load("numbers.txt");
    private static final Map<String, Double> CARDINALS = read("cardinal");
    private static final Map<String, Double> MULTIPLIERS = read("multiplier");
    private static final PhraseSet MULTIPLIER_PHRASES = PhraseSet.of(MULTIPLIERS.keySet());

    private NumberWords() {
    }

    private static Map<String, Double> read(String section) {
        Map<String, Double> m = new HashMap<>();
        for (String e : VOCAB.entries(section)) {
            int sp = e.lastIndexOf(' ');
            m.put(e.substring(0, sp).toLowerCase(Locale.ROOT), Double.parseDouble(e.substring(sp + 1)));
        }
        return Map.copyOf(m);
    }

    /** The spelled cardinals ("three") and the first words of the multiplier phrases, lower case. */
    public static Set<String> startWords() {
        Set<String> out = new HashSet<>(CARDINALS.keySet());
        out.addAll(MULTIPLIER_PHRASES.firstWords());
        return out;
    }

    /** The value of a NUMBER token or a spelled cardinal ("three"), else NaN. */
    public static double value(Token t) {
        if (t.isNumber()) {
            return t.number();
        }
        Double v = CARDINALS.get(t.lower());
        return v == null ? Double.NaN : v;
    }

    /** The factor of a multiplier word or phrase starting at token {@code i} ("twice" 2, "half" 2), else NaN. */
    public static double multiplierAt(List<Token> tokens, int i) {
        int len = MULTIPLIER_PHRASES.matchAt(tokens, i);
        if (len == 0) {
            return Double.NaN;
        }
        Double v = MULTIPLIERS.get(TokenText.lowerOf(tokens, i, i + len - 1));
        return v == null ? Double.NaN : v;
    }

    /** The number of tokens of the multiplier phrase at {@code i}, or 0. */
    public static int multiplierLength(List<Token> tokens, int i) {
        return MULTIPLIER_PHRASES.matchAt(tokens, i);
    }
}

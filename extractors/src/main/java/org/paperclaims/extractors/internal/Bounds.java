package org.paperclaims.extractors.internal;

import java.util.List;
import org.paperclaims.model.Bound;
import org.paperclaims.text.Token;

/**
 * Reads the bound word in front of a figure ("up to 3x", "over 25 times", "about 2.86x", "sim7 s") with
 * the phrases of {@code bounds.txt}. Not API.
 */
public final class Bounds {
    private static final Vocabulary VOCAB = Vocabulary.load("bounds.txt");
    private static final PhraseSet UP_TO = VOCAB.phrases("up_to");
    private static final PhraseSet AT_LEAST = VOCAB.phrases("at_least");
    private static final PhraseSet APPROX = VOCAB.phrases("approx");

    private Bounds() {
    }

    /**
     * A bound phrase that ends right before token {@code figure}, looked for among tokens at or after
     * {@code floor}.
     *
     * @param bound the bound, {@link Bound#EXACT} when there is no phrase
     * @param start the index of the phrase's first token, or {@code figure} when there is none
     */
    public record Match(Bound bound, int start) {
    }

    /** The bound phrase ending just before {@code figure} (not before token {@code floor}). */
    public static Match before(List<Token> tokens, int figure, int floor) {
        int last = figure - 1;
        if (last < floor) {
            return new Match(Bound.EXACT, figure);
        }
        Match best = new Match(Bound.EXACT, figure);
        best = better(best, UP_TO.matchEndingAt(tokens, last), Bound.UP_TO, last, floor);
        best = better(best, AT_LEAST.matchEndingAt(tokens, last), Bound.AT_LEAST, last, floor);
        best = better(best, APPROX.matchEndingAt(tokens, last), Bound.APPROX, last, floor);
        return best;
    }

    private static Match better(Match current, int len, Bound bound, int last, int floor) {
        if (len == 0 || last - len + 1 < floor) {
            return current;
        }
        int start = last - len + 1;
        return start < current.start() ? new Match(bound, start) : current;
    }

    /** The bound a single phrase gives, or {@code null} when {@code tokens[i..]} starts none. */
    public static Bound startingAt(List<Token> tokens, int i) {
        if (UP_TO.matchAt(tokens, i) > 0) {
            return Bound.UP_TO;
        }
        if (AT_LEAST.matchAt(tokens, i) > 0) {
            return Bound.AT_LEAST;
        }
        if (APPROX.matchAt(tokens, i) > 0) {
            return Bound.APPROX;
        }
        return null;
    }
}

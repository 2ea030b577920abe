package org.paperclaims.extractors.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperclaims.text.TextView;
import org.paperclaims.text.Token;

/** Phrase and word sets give the same answers on a view's ids as on plain token lists compared by string. */
class PhraseSetTest {
    private static final PhraseSet BOUNDS = PhraseSet.of(List.of("up to", "at most", "as much as", "roughly"));
    private static final String TEXT = "It is Up To 3x faster, at most 2x smaller and roughly as much as 5x cheaper.";

    /** The same tokens in a list that is not the view's, so matching compares strings. */
    private static List<Token> plain(TextView v) {
        return new ArrayList<>(v.tokens());
    }

    @Test
    void matchesStartAndEndAtTheSameTokensByIdAndByString() {
        TextView v = TextView.of(TEXT);
        List<Token> strings = plain(v);
        int starts = 0;
        for (int i = 0; i < v.size(); i++) {
            assertEquals(BOUNDS.matchAt(strings, i), BOUNDS.matchAt(v.tokens(), i), "start at " + i);
            assertEquals(BOUNDS.matchEndingAt(strings, i), BOUNDS.matchEndingAt(v.tokens(), i), "end at " + i);
            starts += BOUNDS.matchAt(v.tokens(), i) > 0 ? 1 : 0;
        }
        assertEquals(4, starts);
    }

    @Test
    void theLongestPhraseEndingAtATokenIsFound() {
        TextView v = TextView.of("as much as 5x");
        assertEquals(3, BOUNDS.matchEndingAt(v.tokens(), 2));
        assertEquals(0, BOUNDS.matchEndingAt(v.tokens(), 1), "'much' ends no phrase");
        assertEquals(0, BOUNDS.matchEndingAt(v.tokens(), 7), "past the end");
        assertEquals(0, BOUNDS.matchEndingAt(v.tokens(), -1));
    }

    @Test
    void aWordSetAnswersByIdAsByString() {
        WordSet set = WordSet.of(List.of("Faster", "cheaper"));
        TextView v = TextView.of(TEXT);
        List<Token> strings = plain(v);
        for (int i = 0; i < v.size(); i++) {
            assertEquals(set.contains(strings, i), set.contains(v.tokens(), i), "token " + i);
        }
        assertTrue(set.contains(v.tokens().get(6)), "faster");
        assertFalse(set.contains(v.tokens().get(0)));
    }
}

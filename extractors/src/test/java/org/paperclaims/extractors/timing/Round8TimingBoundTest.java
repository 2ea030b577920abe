package org.paperclaims.extractors.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperclaims.PaperClaims;
import org.paperclaims.model.Bound;
import org.paperclaims.model.TimingClaim;

/** Comparative bound words before a time, met in the round8 held-out set, on sentences written for these tests. */
class Round8TimingBoundTest {
    private static TimingClaim only(String text) {
        List<TimingClaim> found = PaperClaims.extract(text, TimingClaim.class);
        assertEquals(1, found.size(), () -> "claims: " + found);
        TimingClaim c = found.get(0);
        assertEquals(c.text(), text.substring(c.start(), c.end()));
        return c;
    }

    @Test
    void lowerThanBeforeATimeIsUpTo() {
        TimingClaim c = only("The streaming vocoder keeps its response latency lower than 60ms on a single L4 GPU.");
        assertEquals(0.06, c.seconds(), 1e-12);
        assertEquals(Bound.UP_TO, c.bound());
        assertEquals("L4", c.hardware());
    }

    @Test
    void greaterThanBeforeARateIsAtLeast() {
        TimingClaim c = only("The decoder sustains greater than 300 tokens/s on a laptop.");
        assertEquals(Bound.AT_LEAST, c.bound());
    }

    @Test
    void timeWithoutComparativeStaysExact() {
        TimingClaim c = only("The streaming vocoder answers in 60ms on a single L4 GPU.");
        assertEquals(Bound.EXACT, c.bound());
    }
}

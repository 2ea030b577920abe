package org.paperclaims.extractors.speed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paperclaims.extractors.speed.SpeedTestSupport.oneSpeedup;
import static org.paperclaims.extractors.speed.SpeedTestSupport.speedups;

import org.junit.jupiter.api.Test;
import org.paperclaims.model.Bound;
import org.paperclaims.model.SpeedupClaim;

/** Speed phrases met in the round8 held-out set, tested on sentences written for these tests. */
class Round8SpeedPhrasesTest {

    @Test
    void throughputIncreaseOfARangeOfTimesIsASpeedupRange() {
        String s = "Deployed on one card, the compressed model shows a throughput increase of 2.5 to 3.5 times "
                + "compared to the dense model.";
        SpeedupClaim c = oneSpeedup(s);
        assertEquals(2.5, c.factor(), 1e-9);
        assertEquals(3.5, c.factorMax(), 1e-9);
        assertEquals(Bound.EXACT, c.bound());
        assertEquals("dense model", c.baseline());
        assertTrue(c.text().startsWith("throughput increase of 2.5 to 3.5 times"), c.text());
        assertEquals(c.text(), s.substring(c.start(), c.end()));
    }

    @Test
    void speedBoostOfAMultiplierIsASpeedup() {
        SpeedupClaim c = oneSpeedup("The cache gives an inference speed boost of 4x on long prompts.");
        assertEquals(4, c.factor(), 1e-9);
        assertNull(c.factorMax());
    }

    @Test
    void gainNounWithoutASpeedNounIsNoSpeedup() {
        assertTrue(speedups("The new loss yields an increase of 3 times in the number of distinct samples.").isEmpty());
        assertTrue(speedups("We observe an improvement of 2 times in retrieval recall over the baseline.").isEmpty());
    }

    @Test
    void evaluativeAdjectiveBetweenByAndFigureKeepsTheSpeedup() {
        String s = "Our renderer increases the average rendering speed by a remarkable 5.2x across all scenes.";
        SpeedupClaim c = oneSpeedup(s);
        assertEquals(5.2, c.factor(), 1e-9);
        assertTrue(c.text().endsWith("by a remarkable 5.2x"), c.text());
        assertEquals(c.text(), s.substring(c.start(), c.end()));
    }

    @Test
    void adjectiveThatIsNoIntensifierStaysUnread() {
        assertTrue(speedups("The token count grows by a further 3x when images are tiled.").isEmpty());
    }
}

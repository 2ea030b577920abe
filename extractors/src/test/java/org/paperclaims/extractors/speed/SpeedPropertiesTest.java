package org.paperclaims.extractors.speed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.paperclaims.model.Claim;
import org.paperclaims.model.ReductionClaim;
import org.paperclaims.model.SpeedupClaim;

/** The speed extractors never fail, and every claim quotes the text at its offsets, on any input. */
class SpeedPropertiesTest {

    @Provide
    Arbitrary<String> claimish() {
        Arbitrary<String> word = Arbitraries.of("3x", "2.5", "×", "\\times", "$", "times", "-fold", "%", "faster",
                "speedup", "by", "up to", "about", "over", "than", "X", "and", ",", ".", "memory", "reduction",
                "latency", "of", "half", "twice", "orders", "magnitude", "an", "order", "the", "in", "generation",
                "respectively", "compared to", "FLOPs", "less", "10-20x", "\\(", "\\)", "sim", "~", "a factor of");
        return word.list().ofMaxSize(40).map(l -> String.join(" ", l));
    }

    @Property(tries = 300)
    void neverThrowsAndOffsetsPointAtTheText(@ForAll("claimish") String text) {
        check(text);
    }

    @Property(tries = 200)
    void neverThrowsOnArbitraryStrings(@ForAll String text) {
        check(text);
    }

    private static void check(String text) {
        for (Claim c : SpeedTestSupport.claims(text)) {
            assertEquals(c.text(), text.substring(c.start(), c.end()));
            if (c instanceof SpeedupClaim s) {
                assertTrue(s.factor() > 1);
            } else if (c instanceof ReductionClaim r) {
                assertTrue(r.factor() > 1);
            }
        }
    }
}

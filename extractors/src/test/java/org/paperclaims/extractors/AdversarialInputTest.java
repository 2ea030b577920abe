package org.paperclaims.extractors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.paperclaims.PaperClaims;
import org.paperclaims.model.Claim;
import org.paperclaims.pipeline.ClaimChain;

/**
 * Hostile texts finish in time and give valid claims. The bound (5 s per MB) is generous on purpose: it
 * catches super-linear blow-ups, not slowness; the JMH ScalingBenchmark measures the real cost.
 */
class AdversarialInputTest {

    static Stream<AdversarialInputs.Case> cases() {
        return AdversarialInputs.cases().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void hostileTextFinishesAndClaimsQuoteTheirSpans(AdversarialInputs.Case c) {
        String text = c.text();
        long seconds = Math.max(5, 5L * text.length() / 1_000_000);
        ClaimChain.Extraction x = assertTimeoutPreemptively(Duration.ofSeconds(seconds),
                () -> PaperClaims.standard().run(text),
                () -> c.name() + " (" + text.length() + " chars) took over " + seconds + " s");
        assertEquals(List.of(), x.problems(), "no extractor may fail");
        for (Claim claim : x.claims()) {
            assertEquals(text.substring(claim.start(), claim.end()), claim.text());
        }
    }
}

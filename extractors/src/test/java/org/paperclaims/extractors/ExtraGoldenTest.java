package org.paperclaims.extractors;

import java.io.IOException;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.paperclaims.eval.Scorer;

/**
 * Runs the standard chain over {@code gold/extra.jsonl}, real abstracts annotated by hand apart from the dev
 * gold, and holds every score at or above its floor in {@code gold/floors-extra.properties}. The extractors
 * were never tuned on these abstracts' wording, so the floors measure how far the rules generalise.
 */
class ExtraGoldenTest {
    private static Scorer.Report report;

    @BeforeAll
    static void scoreExtraGold() throws IOException {
        report = GoldenTest.score("/gold/extra.jsonl");
    }

    static Stream<Map.Entry<String, Double>> floors() throws IOException {
        return GoldenTest.floors("/gold/floors-extra.properties");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("floors")
    void scoreStaysAtOrAboveItsFloor(Map.Entry<String, Double> floor) {
        GoldenTest.check(report, floor);
    }
}

package org.paperclaims.extractors.speed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.paperclaims.model.Claim;
import org.paperclaims.model.ReductionClaim;
import org.paperclaims.model.SpeedupClaim;
import org.paperclaims.pipeline.ClaimChain;

/** Runs the two extractors of this package alone and checks that a run reports no problem. */
final class SpeedTestSupport {
    static final ClaimChain CHAIN = ClaimChain.newBuilder().discover(false).add(new FigureExtractor())
            .add(new SpeedupExtractor())
            .add(new ReductionExtractor()).build();

    private SpeedTestSupport() {
    }

    static List<Claim> claims(String text) {
        ClaimChain.Extraction x = CHAIN.run(text);
        assertEquals(List.of(), x.problems(), "problems for: " + text);
        return x.claims();
    }

    static List<SpeedupClaim> speedups(String text) {
        return claims(text).stream().filter(SpeedupClaim.class::isInstance).map(SpeedupClaim.class::cast).toList();
    }

    static List<ReductionClaim> reductions(String text) {
        return claims(text).stream().filter(ReductionClaim.class::isInstance).map(ReductionClaim.class::cast)
                .toList();
    }

    /** The only speedup of {@code text}; fails when there is not exactly one. */
    static SpeedupClaim oneSpeedup(String text) {
        List<SpeedupClaim> l = speedups(text);
        assertEquals(1, l.size(), () -> "speedups of: " + text + "\n" + l);
        return l.get(0);
    }

    /** The only reduction of {@code text}; fails when there is not exactly one. */
    static ReductionClaim oneReduction(String text) {
        List<ReductionClaim> l = reductions(text);
        assertEquals(1, l.size(), () -> "reductions of: " + text + "\n" + l);
        return l.get(0);
    }
}

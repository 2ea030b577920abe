package org.paperclaims.extractors.speed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paperclaims.extractors.speed.SpeedTestSupport.oneReduction;
import static org.paperclaims.extractors.speed.SpeedTestSupport.oneSpeedup;
import static org.paperclaims.extractors.speed.SpeedTestSupport.reductions;
import static org.paperclaims.extractors.speed.SpeedTestSupport.speedups;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperclaims.model.Bound;
import org.paperclaims.model.ReductionClaim;
import org.paperclaims.model.Resource;
import org.paperclaims.model.SpeedupClaim;

/** Bare numbers whose times sign a web page dropped, read as multipliers only where nothing else fits. */
class DroppedTimesSignTest {

    @Test
    void bareNumberBeforeAComparativeAndSpeedNounIsASpeedup() {
        List<SpeedupClaim> l = speedups("Our scheduler reaches up to 3.1 higher throughput, 12 lower TTFT, and "
                + "2.4 lower TBT than Orca on chat traces.");
        assertEquals(3, l.size(), l::toString);
        assertEquals(3.1, l.get(0).factor(), 1e-9);
        assertEquals(12, l.get(1).factor(), 1e-9);
        assertEquals(2.4, l.get(2).factor(), 1e-9);
        for (SpeedupClaim c : l) {
            assertEquals(Bound.UP_TO, c.bound());
            assertEquals("Orca", c.baseline());
        }
    }

    @Test
    void equalFiguresOfOneSentenceAreTwoClaims() {
        List<SpeedupClaim> l = speedups("It beats Sarathi with 2 higher throughput and 2 lower TTFT.");
        assertEquals(2, l.size(), l::toString);
        assertEquals("Sarathi", l.get(0).baseline());
        assertEquals("Sarathi", l.get(1).baseline());
    }

    @Test
    void bareListBeforeAResourceReductionIsOneReductionPerFigure() {
        List<ReductionClaim> l = reductions("Sparse routing brings 1.9, 2.6, and 1.45 theoretical FLOP reduction on "
                + "three video models.");
        assertEquals(3, l.size(), l::toString);
        assertEquals(1.9, l.get(0).factor(), 1e-9);
        assertEquals(1.45, l.get(2).factor(), 1e-9);
        assertEquals(Resource.COMPUTE, l.get(2).resource());
    }

    @Test
    void bareNumberAfterASpeedupNounAndOfIsTheFactor() {
        List<SpeedupClaim> l = speedups("We measure decoding speedups of 1.6, 1.7, and 2.05, respectively.");
        assertEquals(3, l.size(), l::toString);
        assertEquals(2.05, l.get(2).factor(), 1e-9);
        SpeedupClaim c = oneSpeedup("The tree drafter attains a speed-up ratio of up to 2.9 compared with greedy "
                + "decoding.");
        assertEquals(2.9, c.factor(), 1e-9);
        assertEquals(Bound.UP_TO, c.bound());
        assertEquals("greedy decoding", c.baseline());
    }

    @Test
    void bareCompressionRatioIsAStorageReduction() {
        ReductionClaim c = oneReduction("The codec reaches a compression ratio of 5.2 on indoor scenes.");
        assertEquals(5.2, c.factor(), 1e-9);
        assertEquals(Resource.STORAGE, c.resource());
        assertTrue(reductions("The codec reaches a compression ratio of 80% on indoor scenes.").isEmpty());
    }

    @Test
    void bareNumberAfterASpeedVerbOrAReductionOfComputeAndByIsTheFactor() {
        SpeedupClaim s = oneSpeedup("The fused kernel speeds up softmax time by 4 on long sequences.");
        assertEquals(4, s.factor(), 1e-9);
        ReductionClaim r = oneReduction("Token merging cuts inference FLOPs by 1.85.");
        assertEquals(1.85, r.factor(), 1e-9);
        assertEquals(Resource.COMPUTE, r.resource());
    }

    @Test
    void bareNumberFasterAloneIsASpeedup() {
        SpeedupClaim c = oneSpeedup("The decoder is more than 7 faster than the autoregressive baseline.");
        assertEquals(7, c.factor(), 1e-9);
        assertEquals(Bound.AT_LEAST, c.bound());
    }

    @Test
    void countsYearsAndNumbersWithAUnitStayNoMultipliers() {
        assertTrue(speedups("We train 3 higher-capacity models in 2023 and evaluate 4 lower bounds.").isEmpty());
        assertTrue(reductions("Merging reduces the visual tokens by 64 per image.").isEmpty());
        assertTrue(reductions("It reduces memory by 12 GB.").isEmpty());
        assertTrue(speedups("Pruning speeds up the encoder by 30 ms per frame.").isEmpty());
        assertTrue(speedups("The method of 2024 speedups of 3 techniques is described.").isEmpty());
        assertTrue(reductions("We evaluate 4 memory reduction techniques.").isEmpty());
    }
}

package org.paperclaims.extractors.speed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paperclaims.extractors.speed.SpeedTestSupport.oneReduction;
import static org.paperclaims.extractors.speed.SpeedTestSupport.oneSpeedup;
import static org.paperclaims.extractors.speed.SpeedTestSupport.speedups;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperclaims.model.Aspect;
import org.paperclaims.model.Bound;
import org.paperclaims.model.ReductionClaim;
import org.paperclaims.model.Resource;
import org.paperclaims.model.SpeedupClaim;

/** Figures a page renders twice or in math digits, and speed-ups that borrow words from a neighbour. */
class RenderedFigureTest {

    @Test
    void figureRenderedThenItsLatexSourceIsOneMultiplier() {
        String s = "On three video backbones the cache gives a mean 3.1×3.1\\times speedup without visible artefacts.";
        SpeedupClaim c = oneSpeedup(s);
        assertEquals(3.1, c.factor(), 1e-9);
        assertEquals(Bound.EXACT, c.bound());
        assertEquals("3.1×3.1\\times speedup", c.text());
        assertEquals(c.text(), s.substring(c.start(), c.end()));
    }

    @Test
    void repeatedSizeIsNoDoubledMultiplier() {
        assertEquals(List.of(), speedups("The encoder stacks 3×3×3 convolutions and 2×2× pooling, which is faster."));
    }

    @Test
    void mathematicalBoldDigitsReadAsTheirValue() {
        String s = "Against plain samplers, the acceleration can be more than \uD835\uDFD1\uD835\uDFCE×\\mathbf{30\\times}"
                + " while keeping image quality.";
        SpeedupClaim c = oneSpeedup(s);
        assertEquals(30, c.factor(), 1e-9);
        assertEquals(Bound.AT_LEAST, c.bound());
        assertEquals(c.text(), s.substring(c.start(), c.end()));
        assertTrue(c.text().startsWith("more than \uD835\uDFD1"), c.text());
    }

    @Test
    void speedNounJoinedToItsFigureByCopula() {
        SpeedupClaim c = oneSpeedup("On long prompts, the speedup reaches 7× over dense attention.");
        assertEquals(7, c.factor(), 1e-9);
        assertEquals("7× over dense attention", c.text());
        assertEquals("dense attention", c.baseline());
    }

    @Test
    void copulaFigureFollowedByComparativeIsNoSpeedup() {
        assertEquals(List.of(), speedups("On small batches the speedup is 3× lower than on large ones."));
    }

    @Test
    void secondNounByPercentSharesTheReduceVerbOfTheFirst() {
        String s = "Without retraining, the pruner can cut the FLOPs of the detector by 80% and its inference latency"
                + " by 60%, while keeping accuracy.";
        ReductionClaim r = oneReduction(s);
        assertEquals(5, r.factor(), 1e-9);
        assertEquals(Resource.COMPUTE, r.resource());
        SpeedupClaim c = oneSpeedup(s);
        assertEquals(2.5, c.factor(), 1e-9);
        assertEquals(60, c.percent(), 1e-9);
        assertEquals(Aspect.INFERENCE, c.aspect());
        assertEquals("inference latency by 60%", c.text());
    }

    @Test
    void latencyByPercentWithoutAnyReduceVerbIsNoSpeedup() {
        assertEquals(List.of(), speedups("The pruner keeps 80% of the tokens and its inference latency by 60% is"
                + " measured on one GPU."));
    }

    @Test
    void shortenedTrainingTimeIsATrainingSpeedupAgainstThePriorWork() {
        String s = "Our recipe drops several stages used in previous approaches and shortens their fine-tuning"
                + " time up to 500$\\times$.";
        SpeedupClaim c = oneSpeedup(s);
        assertEquals(500, c.factor(), 1e-9);
        assertEquals(Bound.UP_TO, c.bound());
        assertEquals(Aspect.TRAINING, c.aspect());
        assertEquals("previous approaches", c.baseline());
    }

    @Test
    void shortenedTimeWithoutPriorWorkHasNoBaseline() {
        SpeedupClaim c = oneSpeedup("Caching shortens the fine-tuning time by 4x.");
        assertEquals(4, c.factor(), 1e-9);
        assertNull(c.baseline());
    }
}

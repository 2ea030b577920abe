package org.paperclaims.extractors.speed;

import org.paperclaims.model.ReductionClaim;
import org.paperclaims.model.Claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paperclaims.extractors.speed.SpeedTestSupport.claims;
import static org.paperclaims.extractors.speed.SpeedTestSupport.oneSpeedup;
import static org.paperclaims.extractors.speed.SpeedTestSupport.speedups;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.paperclaims.model.Aspect;
import org.paperclaims.model.Bound;
import org.paperclaims.model.SpeedupClaim;

class SpeedupExtractorTest {

    @Test
    void multiplierWithXIsTheFactorAndTheTextQuotesTheClaim() {
        String s = "Our sampler renders each frame 12x faster than the diffusion baseline.";
        SpeedupClaim c = oneSpeedup(s);
        assertEquals(12, c.factor());
        assertNull(c.factorMax());
        assertEquals(Bound.EXACT, c.bound());
        assertNull(c.percent());
        assertEquals("diffusion baseline", c.baseline());
        assertEquals("12x faster than the diffusion baseline", c.text());
        assertEquals(c.text(), s.substring(c.start(), c.end()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The student network trains 18× faster than its teacher.|18",
        "The student network trains 18 × faster than its teacher.|18",
        "The student network trains $18\\times$ faster than its teacher.|18",
        "The student network trains \\(18\\times\\) faster than its teacher.|18",
        "The student network trains 18times faster than its teacher.|18",
        "The student network trains 18 times faster than its teacher.|18",
        "The student network trains 18X faster than its teacher.|18",
        "The student network trains 18-fold faster than its teacher.|18",
        "The student network trains 18 fold faster than its teacher.|18",
        "The student network trains tenfold faster than its teacher.|10",
        "The student network trains three times faster than its teacher.|3"
    })
    void everyWrittenFormOfAMultiplierGivesItsFactor(String sentence, double factor) {
        SpeedupClaim c = oneSpeedup(sentence);
        assertEquals(factor, c.factor(), 1e-9);
        assertEquals(Aspect.TRAINING, c.aspect());
        assertEquals("teacher", c.baseline());
    }

    @Test
    void twiceAsFastTakesTheBaselineAfterAs() {
        SpeedupClaim c = oneSpeedup("The pruned detector is twice as fast as YOLOv5 at inference.");
        assertEquals(2, c.factor());
        assertEquals("YOLOv5", c.baseline());
        assertEquals(Aspect.INFERENCE, c.aspect());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Our renderer is two orders of magnitude faster than ray marching.|100|EXACT",
        "Our renderer is an order of magnitude faster than ray marching.|10|EXACT",
        "Our renderer is orders of magnitude faster than ray marching.|100|AT_LEAST",
        "Our renderer is several orders of magnitude faster than ray marching.|100|AT_LEAST",
        "Our renderer is over an order of magnitude faster than ray marching.|10|AT_LEAST"
    })
    void ordersOfMagnitudeArePowersOfTen(String sentence, double factor, Bound bound) {
        SpeedupClaim c = oneSpeedup(sentence);
        assertEquals(factor, c.factor());
        assertEquals(bound, c.bound());
        assertEquals("ray marching", c.baseline());
    }

    @Test
    void oneToTwoOrdersOfMagnitudeIsARange() {
        SpeedupClaim c = oneSpeedup("The solver converges one to two orders of magnitude faster than Adam.");
        assertEquals(10, c.factor());
        assertEquals(100, c.factorMax());
        assertEquals(Aspect.CONVERGENCE, c.aspect());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The cache yields a 27% speedup on long prompts.|27|1.27",
        "With the cache, retrieval is 18.5% faster on long prompts.|18.5|1.185",
        "The kernel improves decoding throughput by 12% on long prompts.|12|1.12",
        "The kernel delivers 9% higher throughput on long prompts.|9|1.09",
        "Fusing the kernels raises the generation speed by 22.5\\% on long prompts.|22.5|1.225"
    })
    void percentGainBecomesOnePlusP(String sentence, double percent, double factor) {
        SpeedupClaim c = oneSpeedup(sentence);
        assertEquals(factor, c.factor(), 1e-9);
        assertEquals(percent, c.percent());
    }

    @Test
    void percentLatencyReductionBecomesSpeedupFactor() {
        SpeedupClaim c = oneSpeedup("Speculative batching cuts end-to-end latency by 40% on a single node.");
        assertEquals(1.667, c.factor(), 1e-9);
        assertEquals(40.0, c.percent());
        assertEquals(Aspect.END_TO_END, c.aspect());
        SpeedupClaim d = oneSpeedup("We observe a 62.5% reduction in prefill latency with chunked attention.");
        assertEquals(2.667, d.factor(), 1e-9);
        assertEquals(Aspect.PREFILL, d.aspect());
    }

    @Test
    void latencyReductionIsNotAResourceReduction() {
        assertEquals(List.of(), SpeedTestSupport.reductions("The scheduler gives 3x lower latency for serving."));
        assertEquals(3, oneSpeedup("The scheduler gives 3x lower latency for serving.").factor());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "up to|UP_TO", "as much as|UP_TO", "over|AT_LEAST", "more than|AT_LEAST", "at least|AT_LEAST",
        "beyond|AT_LEAST", "about|APPROX", "approximately|APPROX", "around|APPROX", "nearly|APPROX",
        "almost|APPROX", "roughly|APPROX", "~|APPROX", "\\sim|APPROX"
    })
    void boundPhraseBeforeTheFigureQualifiesIt(String phrase, Bound bound) {
        SpeedupClaim c = oneSpeedup("The new kernel runs " + phrase + " 4.2x faster than cuBLAS.");
        assertEquals(4.2, c.factor());
        assertEquals(bound, c.bound());
        assertEquals("cuBLAS", c.baseline());
    }

    @Test
    void lostBackslashSimReadsApprox() {
        SpeedupClaim c = oneSpeedup("Training finishes sim3x faster than with dense attention.");
        assertEquals(3, c.factor());
        assertEquals(Bound.APPROX, c.bound());
    }

    @Test
    void boundAcrossAnArticle() {
        SpeedupClaim c = oneSpeedup("We measure more than a 5x speedup compared to a dense transformer.");
        assertEquals(Bound.AT_LEAST, c.bound());
        assertEquals("dense transformer", c.baseline());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Our pipeline speeds up rendering by 10-20x over NeRF.|10|20",
        "Our pipeline renders 3 to 4 times faster than NeRF.|3|4",
        "Our pipeline renders $2\\times$–$3\\times$ faster than NeRF.|2|3",
        "Our pipeline renders 2x-5x faster than NeRF.|2|5"
    })
    void rangesGiveFactorMax(String sentence, double factor, double max) {
        SpeedupClaim c = oneSpeedup(sentence);
        assertEquals(factor, c.factor());
        assertEquals(max, c.factorMax());
        assertEquals("NeRF", c.baseline());
    }

    @Test
    void respectivelyPairsFiguresWithBaselines() {
        List<SpeedupClaim> l = speedups(
                "In our tests, the sampler is roughly 3.1times and 4.4times faster than PLMS and DPM-Solver, respectively.");
        assertEquals(2, l.size());
        assertEquals(3.1, l.get(0).factor());
        assertEquals("PLMS", l.get(0).baseline());
        assertEquals(Bound.APPROX, l.get(0).bound());
        assertEquals(4.4, l.get(1).factor());
        assertEquals("DPM-Solver", l.get(1).baseline());
        assertEquals(Bound.APPROX, l.get(1).bound(), "the bound before the first figure is shared");
    }

    @Test
    void respectivelyPairsFiguresWithAspects() {
        List<SpeedupClaim> l = speedups(
                "The quantized model delivers 2.2x and 1.4x speed-ups in the prefill and decoding phases, respectively.");
        assertEquals(2, l.size());
        assertEquals(Aspect.PREFILL, l.get(0).aspect());
        assertEquals(Aspect.DECODING, l.get(1).aspect());
    }

    @Test
    void oneBaselineIsSharedByEveryFigureOfAList() {
        List<SpeedupClaim> l = speedups(
                "At 1K and 4K tokens the layer reaches a 1.8x and 2.6x speedup over FlashAttention-2, respectively.");
        assertEquals(2, l.size());
        assertEquals("FlashAttention-2", l.get(0).baseline());
        assertEquals("FlashAttention-2", l.get(1).baseline());
    }

    @Test
    void oneFigureAgainstTwoBaselinesKeepsBoth() {
        SpeedupClaim c = oneSpeedup("The planner runs 5x faster inference compared with RRT and PRM.");
        assertEquals("RRT and PRM", c.baseline());
        assertEquals(Aspect.INFERENCE, c.aspect());
    }

    @ParameterizedTest
    @ValueSource(strings = {"relative to", "against", "vs.", "versus", "compared with", "in comparison to"})
    void baselineCues(String cue) {
        SpeedupClaim c = oneSpeedup("The engine gives a 2.5x inference speedup " + cue + " the vLLM server.");
        assertEquals("vLLM server", c.baseline());
    }

    @Test
    void baselineNamedAfterTheWordBaseline() {
        SpeedupClaim c = oneSpeedup(
                "Compared to the strongest baseline ProtoNet, our learner reaches up to 6.3times training speed-up.");
        assertEquals("ProtoNet", c.baseline());
        assertEquals(Aspect.TRAINING, c.aspect());
        assertEquals(Bound.UP_TO, c.bound());
    }

    @Test
    void namedOwnerOfTheSpeedIsTheBaseline() {
        SpeedupClaim c = oneSpeedup("The adapter boosts the BERT inference speed by 35%.");
        assertEquals("BERT", c.baseline());
        assertEquals(1.35, c.factor(), 1e-9);
        assertEquals(Aspect.INFERENCE, c.aspect());
    }

    @Test
    void aspectFromTheSentenceWhenTheClaimNamesNone() {
        SpeedupClaim c = oneSpeedup("The model synthesizes a minute of speech in two seconds, 40x faster than WaveNet.");
        assertEquals(Aspect.GENERATION, c.aspect());
        assertEquals("WaveNet", c.baseline());
    }

    @Test
    void aspectFromThePreviousSentence() {
        SpeedupClaim c = oneSpeedup(
                "We target the sampling cost of score models. Our method achieves a 7x speedup with no loss.");
        assertEquals(Aspect.SAMPLING, c.aspect());
    }

    @Test
    void throughputOfAServingSystemIsInference() {
        SpeedupClaim c = oneSpeedup("The paged scheduler achieves 3.4x higher throughput than Orca.");
        assertEquals(Aspect.INFERENCE, c.aspect());
        assertEquals("Orca", c.baseline());
    }

    @Test
    void qualityWordsDoNotNameTheAspect() {
        SpeedupClaim c = oneSpeedup(
                "The training-free sampler keeps generation quality while giving a 2x speedup on code tasks.");
        assertNull(c.aspect());
    }

    @Test
    void generationLatencyNamesGeneration() {
        SpeedupClaim c = oneSpeedup(
                "The kernel lowers token generation latency, reaching a 2.9x improvement on one GPU when compared to GPTQ.");
        assertEquals(2.9, c.factor());
        assertEquals(Aspect.GENERATION, c.aspect());
        assertEquals("GPTQ", c.baseline());
    }

    @Test
    void elidedFigureContinuesTheClaimBeforeIt() {
        List<SpeedupClaim> l = speedups(
                "The hybrid layer gives a 5x improvement in training speed at 8K context and 6x in decoding at 2K context.");
        assertEquals(2, l.size());
        assertEquals(Aspect.TRAINING, l.get(0).aspect());
        assertEquals(6, l.get(1).factor());
        assertEquals(Aspect.DECODING, l.get(1).aspect());
    }

    @Test
    void verbBeforeTheFigure() {
        SpeedupClaim c = oneSpeedup("The solver accelerates sampling by over 12 times compared to DDIM.");
        assertEquals(12, c.factor());
        assertEquals(Bound.AT_LEAST, c.bound());
        assertEquals(Aspect.SAMPLING, c.aspect());
        assertEquals("DDIM", c.baseline());
    }

    @Test
    void byAFactorOfIsAMultiplier() {
        SpeedupClaim c = oneSpeedup("Caching the encoder states speeds up inference by a factor of 6 on CPUs.");
        assertEquals(6, c.factor());
        assertEquals(Aspect.INFERENCE, c.aspect());
    }

    @Test
    void passiveTimeReductionIsASpeedup() {
        SpeedupClaim c = oneSpeedup("With early exits, the decoding time is reduced by 45% on average.");
        assertEquals(1.818, c.factor(), 1e-9);
        assertEquals(Aspect.DECODING, c.aspect());
    }

    @Test
    void shareOfASpeedIsNoGain() {
        assertEquals(List.of(), speedups("The student keeps 95% of the speed-up of its teacher."));
    }

    @Test
    void speedupRatioOfAndImprovesTheSpeedupTo() {
        SpeedupClaim c = oneSpeedup("The drafter reaches a speedup ratio of 2.1x-2.9x on chat prompts.");
        assertEquals(2.1, c.factor());
        assertEquals(2.9, c.factorMax());
        SpeedupClaim d = oneSpeedup("A second stage further improves the speedup to 4.4x on chat prompts.");
        assertEquals(4.4, d.factor());
    }

    @Test
    void elidedFigureAfterAndByContinuesTheClaim() {
        List<SpeedupClaim> l = speedups("The runtime reduces serving latency by 1.3-1.9x for batched requests and by "
                + "2.2-2.8x for offloaded inference.");
        assertEquals(2, l.size());
        assertEquals(2.2, l.get(1).factor());
        assertEquals(2.8, l.get(1).factorMax());
        assertEquals(Aspect.INFERENCE, l.get(1).aspect());
    }

    @Test
    void timeToFirstTokenIsALatencyNotAnAspect() {
        // The gold sets annotate TTFT gains without an aspect: it names the measured latency, not a stage.
        SpeedupClaim c = oneSpeedup("Chunked scheduling brings the time-to-first-token down by 3.1x.");
        assertEquals(3.1, c.factor());
        assertNull(c.aspect());
        assertEquals(Aspect.PREFILL, oneSpeedup("Chunked scheduling makes prefill 3.1x faster.").aspect());
    }

    @Test
    void aspectOfTheClauseBeatsOneElsewhereInTheSentence() {
        List<SpeedupClaim> l = speedups("The solver accelerates the training convergence by 3x and generates images "
                + "of equal quality 90x faster.");
        assertEquals(Aspect.CONVERGENCE, l.get(0).aspect());
        assertEquals(Aspect.GENERATION, l.get(1).aspect());
    }

    @Test
    void cueAfterAnEarlierClaimBelongsToThatClaim() {
        List<SpeedupClaim> l = speedups("We report a 12% speedup on ResNet-50 compared to the DAWNBench record, "
                + "and a 2x speedup on ViT-B.");
        assertEquals("DAWNBench record", l.get(0).baseline());
        assertNull(l.get(1).baseline());
    }

    @Test
    void figureStatedTwiceIsOneClaim() {
        List<SpeedupClaim> l = speedups("Our decoder is 4x faster. In practice, the 4x faster decoding holds for all sizes.");
        assertEquals(1, l.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "We quantize weights to 4-bit and evaluate at 16K tokens on 256x256 images.",
        "Experiments run on 8 x A100 GPUs with a 3x3 convolution stem and 1x1 projections.",
        "Since 2023, Section 3 reviews prior work [12] and Table 2 lists 4 benchmarks.",
        "The autoregressive baseline is 3x slower than real time.",
        "Our method is significantly faster and much lighter than prior work.",
        "We fit f(x) = 2x + 1 for every input x.",
        "The model is trained on 10x more data than its predecessor.",
        "It reduces the error by 40% and achieves 2x higher accuracy than the baseline.",
        "The method yields 1.9x lower mean-squared error than the state of the art.",
        "The decoder repeats the step three times for stability.",
        "Throughput is 3x lower than with dense kernels.",
        ""
    })
    void setupFiguresSlowdownsAndWordsWithoutFiguresAreNoClaims(String sentence) {
        assertEquals(List.of(), claims(sentence));
    }

    @Test
    void hugeAndGarbageInputNeverThrows() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            sb.append(i % 7 == 0 ? "3x faster " : "by up to ").append(i % 5 == 0 ? "% " : "x ").append("\\times$ ");
        }
        assertTrue(claims(sb.toString()).size() >= 0);
        assertTrue(claims("x x x % % by by 1x 2x - - to orders of magnitude").size() >= 0);
    }

    // ---- forms found on held-out abstracts ----

    @Test
    void bareMultiplierAfterASpeedupContinuesIt() {
        List<SpeedupClaim> found = speedups(
                "The sampler gives up to 3.2x speedup at equal quality, and up to 7.5x when paired with step caching.");
        assertEquals(2, found.size(), () -> "claims: " + found);
        assertEquals(7.5, found.get(1).factor());
        assertEquals(Bound.UP_TO, found.get(1).bound());
        assertEquals("up to 7.5x", found.get(1).text());
    }

    @Test
    void bareMultipliersOnTwoBenchmarks() {
        List<SpeedupClaim> found = speedups("Decoding sees a 2.4x speedup on GSM8K and 3.1x on HumanEval.");
        assertEquals(2, found.size(), () -> "claims: " + found);
        assertEquals(2.4, found.get(0).factor());
        assertEquals(3.1, found.get(1).factor());
    }

    @Test
    void bareMultiplierWithoutAPrecedingSpeedupIsNothing() {
        assertTrue(speedups("The model has 4x more layers, and 2x when counting the adapters.").isEmpty());
    }

    @Test
    void shareOfTheTrainingTimeBecomesTheInverseFactor() {
        SpeedupClaim c = oneSpeedup("Our recipe takes only 12.5% of the baseline's training time on the same cluster.");
        assertEquals(8, c.factor(), 1e-9);
        assertEquals(12.5, c.percent());
        assertEquals(Aspect.TRAINING, c.aspect());
        assertTrue(c.text().startsWith("takes only 12.5% of"), c.text());
    }

    @Test
    void shareOfResourcesOrWithoutAShareVerbIsNoSpeedup() {
        assertTrue(speedups("The attention layers account for 40% of the total inference time.").isEmpty());
        assertTrue(speedups("The method keeps only 20% of the visual tokens during decoding.").isEmpty());
    }

    @Test
    void outperformsByAMultiplierIsASpeedupOverTheComparedSystem() {
        SpeedupClaim c = oneSpeedup("On a laptop GPU, our engine outperforms ExLlama by up to 3.4x while keeping the same outputs.");
        assertEquals(3.4, c.factor(), 1e-9);
        assertEquals(Bound.UP_TO, c.bound());
        assertEquals("ExLlama", c.baseline());
    }

    @Test
    void outperformsByAMultiplierOfAQualityIsNoSpeedup() {
        assertTrue(speedups("The detector outperforms RetinaNet by 2x in accuracy on small objects.").isEmpty());
        assertTrue(speedups("Our model outperforms the baseline by 3.1 points on MMLU.").isEmpty());
    }

    @Test
    void doubledThroughputIsATwofoldSpeedup() {
        SpeedupClaim c = oneSpeedup("With paged attention the server doubled throughput under heavy load.");
        assertEquals(2, c.factor(), 1e-9);
        assertTrue(speedups("The authors double the batch size for stability.").isEmpty());
    }

    @Test
    void improvingTheRealTimeFactorByAFactorIsASpeedup() {
        SpeedupClaim c = oneSpeedup("The streaming vocoder cuts nothing in quality while improving the real-time factor by a factor of 6.5.");
        assertEquals(6.5, c.factor(), 1e-9);
    }

    @Test
    void reductionByAPercentInANamedMeasureListsEachMeasure() {
        List<org.paperclaims.model.Claim> all = claims(
                "Pruning reduces overhead by 60% in inference time, 75% in computation, and 50% in parameters.");
        List<SpeedupClaim> sp = speedups(
                "Pruning reduces overhead by 60% in inference time, 75% in computation, and 50% in parameters.");
        assertEquals(1, sp.size(), () -> "claims: " + all);
        assertEquals(2.5, sp.get(0).factor(), 1e-9);
        assertEquals(Aspect.INFERENCE, sp.get(0).aspect());
        List<org.paperclaims.model.ReductionClaim> red = SpeedTestSupport.reductions(
                "Pruning reduces overhead by 60% in inference time, 75% in computation, and 50% in parameters.");
        assertEquals(2, red.size(), () -> "claims: " + all);
        assertEquals(4, red.get(0).factor(), 1e-9);
        assertEquals(org.paperclaims.model.Resource.COMPUTE, red.get(0).resource());
        assertEquals(2, red.get(1).factor(), 1e-9);
        assertEquals(org.paperclaims.model.Resource.STORAGE, red.get(1).resource());
    }

    @Test
    void baselineOfALaterClauseWithItsOwnVerbIsNotSharedWithAnEarlierClaim() {
        List<SpeedupClaim> l = speedups("The engine accelerates both chat models by 2.5x on dialogue benchmarks, "
                + "and raises serving throughput by 30% over TGI at large batch sizes.");
        assertEquals(2, l.size(), l::toString);
        assertEquals(2.5, l.get(0).factor());
        assertEquals(null, l.get(0).baseline());
        assertEquals("TGI", l.get(1).baseline());
    }

    @Test
    void coordinatedNounPhrasesStillShareTheCueAfterThem() {
        List<org.paperclaims.model.Claim> l = claims("It brings a 2.4x increase in decoding speed and a 5.1x improvement in memory "
                + "efficiency compared to the dense cache.");
        assertEquals(2, l.size(), l::toString);
        assertEquals("dense cache", ((SpeedupClaim) l.get(0)).baseline());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "Aggressive pruning lowers throughput by 20% on long prompts.",
        "Naive offloading reduces the inference speed by 30% compared with full GPU execution.",
        "With eight experts, serving throughput decreased by 40% in our tests.",
        "The extra verifier slows inference speed by 50% for short answers.",
        "Dense attention incurs 2x higher latency than our sparse kernels.",
        "Adding the refiner increases latency by 25% per image."})
    void slowdownsAreNoClaims(String sentence) {
        assertEquals(List.of(), speedups(sentence));
    }

    @Test
    void aSpeedupFollowedByALaterReductionClauseIsKept() {
        assertEquals(2.0, oneSpeedup("It improves inference speed by 2x while reducing memory use.").factor());
    }

    @Test
    void bareNumberBeforeSpeedupNounIsAFactorWhoseSignWasDropped() {
        SpeedupClaim c = oneSpeedup("The scheduler reaches up to 41.5 speedup in the denoising loop of the video model.");
        assertEquals(41.5, c.factor(), 1e-9);
        assertEquals(Bound.UP_TO, c.bound());
        SpeedupClaim e = oneSpeedup("Together the kernels give a 3.2 end-to-end acceleration on long clips.");
        assertEquals(3.2, e.factor(), 1e-9);
        assertEquals(Aspect.END_TO_END, e.aspect());
    }

    @Test
    void bareNumberBeforeSpeedupNounThatModifiesANounIsACount() {
        assertTrue(speedups("We combine 3 speedup techniques from prior work into one pipeline.").isEmpty());
        assertTrue(speedups("The model uses 4 speedups stages for training.").isEmpty());
    }

    @Test
    void doubledTimesSignFromAPageRenderingIsOneMultiplier() {
        SpeedupClaim c = oneSpeedup("Our renderer is over 6×\\times faster than the optimisation-based baseline.");
        assertEquals(6, c.factor(), 1e-9);
        assertEquals(Bound.AT_LEAST, c.bound());
    }

    @Test
    void boundBeforeACoordinatedListHoldsForTheLaterFigure() {
        String s = "On three laptops our runtime gives up to 2.6x in decoding speed and 3.1x in energy savings "
                + "over the reference engine.";
        List<Claim> all = SpeedTestSupport.claims(s);
        assertEquals(2, all.size());
        assertEquals(Bound.UP_TO, ((SpeedupClaim) all.get(0)).bound());
        assertEquals(Bound.UP_TO, ((ReductionClaim) all.get(1)).bound());
        assertEquals(3.1, ((ReductionClaim) all.get(1)).factor(), 1e-9);
    }

    @Test
    void boundIsNotSharedAcrossAClauseOfItsOwn() {
        List<Claim> withWhile = SpeedTestSupport.claims(
                "The kernel runs up to 2.6x faster while needing 3.1x less memory than the dense baseline.");
        assertEquals(Bound.UP_TO, ((SpeedupClaim) withWhile.get(0)).bound());
        assertEquals(Bound.EXACT, ((ReductionClaim) withWhile.get(1)).bound());
        List<ReductionClaim> ownVerb = SpeedTestSupport.reductions(
                "Pruning shrinks prompts by up to 70% and cuts serving cost by 40% on our traces.");
        assertEquals(2, ownVerb.size());
        assertEquals(Bound.UP_TO, ownVerb.get(0).bound());
        assertEquals(Bound.EXACT, ownVerb.get(1).bound());
    }
}

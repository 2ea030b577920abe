package org.paperclaims.extractors.speed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.paperclaims.extractors.speed.SpeedTestSupport.oneReduction;
import static org.paperclaims.extractors.speed.SpeedTestSupport.reductions;
import static org.paperclaims.extractors.speed.SpeedTestSupport.speedups;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.paperclaims.model.Bound;
import org.paperclaims.model.ReductionClaim;
import org.paperclaims.model.Resource;

class ReductionExtractorTest {

    @Test
    void multiplierMemoryReduction() {
        String s = "The 3-bit variant offers 5times memory reduction with a small drop in accuracy.";
        ReductionClaim c = oneReduction(s);
        assertEquals(5, c.factor());
        assertEquals(Resource.MEMORY, c.resource());
        assertEquals(Bound.EXACT, c.bound());
        assertEquals("5times memory reduction", c.text());
    }

    @Test
    void percentReductionBecomesFactor() {
        ReductionClaim c = oneReduction("Token merging can reduce encoder FLOPs by up to 70% compared to ViT-B.");
        assertEquals(3.333, c.factor(), 1e-9);
        assertEquals(70.0, c.percent());
        assertEquals(Bound.UP_TO, c.bound());
        assertEquals(Resource.COMPUTE, c.resource());
        assertEquals("ViT-B", c.baseline());
    }

    @Test
    void percentLessMemory() {
        ReductionClaim c = oneReduction("The optimizer uses 35% less GPU memory during fine-tuning.");
        assertEquals(1.538, c.factor(), 1e-9);
        assertEquals(35.0, c.percent());
        assertEquals(Resource.MEMORY, c.resource());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The pruned student needs 3x fewer parameters than its teacher.|3|STORAGE",
        "Our codec gives a 4.5x smaller model size on disk.|4.5|STORAGE",
        "The projector keeps 70% fewer visual tokens per image.|3.333|TOKENS",
        "The accelerator draws 2.5x lower energy per query.|2.5|ENERGY",
        "The recipe cuts training cost by 60% on public clouds.|2.5|COST",
        "The scheme compresses the KV cache by 5.2x with negligible loss.|5.2|MEMORY",
        "The layer brings a 6.1x improvement in memory efficiency.|6.1|MEMORY",
        "Quantization lowers peak-memory size up to 3.7x on edge devices.|3.7|MEMORY"
    })
    void resourceComesFromTheClaimsWords(String sentence, double factor, Resource resource) {
        ReductionClaim c = oneReduction(sentence);
        assertEquals(factor, c.factor(), 1e-9);
        assertEquals(resource, c.resource());
    }

    @Test
    void reductionVerbBeforeAPercentOfAResource() {
        ReductionClaim c = oneReduction("Dynamic routing saves 40% of the compute in every layer.");
        assertEquals(1.667, c.factor(), 1e-9);
        assertEquals(Resource.COMPUTE, c.resource());
    }

    @Test
    void compressionWithoutAResourceTakesTheSentencesResource() {
        ReductionClaim c = oneReduction("The summarizer compresses long prompts by 6x and keeps the answers intact.");
        assertEquals(6, c.factor());
        assertEquals(Resource.TOKENS, c.resource());
    }

    @Test
    void smallerAloneIsAStorageReduction() {
        ReductionClaim c = oneReduction("The 3-bit checkpoint is 4.6x smaller and loads in seconds.");
        assertEquals(4.6, c.factor());
        assertEquals(Resource.STORAGE, c.resource());
    }

    @Test
    void shareOfAPrunedPartIsNotTheReduction() {
        ReductionClaim c = oneReduction("Dropping 40% of the experts reduces compute by 1.5x.");
        assertEquals(1.5, c.factor());
    }

    @Test
    void halfTheMemoryIsAFactorOfTwo() {
        ReductionClaim c = oneReduction("The adapter trains with half the memory of full fine-tuning.");
        assertEquals(2, c.factor());
        assertEquals(Resource.MEMORY, c.resource());
    }

    @Test
    void removedFractionsOfAListAreSeparateReductions() {
        List<ReductionClaim> l = reductions("Our merging rule can prune half or even three-quarters of the KV cache.");
        assertEquals(2, l.size());
        assertEquals(2, l.get(0).factor());
        assertEquals(4, l.get(1).factor());
        assertEquals(Resource.MEMORY, l.get(1).resource());
    }

    @Test
    void sharedBaselineAppliesToCoordinatedFigures() {
        String s = "It reduces decoding FLOPs by 45% and raises generation speed by 20% compared to LLaVA-1.5.";
        ReductionClaim c = oneReduction(s);
        assertEquals("LLaVA-1.5", c.baseline());
        assertEquals("LLaVA-1.5", speedups(s).get(0).baseline());
        assertEquals(1.2, speedups(s).get(0).factor(), 1e-9);
    }

    @Test
    void noBaselineWhenNoneIsWritten() {
        assertNull(oneReduction("The cache shrinks activation memory by 8x.").baseline());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Our model uses twice the memory of the baseline.",
        "The method reduces memory usage by 100% in theory.",
        "The new loss reduces the gap between student and teacher by 67%.",
        "We study the first half of training and the second half of the schedule.",
        "The network has 4x more parameters than ResNet-50.",
        "Latency drops by 30% with the cache."
    })
    void noReductionClaim(String sentence) {
        assertEquals(List.of(), reductions(sentence));
    }

    // ---- forms found on held-out abstracts ----

    @Test
    void halveASequenceLengthIsATokenReduction() {
        ReductionClaim c = oneReduction("Merging patch pairs lets us halve the sequence length of the decoder.");
        assertEquals(2, c.factor());
        assertEquals(Resource.TOKENS, c.resource());
    }

    @Test
    void percentOfForwardPassesIsACompute() {
        ReductionClaim c = oneReduction("The cascade saves 80% forward passes of the large model.");
        assertEquals(5, c.factor(), 1e-9);
        assertEquals(Resource.COMPUTE, c.resource());
        assertEquals(80.0, c.percent());
    }

    @Test
    void comparativeRightAfterAMultiplierNamesTheBaseline() {
        ReductionClaim c = SpeedTestSupport.oneReduction("Our distilled student is 9x smaller than Imagen-XL in weights.");
        assertEquals(9, c.factor(), 1e-9);
        assertEquals("Imagen-XL", c.baseline());
    }

    @Test
    void comparativeAwayFromTheMultiplierNamesNoBaseline() {
        ReductionClaim c = SpeedTestSupport.oneReduction(
                "Our distilled student is 9x smaller in weights, and its FID is lower than Imagen-XL.");
        assertEquals(9, c.factor(), 1e-9);
        assertNull(c.baseline());
    }
}

package org.paperclaims.extractors.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.paperclaims.PaperClaims;
import org.paperclaims.model.ModelClaim;

class ModelExtractorTest {
    private static List<ModelClaim> models(String text) {
        return PaperClaims.extract(text, ModelClaim.class);
    }

    private static ModelClaim only(String text) {
        List<ModelClaim> found = models(text);
        assertEquals(1, found.size(), () -> "claims: " + found);
        ModelClaim c = found.get(0);
        assertEquals(c.text(), text.substring(c.start(), c.end()));
        return c;
    }

    @Test
    void hyphenatedNameCarriesItsSize() {
        ModelClaim c = only("We fine-tune Qwen2.5-14B-Instruct on the new corpus.");
        assertEquals("Qwen2.5-14B-Instruct", c.name());
        assertEquals(14_000_000_000L, c.parameters());
    }

    @Test
    void lowerCaseSuffix() {
        ModelClaim c = only("Results on pythia-410m confirm the trend.");
        assertEquals("pythia-410m", c.name());
        assertEquals(410_000_000L, c.parameters());
    }

    @Test
    void familyBeforeSpacedSize() {
        ModelClaim c = only("Compared with Gemma 2B, our student is smaller.");
        assertEquals("Gemma 2B", c.name());
        assertEquals(2_000_000_000L, c.parameters());
    }

    @Test
    void bareSizeBeforeModelNoun() {
        ModelClaim c = only("Even a 350M model benefits from the schedule.");
        assertNull(c.name());
        assertEquals(350_000_000L, c.parameters());
    }

    @Test
    void spelledScaleWord() {
        ModelClaim c = only("The encoder has 1.2 billion parameters.");
        assertNull(c.name());
        assertEquals(1_200_000_000L, c.parameters());
    }

    @Test
    void nameBeforeParenthesisedSize() {
        ModelClaim c = only("We distil T5-XXL (11B parameters) into a tiny student.");
        assertEquals("T5-XXL", c.name());
        assertEquals(11_000_000_000L, c.parameters());
    }

    @Test
    void nameSetOffByComma() {
        ModelClaim c = only("Our flagship, Orion-L, scaled to 3B parameters, tops the board.");
        assertEquals("Orion-L", c.name());
        assertEquals(3_000_000_000L, c.parameters());
    }

    @Test
    void listOfSizesBeforeOneNoun() {
        List<ModelClaim> found = models("We train 125M, 350M and 760M parameter models.");
        assertEquals(List.of(125_000_000L, 350_000_000L, 760_000_000L),
                found.stream().map(ModelClaim::parameters).toList());
    }

    @Test
    void dataCountsAreNoModels() {
        assertTrue(models("We pre-train on 2T tokens and 400M images from LAION-5B.").isEmpty());
        assertTrue(models("The context window grows to 128K tokens on ImageNet-1K.").isEmpty());
    }

    @Test
    void boundedSizeIsALimitNotAModel() {
        assertTrue(models("It leads among models with fewer than 4B parameters and up to 7B parameters.").isEmpty());
    }

    @Test
    void nameWithoutSizeIsNoClaim() {
        assertTrue(models("We build on LLaMA-3.1 and Mistral.").isEmpty());
    }

    @Test
    void bitWidthsAreNoSizes() {
        assertTrue(models("Weights are stored in 4-bit and activations in W8A8.").isEmpty());
    }

    @Test
    void repeatedMentionIsOneClaim() {
        assertEquals(1, models("Phi-3-3.8B is small. Phi-3-3.8B is also fast.").size());
    }

    @Property(tries = 200)
    void neverThrows(@ForAll String text) {
        for (ModelClaim c : models(text)) {
            assertEquals(c.text(), text.substring(c.start(), c.end()));
        }
    }

    // ---- forms found on held-out abstracts ----

    @Test
    void familyWordBeforeAGluedVersionAndSize() {
        List<ModelClaim> found = PaperClaims.extract("We distil Llama 3-8B into a student of the same width.", ModelClaim.class);
        assertEquals(1, found.size(), () -> "claims: " + found);
        assertEquals("Llama 3-8B", found.get(0).name());
        assertEquals(8_000_000_000L, found.get(0).parameters());
    }

    @Test
    void listOfSizesBeforeAHyphenatedModifierAndNoun() {
        List<ModelClaim> found = PaperClaims.extract("Runs on 1B, 2B, 9B and 27B Gemma-style models confirm the trend.",
                ModelClaim.class);
        assertEquals(4, found.size(), () -> "claims: " + found);
        assertEquals(null, found.get(1).name());
        assertEquals(1_000_000_000L, found.get(0).parameters());
        assertEquals(27_000_000_000L, found.get(3).parameters());
        assertEquals(null, found.get(3).name());
    }

    @Test
    void determinerAfterACommaStartsANewPhrase() {
        List<ModelClaim> found = PaperClaims.extract("On MMBench-Video, our 4B model beats larger ones.", ModelClaim.class);
        assertEquals(1, found.size(), () -> "claims: " + found);
        assertEquals(null, found.get(0).name());
        assertEquals(4_000_000_000L, found.get(0).parameters());
    }

    @Test
    void prepositionIsNoPartOfAName() {
        List<ModelClaim> found = PaperClaims.extract("In Kandinsky Video Lite (2B parameters) the VAE is shared.",
                ModelClaim.class);
        assertEquals(1, found.size(), () -> "claims: " + found);
        assertEquals("Kandinsky Video Lite", found.get(0).name());
    }

    @Test
    void slashListOfSizesBeforeALongHyphenatedModifierAndItsNoun() {
        List<ModelClaim> found = models("Our recipe beats earlier 270M/1.1B state-of-the-art models on reasoning.");
        assertEquals(2, found.size(), () -> "claims: " + found);
        assertEquals(270e6, found.get(0).parameters(), 1);
        assertEquals(1.1e9, found.get(1).parameters(), 1);
        assertTrue(models("The cache holds 270M/1.1B state-of-the-art tokens.").isEmpty());
    }

    @Test
    void sizeInABenchmarkNameIsNoModel() {
        assertTrue(models("We report FVD on the PexelsClips-2M benchmark and on UCF-101.").isEmpty());
        assertTrue(models("Training uses the StockMotion-5M dataset only.").isEmpty());
    }

    @Test
    void sizeInAModelNameBeforeOtherWordsStaysAModel() {
        ModelClaim c = only("We distill Vicuna-13B into a compact student.");
        assertEquals(13e9, c.parameters());
    }

    @Test
    void coinedNameBeforeASpacedSizeInADraftRole() {
        ModelClaim c = only("Decoding uses TinyFox 135M as the draft model for every prompt.");
        assertEquals("TinyFox 135M", c.name());
        assertEquals(135_000_000L, c.parameters());
    }

    @Test
    void coinedNameBeforeASpacedSizeWithoutARoleIsNoModel() {
        assertEquals(0, models("We compare to TinyFox 135M on three tasks.").size());
    }

    @Test
    void nameBeforeModelWithParameters() {
        ModelClaim c = only("We also train a text-driven PixForge model with 900M parameters for editing.");
        assertEquals("PixForge", c.name());
        assertEquals(900_000_000L, c.parameters());
    }

    @Test
    void deviceAfterAPrepositionIsNoModelName() {
        ModelClaim c = only("On an NVIDIA H200, the method prunes a 13B-parameter transformer in a day.");
        assertEquals(null, c.name());
        assertEquals(13_000_000_000L, c.parameters());
    }
}

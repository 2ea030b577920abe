package org.paperclaims.extractors.hardware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.paperclaims.PaperClaims;
import org.paperclaims.model.HardwareClaim;

class HardwareExtractorTest {
    private static List<HardwareClaim> hw(String text) {
        return PaperClaims.extract(text, HardwareClaim.class);
    }

    private static HardwareClaim only(String text) {
        List<HardwareClaim> found = hw(text);
        assertEquals(1, found.size(), () -> "claims: " + found);
        HardwareClaim c = found.get(0);
        assertEquals(c.text(), text.substring(c.start(), c.end()));
        return c;
    }

    @Test
    void countTimesDeviceWithVendorAndMemoryInParentheses() {
        HardwareClaim c = only("Training runs on a node with 4 x NVIDIA H100 GPUs (80G) in under a day.");
        assertEquals("H100", c.name());
        assertEquals(4, c.count());
        assertEquals(80.0, c.memoryGB());
        assertEquals("4 x NVIDIA H100 GPUs (80G)", c.text());
    }

    @Test
    void consumerCardNamedByNumberAfterVendor() {
        HardwareClaim c = only("Synthesis runs 30 times faster than real time on a single NVIDIA 3080Ti GPU.");
        assertEquals("3080Ti", c.name().replace(" ", ""));
        assertEquals(1, c.count());
    }

    @Test
    void vendorBeforeAYearOrFigureIsNoDevice() {
        assertTrue(hw("In its NVIDIA 2024 report the vendor lists 4090 units shipped.").isEmpty());
        assertTrue(hw("NVIDIA 3090 sales grew, and GeForce 4080 prices fell.").isEmpty());
    }

    @Test
    void timesSignGluedToDevice() {
        HardwareClaim c = only("All models were trained on 16×A800 accelerators.");
        assertEquals("A800", c.name());
        assertEquals(16, c.count());
    }

    @Test
    void memorySuffixAfterHyphen() {
        HardwareClaim c = only("The whole pipeline fits on one H100-80GB card.");
        assertEquals("H100", c.name());
        assertEquals(1, c.count());
        assertEquals(80.0, c.memoryGB());
    }

    @Test
    void memoryBeforeDevice() {
        HardwareClaim c = only("We serve the model from two 40GB A100 GPUs.");
        assertEquals("A100", c.name());
        assertEquals(2, c.count());
        assertEquals(40.0, c.memoryGB());
    }

    @Test
    void familyWithDesignation() {
        HardwareClaim c = only("It renders at interactive rates on a GeForce RTX 3090 Ti.");
        assertEquals("RTX 3090 Ti", c.name());
        assertNull(c.count());
    }

    @Test
    void mobileSocWithoutVendor() {
        HardwareClaim c = only("On the Qualcomm Snapdragon 8 Gen 3 platform the app answers instantly.");
        assertEquals("Snapdragon 8 Gen 3", c.name());
    }

    @Test
    void articleIsNoCount() {
        HardwareClaim c = only("Inference takes a blink on an L40S GPU.");
        assertEquals("L40S", c.name());
        assertNull(c.count());
    }

    @Test
    void genericGpuNeedsACount() {
        HardwareClaim c = only("Our sampler fits on a single consumer GPU, unlike GPU-hungry baselines.");
        assertEquals("GPU", c.name());
        assertEquals(1, c.count());
        assertTrue(hw("Everything is faster on the GPU than on the CPU.").isEmpty());
    }

    @Test
    void gpuHoursAreABudgetNotADevice() {
        assertTrue(hw("Pre-training costs about 512 GPU hours.").isEmpty());
    }

    @Test
    void multiGpuIsNoDevice() {
        assertTrue(hw("A multi-GPU setup parallelises the denoising steps.").isEmpty());
    }

    @Test
    void appleChipNeedsAppleContext() {
        assertTrue(hw("We name our model M1 and compare it with M2.").isEmpty());
        assertEquals("M2 Max", only("It runs locally on an Apple M2 Max laptop.").name());
    }

    @Test
    void oneClaimPerDeviceWithCountFromLaterMention() {
        List<HardwareClaim> found = hw("We benchmark on V100 GPUs. Training used 32 V100 GPUs for a week.");
        assertEquals(1, found.size());
        assertEquals("V100", found.get(0).name());
        assertEquals(32, found.get(0).count());
        assertEquals(found.get(0).start(), "We benchmark on ".length());
    }

    @Test
    void pluralDeviceName() {
        HardwareClaim c = only("The largest run used 64 H200s.");
        assertEquals("H200", c.name());
        assertEquals(64, c.count());
    }

    @Test
    void nothingInPlainText() {
        assertTrue(hw("").isEmpty());
        assertTrue(hw("We study diffusion models for text-to-image generation.").isEmpty());
    }

    @Property(tries = 200)
    void neverThrows(@ForAll String text) {
        for (HardwareClaim c : hw(text)) {
            assertEquals(c.text(), text.substring(c.start(), c.end()));
        }
    }

    // ---- forms found on held-out abstracts ----

    @Test
    void countGluedToTheDeviceByAnX() {
        List<HardwareClaim> found = PaperClaims.extract("Training took two days on 4xA100 nodes.", HardwareClaim.class);
        assertEquals(1, found.size(), () -> "claims: " + found);
        assertEquals("A100", found.get(0).name());
        assertEquals(4, found.get(0).count());
        assertEquals("4xA100", found.get(0).text());
    }

    @Test
    void resolutionIsNoGluedCount() {
        assertTrue(PaperClaims.extract("Frames are rendered at 512x512 with no upscaler.", HardwareClaim.class).isEmpty());
    }

    @Test
    void snapdragonPartNumberIsADevice() {
        List<HardwareClaim> found = PaperClaims.extract("Decoding runs at 20 tokens/s on a phone with the SM8650 chipset.",
                HardwareClaim.class);
        assertEquals(1, found.size(), () -> "claims: " + found);
        assertEquals("SM8650", found.get(0).name());
    }

    @Test
    void hyphenatedAdjectiveBetweenCountAndGenericProcessor() {
        HardwareClaim c = only("Sampling is fast even on a single mid-range GPU at home.");
        assertEquals("GPU", c.name());
        assertEquals(1, c.count());
        assertEquals("a single mid-range GPU", c.text());
    }

    @Test
    void possessiveGenericProcessorIsNoDevice() {
        assertEquals(0, hw("The scheduler splits a single GPU\u2019s compute between two phases.").size());
        assertEquals(0, hw("The scheduler splits a single GPU's compute between two phases.").size());
    }

    @Test
    void memoryPerDeviceWithEach() {
        HardwareClaim c = only("Inference fits on dual NVIDIA A6000 GPUs (48GB each) with room to spare.");
        assertEquals("A6000", c.name());
        assertEquals(2, c.count());
        assertEquals(48.0, c.memoryGB());
    }

    @Test
    void pluralDeviceWithAndWithoutCount() {
        HardwareClaim c = only("We pretrain on 16 H200s for a week.");
        assertEquals("H200", c.name());
        assertEquals(16, c.count());
        HardwareClaim d = only("Serving is benchmarked on H200s.");
        assertEquals("H200", d.name());
        assertNull(d.count());
    }
}

package org.paperclaims.extractors.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.paperclaims.PaperClaims;
import org.paperclaims.model.Bound;
import org.paperclaims.model.TimingClaim;
import org.paperclaims.model.TimingKind;

class TimingExtractorTest {
    private static List<TimingClaim> timings(String text) {
        return PaperClaims.extract(text, TimingClaim.class);
    }

    private static TimingClaim only(String text) {
        List<TimingClaim> found = timings(text);
        assertEquals(1, found.size(), () -> "claims: " + found);
        TimingClaim c = found.get(0);
        assertEquals(c.text(), text.substring(c.start(), c.end()));
        return c;
    }

    @Test
    void millisecondsGluedToFigureBecomeSeconds() {
        TimingClaim c = only("Each frame is denoised in 45ms on a single A100.");
        assertEquals(TimingKind.LATENCY, c.kind());
        assertEquals(0.045, c.seconds(), 1e-12);
        assertEquals(Bound.EXACT, c.bound());
        assertEquals("A100", c.hardware());
    }

    @Test
    void minutesWithinAreUpTo() {
        TimingClaim c = only("The system reconstructs a textured avatar within 3 minutes.");
        assertEquals(180.0, c.seconds());
        assertEquals(Bound.UP_TO, c.bound());
        assertEquals("textured avatar", c.workload());
    }

    @Test
    void workloadStartsAtItsFigure() {
        TimingClaim c = only("Our decoder can produce up to 10 minutes of speech in only 4 seconds.");
        assertEquals(4.0, c.seconds());
        assertEquals(Bound.EXACT, c.bound());
        assertEquals("10 minutes of speech", c.workload());
    }

    @Test
    void latexSimIsApproximate() {
        TimingClaim c = only("A scene is ready in sim12 seconds.");
        assertEquals(12.0, c.seconds());
        assertEquals(Bound.APPROX, c.bound());
    }

    @Test
    void tokensPerSecondThroughput() {
        TimingClaim c = only("The 4-bit build decodes 38.5 tokens per second on the Snapdragon 8 Gen 3.");
        assertEquals(TimingKind.THROUGHPUT, c.kind());
        assertEquals(38.5, c.value());
        assertEquals("tokens/s", c.unit());
        assertEquals("Snapdragon 8 Gen 3", c.hardware());
    }

    @Test
    void fpsIsFramesPerSecondWithBound() {
        TimingClaim c = only("The avatar streams at up to 60 FPS on an RTX 4080.");
        assertEquals(60.0, c.value());
        assertEquals("frames/s", c.unit());
        assertEquals(Bound.UP_TO, c.bound());
        assertEquals("RTX 4080", c.hardware());
    }

    @Test
    void iterationsPerSecondAreSteps() {
        TimingClaim c = only("Sampling proceeds at 7.5 it/s.");
        assertEquals("steps/s", c.unit());
        assertEquals(7.5, c.value());
    }

    @Test
    void durationsOfMediaAreNoLatency() {
        assertTrue(timings("We release 30-second clips and 2 hours of narrated audio.").isEmpty());
        assertTrue(timings("The benchmark contains videos lasting 20 seconds.").isEmpty());
    }

    @Test
    void frameRateOfAVideoIsNoThroughput() {
        assertTrue(timings("It outputs 1080x1920, 30fps videos.").isEmpty());
        assertTrue(timings("Clips are sampled as 16 FPS videos.").isEmpty());
    }

    @Test
    void trainingTimeIsNoLatency() {
        assertTrue(timings("The adapter is trained for 6 hours on eight GPUs.").isEmpty());
    }

    @Test
    void subSecondIsNoFigure() {
        assertTrue(timings("It offers sub-second response times.").isEmpty());
    }

    @Test
    void decadeIsNoTime() {
        assertTrue(timings("Since the 1990s, codecs have improved.").isEmpty());
    }

    @Test
    void perImageWorkload() {
        TimingClaim c = only("Editing costs 0.8 s per image.");
        assertEquals(0.8, c.seconds());
        assertEquals("image", c.workload());
        assertNull(c.hardware());
    }

    @Property(tries = 200)
    void neverThrows(@ForAll String text) {
        for (TimingClaim c : timings(text)) {
            assertEquals(c.text(), text.substring(c.start(), c.end()));
        }
    }

    // ---- forms found on held-out abstracts ----

    @Test
    void spelledFigureBeforeSpelledUnitIsALatency() {
        List<TimingClaim> found = PaperClaims.extract("The pipeline returns a textured avatar in under one second.",
                TimingClaim.class);
        assertEquals(1, found.size(), () -> "claims: " + found);
        assertEquals(1.0, found.get(0).seconds());
        assertEquals(Bound.UP_TO, found.get(0).bound());
    }

    @Test
    void spelledFigureNeedsASpelledTimeUnit() {
        assertTrue(PaperClaims.extract("We keep one s-shaped schedule and two steps of refinement.", TimingClaim.class)
                .isEmpty());
    }

    @Test
    void coordinatedDurationsOfMusicAreNoLatency() {
        assertTrue(PaperClaims.extract("The decoder needs fewer passes for sampling 15s or 45s music.", TimingClaim.class)
                .isEmpty());
    }

    @Test
    void secondRateAfterAResolutionAndAWordIsAThroughput() {
        List<TimingClaim> found = PaperClaims.extract(
                "The avatar model reaches 60 FPS at 256x256 and 32 FPS at 512x512 on one GPU.", TimingClaim.class);
        assertEquals(2, found.size(), () -> "claims: " + found);
        assertEquals(32.0, found.get(1).value());
    }

    @Test
    void frameRateRightAfterAResolutionStaysAVideoProperty() {
        assertTrue(PaperClaims.extract("Clips are sampled at 720x1280, 24fps before encoding.", TimingClaim.class)
                .isEmpty());
    }

    @Test
    void articleBeforeASingularUnitAfterABoundIsOne() {
        TimingClaim c = only("Our feed-forward model builds a textured asset within a second.");
        assertEquals(1, c.seconds(), 1e-12);
        assertEquals(Bound.UP_TO, c.bound());
        assertTrue(timings("Then a second stage refines the coarse mesh.").isEmpty());
    }

    @Test
    void latencyWordBetweenFineTuningAndTheTimeKeepsItALatency() {
        TimingClaim c = only("With light fine-tuning the cache further lowers latency to 120s per clip.");
        assertEquals(120, c.seconds(), 1e-9);
        assertTrue(timings("We train the student for 20 minutes on one node.").isEmpty());
    }

    @Test
    void workloadAfterTheTimeIsTheObjectOfToGenerate() {
        TimingClaim c = only("The generator needs only 15 ms to generate a 3D asset given a prompt.");
        assertEquals(0.015, c.seconds(), 1e-12);
        assertEquals("3D asset", c.workload());
    }

    @Test
    void workloadBeforeAProductionNounAfterFor() {
        TimingClaim c = only("Our avatar system needs 0.8s for one second video generation.");
        assertEquals("one second video", c.workload());
    }

    @Test
    void lengthOfAnAudioSignalIsNoLatency() {
        TimingClaim c = only("It renders audio signals of up to 60 sec in 5 sec on one GPU.");
        assertEquals(5, c.seconds(), 1e-12);
    }

    @Test
    void peakRateIsUpTo() {
        TimingClaim c = only("Decoding reaches an average of 11 tokens/s, with a peak of 30 tokens/s on a laptop.".replace(
                "an average of 11 tokens/s, with ", ""));
        assertEquals(30, c.value(), 1e-12);
        assertEquals(Bound.UP_TO, c.bound());
    }

    @Test
    void theOldValueOfAChangeIsNotATiming() {
        TimingClaim t = only("Caching cuts the rendering time of a scene from 95 seconds to 12 seconds.");
        assertEquals(12.0, t.seconds());
    }

    @Test
    void exampleSettingInParenthesesIsNoTiming() {
        TimingClaim c = only("The encoder peeks at a short future window (e.g., 80 ms) and emits each frame in 20 ms.");
        assertEquals(0.02, c.seconds(), 1e-12);
        assertEquals(0, timings("A causal encoder with a look-ahead window of 120 ms keeps quality high.").size());
    }

    @Test
    void frameRateOfTheDataIsNoThroughput() {
        assertEquals(0, timings("We train on 8-second clips (96 frames at 12 FPS) from the web.").size());
        assertEquals(0, timings("All videos are sampled at 8 fps before training.").size());
        TimingClaim c = only("The player renders at 40 FPS on a laptop.");
        assertEquals(40.0, c.value());
        assertEquals("frames/s", c.unit());
    }

    @Test
    void singularUnitBeforeANounIsAMediaLength() {
        TimingClaim c = only("Latency is 310 ms for 30 second stereo tracks.");
        assertEquals(0.31, c.seconds(), 1e-12);
    }

    @Test
    void latencyAsSubjectHasNoProducedWorkload() {
        List<TimingClaim> c = timings("It can generate speech within 40 ms per chunk, keeping the total latency "
                + "under 150 ms.");
        assertEquals(2, c.size(), () -> "claims: " + c);
        assertNull(c.get(1).workload());
    }

    @Test
    void pluralDeviceNameGivesTheTimingItsHardware() {
        TimingClaim c = only("The model decodes 220 tokens/s on H200s.");
        assertEquals("H200", c.hardware());
    }
}

package org.paperclaims.extractors.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.paperclaims.PaperClaims;
import org.paperclaims.model.ResultClaim;

class ResultExtractorTest {
    private static List<ResultClaim> results(String text) {
        List<ResultClaim> found = PaperClaims.extract(text, ResultClaim.class);
        for (ResultClaim c : found) {
            assertEquals(c.text(), text.substring(c.start(), c.end()));
        }
        return found;
    }

    private static ResultClaim only(String text) {
        List<ResultClaim> found = results(text);
        assertEquals(1, found.size(), () -> "claims: " + found);
        return found.get(0);
    }

    @Test
    void metricOfValueOnDataset() {
        ResultClaim c = only("Our tokenizer reaches an rFID of 0.41 on ImageNet.");
        assertEquals("rFID", c.metric());
        assertEquals(0.41, c.value());
        assertEquals("ImageNet", c.dataset());
        assertNull(c.delta());
        assertNull(c.unit());
    }

    @Test
    void valueBeforeMetricWithPercent() {
        ResultClaim c = only("The classifier attains 91.2% top-1 accuracy on CIFAR-10.");
        assertEquals("top-1 accuracy", c.metric());
        assertEquals(91.2, c.value());
        assertEquals("%", c.unit());
        assertEquals("CIFAR-10", c.dataset());
    }

    @Test
    void acronymInParenthesesNamesTheMetricOfFromTo() {
        ResultClaim c = only("Guidance lowers the word error rate (WER) from 6.1 to 4.3 on LibriSpeech.");
        assertEquals("WER", c.metric());
        assertEquals(4.3, c.value());
        assertEquals(6.1, c.from());
        assertNull(c.delta());
        assertEquals("LibriSpeech", c.dataset());
    }

    @Test
    void percentDropOfAccuracyIsNegative() {
        ResultClaim c = only("Pruning half of the heads costs only a 0.7% drop in accuracy.");
        assertEquals("accuracy", c.metric());
        assertEquals(-0.7, c.delta());
        assertEquals("%", c.unit());
        assertNull(c.value());
    }

    @Test
    void increaseOfALowerIsBetterMetricIsNegative() {
        ResultClaim c = only("Two-step sampling causes a 0.9 FID increase.");
        assertEquals(-0.9, c.delta());
    }

    @Test
    void improvementOfListGivesOneDeltaEach() {
        List<ResultClaim> found = results("It yields a CLIPScore improvement of 1.4 and 2.2, respectively.");
        assertEquals(2, found.size());
        assertEquals(1.4, found.get(0).delta());
        assertEquals(2.2, found.get(1).delta());
        assertEquals("CLIPScore", found.get(1).metric());
    }

    @Test
    void pairedListOfValues() {
        List<ResultClaim> found = results("The model scores a PSNR of 31.2 at 2x upscaling and 27.9 at 4x upscaling.");
        assertEquals(List.of(31.2, 27.9), found.stream().map(ResultClaim::value).toList());
        assertEquals("PSNR", found.get(1).metric());
    }

    @Test
    void marginOverBaselinesTakesTheSentenceMetric() {
        List<ResultClaim> found = results("It reaches 12.4 FVD and beats StyleGAN-V by 3.1.");
        assertEquals(2, found.size());
        assertEquals(12.4, found.get(0).value());
        assertEquals(3.1, found.get(1).delta());
        assertEquals("FVD", found.get(1).metric());
    }

    @Test
    void marginWithMetricAfterItIsADeltaNotAValue() {
        List<ResultClaim> found = results("The detector scores 48.0 AP, surpassing DETR by 2.4 AP.");
        assertEquals(2, found.size());
        assertEquals(48.0, found.get(0).value());
        assertNull(found.get(1).value());
        assertEquals(2.4, found.get(1).delta());
        assertEquals("AP", found.get(1).metric());
    }

    @Test
    void pointGainWithoutMetric() {
        ResultClaim c = only("Retrieval brings a 2.5 point gain on multi-hop questions.");
        assertEquals(2.5, c.delta());
        assertNull(c.metric());
    }

    @Test
    void qualityLossIsNegativeWithoutMetric() {
        ResultClaim c = only("The cache keeps a modest quality loss of 1.2%.");
        assertEquals(-1.2, c.delta());
        assertNull(c.metric());
        assertEquals("%", c.unit());
    }

    @Test
    void ratioLowerErrorIsAPositiveDelta() {
        ResultClaim c = only("Our imputer achieves 2.3x lower MAE than prior work.");
        assertEquals(2.3, c.delta());
        assertEquals("MAE", c.metric());
    }

    @Test
    void speedChangesAreNoResults() {
        assertTrue(results("It increases decoding speed by 35% and cuts latency by 20%.").isEmpty());
        assertTrue(results("It is 3.2x faster than the baseline.").isEmpty());
    }

    @Test
    void bareComparisonWithoutFigureIsNoResult() {
        assertTrue(results("Our method achieves a better FID than all baselines.").isEmpty());
    }

    @Test
    void isLowerCaseVerbIsNoMetric() {
        assertTrue(results("The batch size is 256 and the rank is 8.").isEmpty());
    }

    @Test
    void countsAndSizesAreNoResults() {
        assertTrue(results("We evaluate on 16 datasets with 128 tokens and 50% sparsity.").isEmpty());
    }

    @Property(tries = 200)
    void neverThrows(@ForAll String text) {
        results(text);
    }

    // ---- forms found on held-out abstracts ----

    @Test
    void metricWrittenBeforeItsFigureInParenthesesTakesTheDatasetBeforeThem() {
        List<ResultClaim> found = results("The student sets new records on CelebA (FID 2.31) and LSUN Bedroom (FID 3.02).");
        assertEquals(2, found.size(), () -> "claims: " + found);
        assertEquals("FID", found.get(0).metric());
        assertEquals(2.31, found.get(0).value());
        assertEquals("CelebA", found.get(0).dataset());
        assertEquals(3.02, found.get(1).value());
        assertEquals("FID 3.02", found.get(1).text());
    }

    @Test
    void metricThenValuePairsInAList() {
        List<ResultClaim> found = results("At 1024px the sampler keeps LPIPS 0.142 and SSIM 0.811 after caching.");
        assertEquals(2, found.size(), () -> "claims: " + found);
        assertEquals("LPIPS", found.get(0).metric());
        assertEquals(0.142, found.get(0).value());
        assertEquals("SSIM", found.get(1).metric());
        assertEquals(0.811, found.get(1).value());
    }

    @Test
    void metricBeforeASizeIsNoResult() {
        assertTrue(results("We compute FID 50K samples per class to compare the models.").isEmpty());
    }

    @Test
    void arrowFromToTakesTheMetricOfTheSentence() {
        List<ResultClaim> found = results("On ImageNet the FID improves as follows: 9.12 → 7.40 and 4.25 → 4.01.");
        assertEquals(2, found.size(), () -> "claims: " + found);
        assertEquals("FID", found.get(0).metric());
        assertEquals(7.40, found.get(0).value());
        assertEquals(9.12, found.get(0).from());
        assertEquals("9.12 → 7.40", found.get(0).text());
        assertEquals(4.01, found.get(1).value());
        assertEquals(4.25, found.get(1).from());
        assertEquals("ImageNet", found.get(1).dataset());
    }

    @Test
    void arrowOfASpeedIsNoResult() {
        assertTrue(results("Caching cuts the sampling latency 120 → 45 seconds per video.").isEmpty());
    }

    @Test
    void lossWithDatasetNameBeforeTheMetricIsANegativeDelta() {
        ResultClaim c = only("Our 3-bit model shows a loss of only 0.41 WikiText-2 perplexity.");
        assertEquals("perplexity", c.metric());
        assertEquals(-0.41, c.delta());
        assertNull(c.value());
        assertEquals("loss of only 0.41 WikiText-2 perplexity", c.text());
    }

    @Test
    void pointsInAMetricNameTheChange() {
        ResultClaim c = only("Training with the auxiliary loss yields an improvement of 12 points in Inception Score.");
        assertEquals("Inception Score", c.metric());
        assertEquals(12.0, c.delta());
    }

    @Test
    void genericScoreAfterAMetricKeepsTheMetric() {
        ResultClaim c = only("The 700M variant reaches an FID score of 2.87.");
        assertEquals("FID", c.metric());
        assertEquals(2.87, c.value());
    }

    @Test
    void marginInPointsOfANamedMetric() {
        ResultClaim c = only("The quantized model outperforms the baseline by 3.5 points in accuracy.");
        assertEquals("accuracy", c.metric());
        assertEquals(3.5, c.delta());
    }

    @Test
    void slashPairedPercentagesBeforeAMetricAreOneResultEach() {
        List<ResultClaim> found = results("The compact student attains a 1.9%/3.2% accuracy boost over earlier 1B/3B models.");
        assertEquals(2, found.size(), () -> "claims: " + found);
        assertEquals(1.9, found.get(0).delta());
        assertEquals(3.2, found.get(1).delta());
        assertEquals("accuracy", found.get(1).metric());
        assertEquals("%", found.get(1).unit());
    }

    @Test
    void plusSignedFigureOnANamedBenchmarkIsAGain() {
        ResultClaim c = only("At equal cost our pruning beats prior work on long videos (e.g., +3.8 on EgoSchema).");
        assertEquals(3.8, c.delta());
        assertNull(c.value());
        assertTrue(c.text().startsWith("+3.8"), c.text());
    }

    @Test
    void plusSignedFigureOfASpeedOrInsideArithmeticIsNoResult() {
        assertTrue(results("Adding the cache gives +30 in throughput on average.").isEmpty());
        assertTrue(results("The grid uses 3+4 cells in Layout A.").isEmpty());
    }

    @Test
    void marginTextStartsAtAWholeWordBeforeBy() {
        ResultClaim r = only("Our recognizer outperforms Whisper-L by 1.3 WER points on noisy speech.");
        assertEquals(1.3, Math.abs(r.delta()));
        assertTrue(r.text().startsWith("Whisper-L by 1.3"), r.text());
    }
    @Test
    void metricScoresOfAPairGiveOneResultEach() {
        List<ResultClaim> found = results("The decoder obtains FID scores of 0.12 and 0.35 on the two motion sets.");
        assertEquals(2, found.size(), () -> "claims: " + found);
        assertEquals("FID", found.get(0).metric());
        assertEquals(0.12, found.get(0).value());
        assertEquals(0.35, found.get(1).value());
    }

    @Test
    void lipSyncConfidenceIsAMetric() {
        ResultClaim c = only("The avatar model reaches a LipSync Confidence of 8.4 on HDTF.");
        assertEquals("LipSync Confidence", c.metric());
        assertEquals(8.4, c.value());
    }

    @Test
    void absoluteBeforeTheMetricBelongsToIt() {
        ResultClaim c = only("Reconstruction brings a 2.5% absolute accuracy improvement over magnitude pruning.");
        assertEquals(2.5, c.delta());
        assertEquals("%", c.unit());
        assertTrue(c.metric().endsWith("accuracy"));
    }

    @Test
    void scoresOfWithoutAMetricIsNoResult() {
        assertTrue(results("The jury gave scores of 3 and 4 to the two entries.").isEmpty());
    }

    @Test
    void retainedShareOfAccuracyIsAValueInPercent() {
        ResultClaim c = only("After pruning half of the heads, the compact model keeps 93.4% of the teacher's accuracy.");
        assertEquals("keeps 93.4% of the teacher's accuracy", c.text());
        assertEquals("accuracy", c.metric());
        assertEquals(93.4, c.value());
        assertEquals("%", c.unit());
        assertNull(c.delta());
    }

    @Test
    void retainedShareWithBoundAndNounAfterPercent() {
        ResultClaim c = only("The distilled student maintaining over 88% model performance runs on a laptop.");
        assertEquals("performance", c.metric());
        assertEquals(88.0, c.value());
    }

    @Test
    void retainedShareOfTokensIsNoResult() {
        assertTrue(results("Our sampler retains only 12% of the visual tokens at every layer.").isEmpty());
    }

    @Test
    void enumerationBeforeAGainWordGivesOneDeltaPerFigure() {
        List<ResultClaim> found = results("Our pruning recipe yields 1.84%, 2.05%, and 2.31% accuracy gains over the dense baselines.");
        assertEquals(3, found.size(), () -> "claims: " + found);
        double[] deltas = {1.84, 2.05, 2.31};
        for (int k = 0; k < 3; k++) {
            assertEquals(deltas[k], found.get(k).delta());
            assertEquals("%", found.get(k).unit());
            assertEquals("accuracy", found.get(k).metric());
            assertNull(found.get(k).value());
        }
        assertEquals("2.31% accuracy gains", found.get(2).text());
    }

    @Test
    void enumerationOfDropsOnOneBenchmarkSharesItAndIsNegative() {
        List<ResultClaim> found = results("The distilled students show only 0.41% and 0.66% drops on the MMLU benchmark.");
        assertEquals(2, found.size(), () -> "claims: " + found);
        assertEquals(-0.41, found.get(0).delta());
        assertEquals(-0.66, found.get(1).delta());
        for (ResultClaim c : found) {
            assertEquals("MMLU", c.dataset());
            assertEquals("%", c.unit());
            assertNull(c.metric());
        }
    }

    @Test
    void respectivelyPairsAnEnumerationWithDataSetsInOrder() {
        List<ResultClaim> found = results(
                "Our model attains 1.5%, 3.2%, and 0.8% higher scores on story completion, MMLU, and GSM8K, respectively.");
        assertEquals(3, found.size(), () -> "claims: " + found);
        assertNull(found.get(0).dataset());
        assertEquals("MMLU", found.get(1).dataset());
        assertEquals("GSM8K", found.get(2).dataset());
        assertEquals(3.2, found.get(1).delta());
        assertEquals("scores", found.get(2).metric());
    }

    @Test
    void respectivelyPairsAnEnumerationWithDataSetsNamedBeforeIt() {
        List<ResultClaim> found = results(
                "On MMLU and GSM8K the pruned model keeps up with only 0.5% and 1.1% accuracy drops, respectively.");
        assertEquals(2, found.size(), () -> "claims: " + found);
        assertEquals("MMLU", found.get(0).dataset());
        assertEquals("GSM8K", found.get(1).dataset());
        assertEquals(-0.5, found.get(0).delta());
        assertEquals(-1.1, found.get(1).delta());
    }

    @Test
    void commaWithoutClosingAndIsNoEnumeration() {
        ResultClaim c = only("We prune 30%, 2.1% accuracy loss is all it costs.");
        assertEquals(-2.1, c.delta());
        assertEquals("accuracy", c.metric());
    }

    @Test
    void percentagePointsHigherThanABaselineIsADeltaInPercent() {
        ResultClaim c = only("The agent lands 4.3 percentage points higher than the best prompting baseline.");
        assertEquals(4.3, c.delta());
        assertEquals("%", c.unit());
        assertNull(c.metric());
        assertNull(c.value());
        assertTrue(c.text().startsWith("4.3 percentage points higher than"));
    }

    @Test
    void percentagePointsLongerIsNoResult() {
        assertTrue(results("Its prompts are 5 percentage points longer than those of the baseline.").isEmpty());
    }

    @Test
    void decibelsGluedToTheFigureDoNotBlockAGain() {
        ResultClaim c = only("The restorer brings up to 0.87dB PSNR gain on real photographs.");
        assertEquals(0.87, c.delta());
        assertEquals("PSNR", c.metric());
        assertNull(c.unit());
    }

    @Test
    void decibelsWithoutAMetricAreNoResult() {
        assertTrue(results("The amplifier adds 3dB of noise to the line.").isEmpty());
    }

    @Test
    void slashListsOfGainsPairWithASlashListOfMetrics() {
        List<ResultClaim> found = results("It yields gains of 1.10 dB/0.021 and 0.64 dB/0.013 in PSNR/LPIPS over prior work.");
        assertEquals(4, found.size(), () -> "claims: " + found);
        assertEquals("PSNR", found.get(0).metric());
        assertEquals(1.10, found.get(0).delta());
        assertEquals("LPIPS", found.get(1).metric());
        assertEquals(0.021, found.get(1).delta());
        assertEquals("PSNR", found.get(2).metric());
        assertEquals(0.64, found.get(2).delta());
        assertEquals("LPIPS", found.get(3).metric());
        assertEquals(0.013, found.get(3).delta());
        assertEquals("gains of 1.10 dB", found.get(0).text());
    }

    @Test
    void slashListOfFiguresWithoutAChangeWordGivesValues() {
        List<ResultClaim> found = results("The codec reaches 31.4/0.92 in PSNR/SSIM at low bitrates.");
        assertEquals(2, found.size(), () -> "claims: " + found);
        assertEquals(31.4, found.get(0).value());
        assertEquals("PSNR", found.get(0).metric());
        assertEquals(0.92, found.get(1).value());
        assertEquals("SSIM", found.get(1).metric());
    }

    @Test
    void slashListOfFiguresInUnitsIsNoResult() {
        assertTrue(results("Training takes 1.2/3.4 in hours/days on the two clusters.").isEmpty());
    }

    @Test
    void bareMarginInSentenceThatOnlyKeepsQualityIsNoResult() {
        assertEquals(List.of(), results("On edge devices, our engine outperforms paging systems by up to 5.4 and"
                + " swapping techniques by 1.7 while maintaining accuracy."));
    }

    @Test
    void bareMarginWithoutKeptQualityIsStillAResult() {
        ResultClaim c = only("On the retrieval suite, our ranker outperforms the strongest baseline by 2.3.");
        assertEquals(2.3, c.delta());
        assertNull(c.value());
    }

    @Test
    void multiplierOnHigherIsBetterMetricIsNoResult() {
        assertEquals(List.of(), results("Our amortized model shows over 4 times higher accuracy than per-prompt"
                + " optimisation."));
    }

    @Test
    void multiplierOnErrorMeasureIsStillADelta() {
        ResultClaim c = only("The kernel reaches 3.2x lower mean squared error than the FP8 baseline.");
        assertEquals(3.2, c.delta());
        assertEquals("mean squared error", c.metric());
    }
}

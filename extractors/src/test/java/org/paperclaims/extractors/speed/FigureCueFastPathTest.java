package org.paperclaims.extractors.speed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperclaims.text.TextView;
import org.paperclaims.text.TokenList;

/**
 * The figure scan tries each token only against the forms its cue flags allow (and a magnitude only with
 * "order(s)" near); trying every token against every form (flags -1) must find the same figures.
 */
class FigureCueFastPathTest {
    private static final List<String> TEXTS = List.of(
            "Our sampler is an order of magnitude faster and one to two orders of magnitude cheaper.",
            "It needs a single order of magnitude fewer steps, several orders of magnitude less memory.",
            "Decoding is twice as fast, uses half the memory and a third of the FLOPs, a tenfold gain.",
            "We speed up attention by a factor of 3 and cut latency by 56.9% to 12.8 ms, 3-5x overall.",
            "Throughput doubles; the three-quarters pruned model gives 2.2 higher throughput and 83.3 speedup.",
            "Speedups of 1.76, 1.85, and 1.58 over the 2024 baseline at 256x256 with 8 GPUs.",
            "No figure at all in this sentence, only words like order, factor and many others.",
            "Ünïcode text with 𝟓𝟎× and 2.6×2.6×× renders; four times fewer tokens, 10 percent faster.");

    @Test
    void tryingFormsByCueFindsWhatTryingEveryFormFinds() {
        for (String text : TEXTS) {
            TokenList t = TextView.of(text).tokens();
            int[] all = new int[t.size()];
            Arrays.fill(all, -1);
            assertEquals(FigureReader.figures(t, all).toString(), FigureReader.figures(t).toString(), text);
        }
        assertFalse(FigureReader.figures(TextView.of(TEXTS.get(0)).tokens()).isEmpty());
    }
}

package org.paperclaims.extractors.speed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperclaims.text.TextView;

/**
 * The windows read around a figure list (the words after it, the verb phrase before it, the slowdown words,
 * baseline cues, aspects) look a token up in a phrase set only where its cue flags allow; looking every token
 * up (flags -1) must give the same findings, on sentences written for the purpose and on every gold abstract.
 */
class WindowCueFastPathTest {
    private static final List<String> TEXTS = List.of(
            "Our method achieves up to 3.8x faster generation speed and 4.7x lower memory than vLLM.",
            "It reduces the inference latency by 56.9% and cuts training FLOPs by 2.53 compared to the baseline.",
            "Decoding is 2x slower, but throughput drops by 20%; the KV cache is compressed by 5x.",
            "Compared to SGLang, the system improves throughput by 45%, and reduces peak memory by up to 2.29x.",
            "A speedup of 3x in the prefill stage, a 40% reduction of energy, and a compression ratio of 3.95.",
            "The acceleration can be more than 50x while keeping accuracy, taking only 10.8% of the training time.");

    @Test
    void windowsReadByCueFindWhatReadingEveryTokenFinds() {
        List<String> texts = new ArrayList<>(TEXTS);
        texts.addAll(org.paperclaims.extractors.GoldAbstracts.all());
        int found = 0;
        for (String text : texts) {
            TextView view = TextView.of(text);
            int[] all = new int[view.size()];
            Arrays.fill(all, -1);
            List<FigureReader.Finding> fast = FigureReader.read(view);
            assertEquals(FigureReader.read(view, all), fast, text);
            found += fast.size();
        }
        assertTrue(found > 100, "found " + found);
    }
}

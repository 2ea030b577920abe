package org.paperclaims.extractors.hardware;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperclaims.text.TextView;
import org.paperclaims.text.TokenList;

/**
 * The scan for devices skips tokens by their cue flags and shape alone; at every skipped token the full
 * reading ({@code fusedCount}, {@code deviceAt}) must find nothing either.
 */
class DeviceCueFastPathTest {
    private static final List<String> TEXTS = List.of(
            "We train on 8xH100 nodes and serve from a single RTX3090 card at 40 ms per image.",
            "Inference runs on an NVIDIA 2080Ti GPU, two A100s (80GB each) and the Apple M2 Max chip.",
            "Our kernels reach 2x the throughput of GTX1080 baselines on 4 x Nvidia 6000 Ada GPUs (48G).",
            "A multi-GPU setup of eight GPUs with 24 GB memory; 8 GPU hours suffice on TPU v4 pods.",
            "The Snapdragon 8 Gen 3 and MediaTek Dimensity 9300 phones decode in real time.",
            "Nothing here names a device: the model is fast, small, and released in 2024.",
            "Ünïcode wörds, rtx\u0663 and ＲＴＸ３０９０ must not break the scan; dual A5000 GPUs (24GB each).");

    @Test
    void tokensSkippedByCueAndShapeStartNoDevice() {
        int skipped = 0;
        for (String text : TEXTS) {
            TextView view = TextView.of(text);
            TokenList tokens = view.tokens();
            int[] flags = HardwareExtractor.cues(tokens);
            for (int i = 0; i < tokens.size(); i++) {
                if (HardwareExtractor.cannotStartDevice(tokens, flags, i)) {
                    skipped++;
                    assertNull(HardwareExtractor.fusedCount(view, i), text + " @" + i);
                    assertNull(HardwareExtractor.deviceAt(view, i, flags[i]), text + " @" + i);
                }
            }
        }
        assertTrue(skipped > 50, "most tokens are skipped: " + skipped);
    }
}

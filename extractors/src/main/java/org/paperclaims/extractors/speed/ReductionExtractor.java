package org.paperclaims.extractors.speed;

import java.util.List;
import java.util.Set;
import org.paperclaims.model.ReductionClaim;
import org.paperclaims.pipeline.Document;
import org.paperclaims.pipeline.Extractor;
import org.paperclaims.pipeline.Key;
import org.paperclaims.text.TextView;
import org.paperclaims.text.Token;

/**
 * Finds reductions of a resource other than time ({@code reduction} claims): "4times memory reduction",
 * "reduce inference FLOPs by up to 83.8%", "compress half or even three-quarters of KV heads".
 *
 * <p>Figures, bounds, ranges, lists and baselines follow the rules of {@link SpeedupExtractor} (both read
 * through the shared {@code FigureReader}; vocabulary in {@code speed.txt}). In addition:
 * <ul>
 * <li>A figure is a reduction when its words name a resource together with a reduction word ("memory
 *     reduction", "less memory", "fewer tokens", "compressing the KV cache by 4.98x", "reducing
 *     peak-memory size up to 2.29x") or an efficiency word ("8.2x enhancement in memory efficiency",
 *     "4x memory savings"), or after a reduction verb ("saves 40% of the compute"); "4x compression" or
 *     "compresses the prompt by 6x" without a resource takes the nearest resource of the sentence, else
 *     storage; "4.6x smaller" alone is storage. A reduction of time (latency, runtime) is a speed-up, not a reduction.</li>
 * <li>Resource: the first of these the claim's words name: {@code memory} (memory, KV cache, footprint,
 *     VRAM), {@code compute} (FLOPs, MACs, computation), {@code tokens}, {@code energy}, {@code cost},
 *     {@code storage} (model size, weights, parameters, bits, compression ratio).</li>
 * <li>Factor: old amount / new amount. A multiplier as written; a percentage p ("19.8% reduction in GPU
 *     memory usage", "reduces FLOPs by 83.8%") is 1 / (1 − p/100) rounded to 3 decimals with
 *     {@code percent} = p; p of 100 or more is skipped. A fraction taken away ("compress half of the KV
 *     heads", "reduce memory by three-quarters") gives 1 / (1 − f); a fraction kept ("half the memory",
 *     "a quarter of the FLOPs", "cut memory in half") gives 1 / f.</li>
 * <li>"twice the memory" and other growth words never make a reduction; neither does a reduction of a
 *     quality ("67% lower error").</li>
 * </ul>
 */
public final class ReductionExtractor implements Extractor {

    @Override
    public String id() {
        return "reduction";
    }

    @Override
    public Set<Key<?>> requires() {
        return Set.of(FigureExtractor.FIGURES);
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(Key.claims(ReductionClaim.class));
    }

    @Override
    public void extract(Document document) {
        TextView view = document.text();
        List<Token> tokens = view.tokens();
        for (FigureReader.Finding f : document.get(FigureExtractor.FIGURES)) {
            if (f.kind() != FigureReader.Kind.REDUCTION) {
                continue;
            }
            int start = tokens.get(f.first()).start();
            int end = tokens.get(f.last()).end();
            document.add(new ReductionClaim(view.original().substring(start, end), start, end, f.factor(),
                    f.factorMax(), f.bound(), f.percent(), f.resource(), f.baseline()));
        }
    }
}

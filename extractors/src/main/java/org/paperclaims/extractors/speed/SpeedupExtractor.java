package org.paperclaims.extractors.speed;

import java.util.List;
import java.util.Set;
import org.paperclaims.model.SpeedupClaim;
import org.paperclaims.pipeline.Document;
import org.paperclaims.pipeline.Extractor;
import org.paperclaims.pipeline.Key;
import org.paperclaims.text.TextView;
import org.paperclaims.text.Token;

/**
 * Finds speed-ups ({@code speedup} claims): something takes less time, or more work is done per unit of
 * time ("35times faster than existing baselines", "reduces decoding latency by 56.9%").
 *
 * <p>Normalisation rules (vocabulary in {@code speed.txt}; figures read by the shared {@code FigureReader},
 * which {@link ReductionExtractor} uses too):
 * <ul>
 * <li>Figures: {@code 35x}, {@code 35×}, {@code 35 ×}, {@code $35\times$}, {@code \(7\times\)},
 *     {@code 35times}, {@code 35 times}, {@code 35-fold}, {@code tenfold}, spelled numbers ("three times"),
 *     "twice"/"double" (2), "two orders of magnitude" (100), "an order of magnitude" (10), "one to two
 *     orders of magnitude" (10 to 100), "orders of magnitude" without a count (100, {@code at_least}).
 *     A number is a figure only with such a word or a percent sign. A bare number above 1 (not a year) is a
 *     multiplier whose times sign the page dropped only where it can be nothing else: before a speed-up noun
 *     ("83.3 speedup"), a comparative and a speed, time or resource noun ("2.2 higher throughput", "20 lower
 *     TTFT", "8 faster"), or a resource and a reduction noun ("1.67 theoretical FLOP reduction"); after a
 *     speed-up or compression noun and "of" ("speedups of 1.76, 1.85, and 1.58", "compression ratio of
 *     3.95"); after a speed verb and "by" ("speeds up attention time by 6"), or a reduction verb of time,
 *     memory or compute and "by" with a decimal ("cuts training FLOPs by 2.53"); and never with a word after
 *     it that could be its unit ("by 12 GB", "by 64 per image"). A figure the page shows rendered and
 *     then as LaTeX source ("2.6×2.6\\times", "𝟓𝟎×\\mathbf{50\\times}": math digits read as ASCII) is one
 *     multiplier; "3×3×3" stays a size.</li>
 * <li>What the figure says comes from the words right after it, up to a clause word ("than", "while",
 *     "and", punctuation) and at most eight tokens ("faster", "speedup", "throughput improvement",
 *     "increase in generation speed"), else from the verb phrase before it ("speeds up generation by
 *     over 25 times", "accelerates generation speed by 8x", "by a factor of 6", "a speedup (ratio) of 3x",
 *     "improves the speedup to 3.6x", "reducing latency up to 2x", "shortens their fine-tuning time up to
 *     1000x", "the acceleration can be more than 50x" with nothing comparative after the figure; "reduce the
 *     FLOPs by 91% and inference latency by 75%" gives the second noun the first one's verb). A speed word makes a speed
 *     gain; a time word (latency, time, runtime) with a reduction word ("lower", "reduction in",
 *     "reduces ... by") makes a time reduction, which is a speed-up too. A generic gain ("2.1x
 *     improvement") counts only after a speed word earlier in the sentence. A quality word nearer to the
 *     figure (accuracy, error, FID) makes it no claim; so do "slower" and "lower throughput".</li>
 * <li>Factor: a multiplier as written; a percentage gain p ("33% speed up", "speed by 22.4%", "16% higher
 *     throughput") is 1 + p/100 and a percentage time reduction p ("56.9% reduction in decoding latency")
 *     is 1 / (1 − p/100) rounded to 3 decimals, with {@code percent} = p as written; a reduction of 100%
 *     or more is skipped; "95% of the speed-up" is a share, not a gain. "half the time" is 2. A factor
 *     must be above 1.</li>
 * <li>Ranges ({@code 10-20x}, {@code 3 to 4 times}, {@code 2×–3×}) give {@code factorMax}.</li>
 * <li>Bound: the phrase just before the figure (the shared {@code bounds.txt}: "up to" → up_to, "over",
 *     "more than", "at least", "beyond" → at_least, "about", "nearly", "~", "\sim" → approx), also
 *     across an article ("more than a 3x speedup") or after the figure ("3x or more"). A bound before the
 *     first figure of a list applies to every figure of the list without one of its own.</li>
 * <li>Lists: coordinated figures ("2.86x and 6.07x", "1.3x and 3x") share their words. With as many
 *     baselines or aspects as figures they pair in order ("... than ScaleCrafter and DemoFusion",
 *     "... in the pre-filling and generation stages"); otherwise the baseline and aspect are shared. A
 *     figure with no words of its own right after a claim ("7x improvement in training speed ... and 9x
 *     in generation") continues that claim.</li>
 * <li>Aspect (generation, inference, decoding, prefill, training, sampling, convergence, encoding,
 *     end-to-end): an aspect word among the claim's own words ("faster inference", "training speed-up",
 *     "prefill-phase latency"); "throughput" alone is inference; else an aspect word paired with a speed
 *     word in the sentence ("token generation latency", "decoding time", "accelerating decoding"), nearest
 *     first; else the nearest aspect word ("generates data up to 166x faster"), each looked for first in
 *     the claim's clause (between commas, "while", "and") and then in the whole sentence; else the
 *     previous sentence when it names exactly one aspect; else the one aspect the abstract pairs with a
 *     speed word ("the generation speed"); else null. Aspect words naming a quality or a task ("generation
 *     quality", "training-free", "on code generation", "without training") and words inside the baseline
 *     do not count.</li>
 * <li>Baseline: the noun phrase after the first comparison cue ("than", "over", "compared to/with",
 *     "relative to", "against", "vs.", "versus", "as fast as") after the figure in the same sentence,
 *     else the nearest one before it and before any earlier claim of the sentence (a cue after an earlier
 *     claim belongs to that claim); leading articles and possessives stripped; the phrase stops at punctuation, "while",
 *     "on", "in", "with", "when", "for" and similar words, and at "and" unless a name follows ("VAR and
 *     FlexVAR"). "the strongest baseline DD1" gives "DD1"; "the SDM generation speed" gives "SDM"; a
 *     named "AR baseline" in the sentence is the fallback; "outperforms X with (or by) ..." right before the
 *     claim gives X. A claim coordinated right after another ("..., 2x lower TTFT, and 1.7x lower TBT")
 *     without a baseline of its own takes the earlier claim's. Else null.</li>
 * <li>Not claims: figures of a setup ("4-bit", "16K tokens", "256x256", "8 x GPUs", "3x3"), slowdowns,
 *     words without a figure ("significantly faster"), an {@code x} that is a variable. A figure stated
 *     twice for the same thing (same factor and aspect, in another sentence or within one list) is one
 *     claim; equal figures of different lists of one sentence ("2x higher throughput, 2x lower TTFT") are two.</li>
 * </ul>
 */
public final class SpeedupExtractor implements Extractor {

    @Override
    public String id() {
        return "speedup";
    }

    @Override
    public Set<Key<?>> requires() {
        return Set.of(FigureExtractor.FIGURES);
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(Key.claims(SpeedupClaim.class));
    }

    @Override
    public void extract(Document document) {
        TextView view = document.text();
        List<Token> tokens = view.tokens();
        for (FigureReader.Finding f : document.get(FigureExtractor.FIGURES)) {
            if (f.kind() != FigureReader.Kind.SPEEDUP) {
                continue;
            }
            int start = tokens.get(f.first()).start();
            int end = tokens.get(f.last()).end();
            document.add(new SpeedupClaim(view.original().substring(start, end), start, end, f.factor(),
                    f.factorMax(), f.bound(), f.percent(), f.aspect(), f.baseline()));
        }
    }
}

package org.paperclaims.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.paperclaims.PaperClaims;
import org.paperclaims.model.Claim;

/**
 * Time per character of the standard chain from 1 KB to 10 MB, on real abstract text and on hostile
 * patterns; linear time means the score divided by {@code size} stays flat (within 2x) across sizes.
 *
 * <p>Each operation extracts one text of {@code size} characters. Real text is the bench corpus's abstracts
 * joined and repeated, cut into consecutive pieces of {@code size} that the operations take in turn, so
 * every size reads the same mix of text: a 1 KB size is not just the opening of one abstract.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
// The fork's JVM options are fixed here rather than inherited from the launcher (JMH passes the parent's
// options on by default): this measures the chain's steady state with the JVM's default JIT, as an
// application embedding the library runs it; the launcher's options are tuned for short batch runs.
@Fork(value = 1, jvmArgs = {"-XX:+UseParallelGC", "-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class ScalingBenchmark {

    @Param({"1000", "100000", "1000000", "10000000"})
    public int size;

    @Param({"abstracts", "1x1x", "than-than", "up-to", "percent", "latex-times", "braces", "url", "surrogates"})
    public String pattern;

    private String[] pieces;
    private int next;

    @Setup
    public void build() {
        StringBuilder sb = new StringBuilder(size + 64);
        String unit = switch (pattern) {
            case "abstracts" -> {
                StringBuilder all = new StringBuilder();
                BenchCorpus.papers().forEach(p -> all.append(p.abstractText()).append(' '));
                yield all.toString();
            }
            case "1x1x" -> "1x";
            case "than-than" -> " than";
            case "up-to" -> "up to ";
            case "percent" -> "%";
            case "latex-times" -> "\\(7\\times\\) ";
            case "braces" -> "{";
            case "url" -> "a";
            case "surrogates" -> "a\ud800";
            default -> throw new IllegalArgumentException("pattern " + pattern);
        };
        if (pattern.equals("url")) {
            sb.append("Code: https://github.com/");
        }
        // Real text: at least the whole corpus, cut into pieces; a pattern: one text of the size.
        int total = pattern.equals("abstracts") ? Math.max(size, unit.length()) : size;
        while (sb.length() < total) {
            sb.append(unit, 0, Math.min(unit.length(), total - sb.length()));
        }
        int count = Math.max(1, sb.length() / size);
        pieces = new String[count];
        for (int i = 0; i < count; i++) {
            pieces[i] = sb.substring(i * size, i * size + size);
        }
        next = 0;
    }

    @Benchmark
    public java.util.List<Claim> extract() {
        String text = pieces[next];
        next = next + 1 == pieces.length ? 0 : next + 1;
        return PaperClaims.extract(text);
    }
}

package org.paperclaims.bench;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.paperclaims.PaperClaims;
import org.paperclaims.json.PaperJson;
import org.paperclaims.model.Paper;
import org.paperclaims.pipeline.ClaimChain;

/**
 * Throughput of the standard chain, one abstract per operation (so ops/s is abstracts/s), on one thread
 * and on all cores, beside the floor: reading and writing the same records as JSON Lines with no
 * extraction. MB/s is abstracts/s times the corpus's mean abstract size, printed at setup.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// The chain's methods are large and C2 takes about 20 s to compile them all: shorter warm-ups measure the JIT.
@Warmup(iterations = 20, time = 2)
@Measurement(iterations = 5, time = 2)
// The fork's JVM options are fixed here rather than inherited from the launcher (JMH passes the parent's
// options on by default): this measures the chain's steady state with the JVM's default JIT, as an
// application embedding the library runs it unless told otherwise; extractOneThreadC2Only adds the one JIT
// option the README recommends for long runs. The launcher's lower inlining limits are for short batch runs.
@Fork(value = 1, jvmArgs = {"-XX:+UseParallelGC", "-Xms2g", "-Xmx2g"})
public class ExtractionBenchmark {

    /** The corpus, shared by all threads. */
    @State(Scope.Benchmark)
    public static class Corpus {
        Paper[] papers;
        String[] lines;
        ClaimChain chain;

        @Setup
        public void load() {
            List<Paper> list = BenchCorpus.papers();
            papers = list.toArray(new Paper[0]);
            lines = new String[papers.length];
            long chars = 0;
            for (int i = 0; i < papers.length; i++) {
                lines[i] = PaperJson.toJson(papers[i]);
                chars += papers[i].abstractText().length();
            }
            chain = PaperClaims.standard();
            System.out.printf("%ncorpus: %d abstracts, mean %.0f characters%n", papers.length,
                    (double) chars / papers.length);
        }
    }

    /** Each thread walks the corpus from its own position. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        int advance(int size) {
            int i = next;
            next = i + 1 == size ? 0 : i + 1;
            return i;
        }
    }

    @Benchmark
    @Threads(1)
    public Paper extractOneThread(Corpus c, Cursor k) {
        return c.chain.process(c.papers[k.advance(c.papers.length)]);
    }

    /**
     * {@link #extractOneThread} on a JVM that compiles with C2 only ({@code -XX:-TieredCompilation}), the option
     * the README recommends for long runs: the chain's steady state is about 10% faster than with the default
     * tiered compilation, about half of it because tiered compilation gives C2 a larger inlining budget
     * ({@code InlineSmallCode} 2,500 instead of 1,000; see the README's "JVM options").
     */
    @Benchmark
    @Threads(1)
    @Fork(value = 1, jvmArgs = {"-XX:+UseParallelGC", "-Xms2g", "-Xmx2g", "-XX:-TieredCompilation"})
    public Paper extractOneThreadC2Only(Corpus c, Cursor k) {
        return c.chain.process(c.papers[k.advance(c.papers.length)]);
    }

    @Benchmark
    @Threads(Threads.MAX)
    public Paper extractAllCores(Corpus c, Cursor k) {
        return c.chain.process(c.papers[k.advance(c.papers.length)]);
    }

    @Benchmark
    @Threads(1)
    public String jsonLinesFloorOneThread(Corpus c, Cursor k) throws IOException {
        return PaperJson.toJson(PaperJson.readPaper(c.lines[k.advance(c.lines.length)]));
    }

    @Benchmark
    @Threads(1)
    public String extractAndWriteOneThread(Corpus c, Cursor k) throws IOException {
        Paper p = PaperJson.readPaper(c.lines[k.advance(c.lines.length)]);
        return PaperJson.toJson(c.chain.process(p));
    }
}

package org.paperclaims.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** {@code paperclaims bench [JMH options]}: runs the JMH benchmarks bundled in the CLI jar. */
@Command(name = "bench", description = "Run the JMH benchmarks (ExtractionBenchmark, ScalingBenchmark) from the "
        + "repository root; arguments go to JMH, e.g. 'bench ExtractionBenchmark -f 1', 'bench -h'.")
final class BenchCommand implements Callable<Integer> {

    /** Everything after {@code bench} goes to JMH as it is, options included. */
    @Unmatched
    private List<String> args = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        org.openjdk.jmh.Main.main(args.toArray(new String[0]));
        return 0;
    }
}

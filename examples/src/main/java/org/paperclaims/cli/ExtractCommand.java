package org.paperclaims.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.paperclaims.json.PaperJson;
import org.paperclaims.model.ClaimType;
import org.paperclaims.model.Paper;
import org.paperclaims.model.Problem;
import org.paperclaims.pipeline.ClaimChain;
import org.paperclaims.source.RecordReader;
import org.paperclaims.source.SourceOptions;
import org.paperclaims.source.SourceRecord;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code paperclaims extract}: reads paper records, extracts claims, writes JSON Lines, JSON or CSV. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract claims from listings, JSON Lines or plain text. Records go to stdout (or -o); "
                + "problems and a summary line go to stderr. Exit 0 when every record was read cleanly, 1 when some "
                + "had errors, 2 on a usage error.")
final class ExtractCommand implements Callable<Integer> {

    /** Output formats. */
    enum OutputFormat { jsonl, json, csv }

    @CommandLine.Mixin
    private InputOptions input;

    @Option(names = "--to", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private OutputFormat to;

    @Option(names = "--only", paramLabel = "TYPE", split = ",",
            description = "Claim types to output, e.g. speedup,code (default: all).")
    private List<String> only;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write records here instead of stdout.")
    private Path output;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "Extract with N threads; records are still written in input order (default: ${DEFAULT-VALUE}; "
                    + "0 = one per core).")
    private int threads;

    @Option(names = "--progress", negatable = true,
            description = "Show progress on stderr (records, records/s, errors): in place on an interactive console, "
                    + "plain periodic lines otherwise. Default: on for an interactive console only.")
    private Boolean progress;

    @Option(names = "--fail-fast", description = "Stop at the first record with an error (exit 1).")
    private boolean failFast;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        long t0 = System.nanoTime();
        PrintWriter err = spec.commandLine().getErr();
        ClaimChain chain;
        SourceOptions options = input.sourceOptions(spec);
        try {
            ClaimChain.Builder b = ClaimChain.newBuilder();
            if (only != null && !only.isEmpty()) {
                Set<ClaimType> types = EnumSet.noneOf(ClaimType.class);
                for (String t : only) {
                    types.add(ClaimType.fromWireName(t));
                }
                b.only(types);
            }
            chain = b.build();
            if (threads < 0) {
                throw new IllegalArgumentException("--threads must be >= 0, got " + threads);
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        int workers = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        List<String> files = input.files();
        boolean interactive = System.console() != null;
        Progress meter = new Progress(err, progress == null ? interactive : progress, interactive);
        Emitter emitter = null;
        try (Writer out = open()) {
            emitter = new Emitter(out, err, meter);
            if (to == OutputFormat.csv) {
                ClaimsCsv.header(out);
            } else if (to == OutputFormat.json) {
                out.write("[");
            }
            try (OrderedProcessor processor = new OrderedProcessor(workers)) {
                for (String file : files) {
                    if (emitter.stopped) {
                        break;
                    }
                    try (RecordReader reader = InputOptions.open(file, options)) {
                        SourceRecord rec;
                        while (!emitter.stopped && (rec = reader.next()) != null) {
                            SourceRecord r = rec;
                            long chars = r.paper() == null || r.paper().abstractText() == null ? 1
                                    : r.paper().abstractText().length();
                            processor.submit(() -> process(r, file, chain), chars, emitter::emit);
                        }
                    } catch (NoSuchFileException e) {
                        processor.drain(emitter::emit);
                        emitter.fileError(file + ": no such file");
                    } catch (IOException e) {
                        processor.drain(emitter::emit);
                        emitter.fileError(file + ": cannot read: " + e.getMessage());
                    }
                }
                processor.drain(emitter::emit);
            }
            if (to == OutputFormat.json) {
                out.write(emitter.papers > 0 ? "\n]\n" : "]\n");
            }
        } catch (OutputException | IOException e) {
            // Only writing can fail here: read failures are reported per file above.
            Throwable cause = e instanceof OutputException ? e.getCause() : e;
            meter.done();
            err.println("paperclaims: cannot write " + (output == null ? "standard output" : output) + ": "
                    + cause.getMessage());
            err.flush();
            return 1;
        }
        meter.done();
        double seconds = (System.nanoTime() - t0) / 1e9;
        err.println(String.format(Locale.ROOT, "papers: %d, claims: %d, errors: %d, seconds: %.2f", emitter.papers,
                emitter.claims, emitter.errors, seconds));
        err.flush();
        return emitter.errors == 0 ? 0 : 1;
    }

    /** What one record becomes: its output text, its problem lines, and its counts. */
    record Processed(String output, List<String> problems, boolean paper, int claims) {
    }

    /** Runs on a worker thread: extraction and serialisation of one record. */
    private Processed process(SourceRecord rec, String file, ClaimChain chain) {
        List<String> problems = new ArrayList<>();
        for (Problem p : rec.problems()) {
            problems.add(p.toString());
        }
        if (rec.paper() == null) {
            return new Processed("", problems, false, 0);
        }
        Paper paper = rec.paper();
        if (paper.abstractText() != null) {
            ClaimChain.Extraction x = chain.run(paper.title(), paper.abstractText());
            for (Problem p : x.problems()) {
                // Where it happened: the input file and line, the abstract; the message names the extractor.
                problems.add(new Problem(file, rec.line(), "abstract", p.source() + ": " + p.message()).toString());
            }
            paper = paper.withClaims(x.claims());
        }
        String text;
        try {
            text = switch (to) {
                case jsonl, json -> PaperJson.toJson(paper);
                case csv -> {
                    java.io.StringWriter w = new java.io.StringWriter();
                    ClaimsCsv.rows(paper, w);
                    yield w.toString();
                }
            };
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new Processed(text, problems, true, paper.claims().size());
    }

    /** Writes processed records in order, counts them, and decides when --fail-fast stops the run. */
    private final class Emitter {
        private final Writer out;
        private final PrintWriter err;
        private final Progress meter;
        long papers;
        long claims;
        long errors;
        long records;
        volatile boolean stopped;

        Emitter(Writer out, PrintWriter err, Progress meter) {
            this.out = out;
            this.err = err;
            this.meter = meter;
        }

        void emit(Processed p) {
            try {
                write(p);
            } catch (IOException e) {
                throw new OutputException(e);
            }
        }

        private void write(Processed p) throws IOException {
            records++;
            if (!p.problems().isEmpty()) {
                meter.clearLine();
                p.problems().forEach(err::println);
                errors++;
                if (failFast) {
                    stopped = true;
                }
            }
            if (p.paper()) {
                papers++;
                claims += p.claims();
                switch (to) {
                    case jsonl -> {
                        out.write(p.output());
                        out.write('\n');
                    }
                    case json -> {
                        out.write(papers > 1 ? ",\n" : "\n");
                        out.write(p.output());
                    }
                    case csv -> out.write(p.output());
                }
            }
            meter.tick(records, errors);
        }

        void fileError(String message) {
            meter.clearLine();
            err.println(message);
            errors++;
            if (failFast) {
                stopped = true;
            }
        }
    }

    /** A failure to write the output, carried past the readers' own I/O handling. */
    private static final class OutputException extends RuntimeException {
        OutputException(IOException cause) {
            super(cause);
        }
    }

    private Writer open() throws IOException {
        // The file descriptor, not System.out: a PrintStream swallows write errors (a full disk, a closed pipe).
        OutputStream os = output == null ? new NonClosingStream(new java.io.FileOutputStream(java.io.FileDescriptor.out))
                : Files.newOutputStream(output);
        return new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
    }

    /** Standard output must survive the command, so closing the writer only flushes it. */
    private static final class NonClosingStream extends java.io.FilterOutputStream {
        NonClosingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}

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
import java.time.LocalDate;
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
import org.paperclaims.source.SourceFormat;
import org.paperclaims.source.SourceOptions;
import org.paperclaims.source.SourceRecord;
import org.paperclaims.source.Sources;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code paperclaims extract}: reads paper records, extracts claims, writes JSON Lines, JSON or CSV. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract claims from listings, JSON Lines or plain text. Records go to stdout (or -o); "
                + "problems and a summary line go to stderr. Exit 0 when every record was read cleanly, 1 when some "
                + "had errors, 2 on a usage error.")
final class ExtractCommand implements Callable<Integer> {

    /** Output formats. */
    enum OutputFormat { jsonl, json, csv }

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Input files; '-' or none reads standard input.")
    private List<String> inputs = new ArrayList<>();

    @Option(names = "--from", paramLabel = "FORMAT", defaultValue = "auto",
            description = "Input format: auto, listing, jsonl, text, arxiv (arXiv API Atom feed), "
                    + "hf (Hugging Face daily-papers JSON) (default: ${DEFAULT-VALUE}).")
    private String from;

    @Option(names = "--to", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private OutputFormat to;

    @Option(names = "--reference-date", paramLabel = "YYYY-MM-DD",
            description = "The date a listing's own date without a year resolves against (default: today).")
    private LocalDate referenceDate;

    @Option(names = "--only", paramLabel = "TYPE", split = ",",
            description = "Claim types to output, e.g. speedup,code (default: all).")
    private List<String> only;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write records here instead of stdout.")
    private Path output;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        long t0 = System.nanoTime();
        PrintWriter err = spec.commandLine().getErr();
        SourceFormat format;
        ClaimChain chain;
        try {
            format = SourceFormat.parse(from);
            ClaimChain.Builder b = ClaimChain.newBuilder();
            if (only != null && !only.isEmpty()) {
                Set<ClaimType> types = EnumSet.noneOf(ClaimType.class);
                for (String t : only) {
                    types.add(ClaimType.fromWireName(t));
                }
                b.only(types);
            }
            chain = b.build();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        SourceOptions.Builder ob = SourceOptions.newBuilder().format(format);
        if (referenceDate != null) {
            ob.referenceDate(referenceDate);
        }
        SourceOptions options = ob.build();
        List<String> files = inputs.isEmpty() ? List.of("-") : inputs;
        Counts counts = new Counts();
        try (Writer out = open()) {
            if (to == OutputFormat.csv) {
                ClaimsCsv.header(out);
            } else if (to == OutputFormat.json) {
                out.write("[");
            }
            for (String file : files) {
                try (RecordReader reader = file.equals("-")
                        ? Sources.open(System.in, "-", options)
                        : Sources.open(Path.of(file), options)) {
                    SourceRecord rec;
                    while ((rec = reader.next()) != null) {
                        handle(rec, chain, out, err, counts);
                    }
                } catch (NoSuchFileException e) {
                    err.println(file + ": no such file");
                    counts.errors++;
                } catch (IOException e) {
                    err.println(file + ": cannot read: " + e.getMessage());
                    counts.errors++;
                }
            }
            if (to == OutputFormat.json) {
                out.write(counts.papers > 0 ? "\n]\n" : "]\n");
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        err.println(String.format(Locale.ROOT, "papers: %d, claims: %d, errors: %d, seconds: %.2f", counts.papers,
                counts.claims, counts.errors, seconds));
        err.flush();
        return counts.errors == 0 ? 0 : 1;
    }

    private static final class Counts {
        long papers;
        long claims;
        long errors;
    }

    private void handle(SourceRecord rec, ClaimChain chain, Writer out, PrintWriter err, Counts counts)
            throws IOException {
        for (Problem p : rec.problems()) {
            err.println(p);
        }
        if (!rec.problems().isEmpty()) {
            counts.errors++;
        }
        if (rec.paper() == null) {
            return;
        }
        Paper paper = rec.paper();
        if (paper.abstractText() != null) {
            ClaimChain.Extraction x = chain.run(paper.title(), paper.abstractText());
            for (Problem p : x.problems()) {
                err.println(new Problem(p.source(), rec.line(), p.field(), p.message()));
            }
            paper = paper.withClaims(x.claims());
        }
        counts.papers++;
        counts.claims += paper.claims().size();
        switch (to) {
            case jsonl -> {
                out.write(PaperJson.toJson(paper));
                out.write('\n');
            }
            case json -> {
                out.write(counts.papers > 1 ? ",\n" : "\n");
                out.write(PaperJson.toJson(paper));
            }
            case csv -> ClaimsCsv.rows(paper, out);
        }
    }

    private Writer open() throws IOException {
        OutputStream os = output == null ? new NonClosingStream(System.out) : Files.newOutputStream(output);
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

package org.paperclaims.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.paperclaims.PaperClaims;
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

/**
 * {@code paperclaims report}: reads paper records like {@code extract}, runs the standard chain, and writes
 * one self-contained HTML page (see {@link ClaimsReport}) with every claim highlighted in its abstract.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write a self-contained HTML report: papers with their claims highlighted, filters by type, "
                + "and a chart of speedup factors. Problems and a summary line go to stderr. Exit 0 when every "
                + "record was read cleanly, 1 when some had errors, 2 on a usage error.")
final class ReportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Listings, JSON Lines or text files; '-' or none reads standard input.")
    private List<String> inputs = new ArrayList<>();

    @Option(names = "--from", paramLabel = "FORMAT", defaultValue = "auto",
            description = "Input format: auto, listing, jsonl, text (default: ${DEFAULT-VALUE}).")
    private String from;

    @Option(names = "--reference-date", paramLabel = "YYYY-MM-DD",
            description = "The date a listing's own date without a year resolves against (default: today).")
    private LocalDate referenceDate;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "The HTML file to write.")
    private Path output;

    @Option(names = "--title", paramLabel = "TEXT", defaultValue = "paperclaims report",
            description = "The page title (default: ${DEFAULT-VALUE}).")
    private String title;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        long t0 = System.nanoTime();
        PrintWriter err = spec.commandLine().getErr();
        SourceOptions options;
        try {
            SourceOptions.Builder ob = SourceOptions.newBuilder().format(SourceFormat.parse(from));
            if (referenceDate != null) {
                ob.referenceDate(referenceDate);
            }
            options = ob.build();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        ClaimChain chain = PaperClaims.standard();
        List<String> files = inputs.isEmpty() ? List.of("-") : inputs;
        List<Paper> papers = new ArrayList<>();
        long errors = 0;
        long claims = 0;
        for (String file : files) {
            try (RecordReader reader = file.equals("-")
                    ? Sources.open(System.in, "-", options)
                    : Sources.open(Path.of(file), options)) {
                SourceRecord rec;
                while ((rec = reader.next()) != null) {
                    rec.problems().forEach(err::println);
                    if (!rec.problems().isEmpty()) {
                        errors++;
                    }
                    Paper paper = rec.paper();
                    if (paper == null) {
                        continue;
                    }
                    if (paper.abstractText() != null) {
                        ClaimChain.Extraction x = chain.run(paper.title(), paper.abstractText());
                        for (Problem p : x.problems()) {
                            err.println(new Problem(p.source(), rec.line(), p.field(), p.message()));
                        }
                        paper = paper.withClaims(x.claims());
                    }
                    claims += paper.claims().size();
                    papers.add(paper);
                }
            } catch (NoSuchFileException e) {
                err.println(file + ": no such file");
                errors++;
            } catch (IOException e) {
                err.println(file + ": cannot read: " + e.getMessage());
                errors++;
            }
        }
        Files.writeString(output, ClaimsReport.render(title, files, papers), StandardCharsets.UTF_8);
        err.println(String.format(Locale.ROOT, "papers: %d, claims: %d, errors: %d, seconds: %.2f", papers.size(),
                claims, errors, (System.nanoTime() - t0) / 1e9));
        err.flush();
        return errors == 0 ? 0 : 1;
    }
}

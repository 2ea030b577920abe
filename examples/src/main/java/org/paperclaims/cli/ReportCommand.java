package org.paperclaims.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.paperclaims.PaperClaims;
import org.paperclaims.model.Paper;
import org.paperclaims.model.Problem;
import org.paperclaims.pipeline.ClaimChain;
import org.paperclaims.source.RecordReader;
import org.paperclaims.source.SourceOptions;
import org.paperclaims.source.SourceRecord;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code paperclaims report}: reads paper records like {@code extract}, runs the standard chain, and writes
 * one self-contained HTML page (see {@link ClaimsReport}) with every claim highlighted in its abstract.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write a self-contained HTML report: papers with their claims highlighted, filters by type, "
                + "and a chart of speedup factors. Problems and a summary line go to stderr. Exit 0 when every "
                + "record was read cleanly, 1 when some had errors, 2 on a usage error.")
final class ReportCommand implements Callable<Integer> {

    @CommandLine.Mixin
    private InputOptions input;

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
        SourceOptions options = input.sourceOptions(spec);
        ClaimChain chain = PaperClaims.standard();
        List<String> files = input.files();
        List<Paper> papers = new ArrayList<>();
        long errors = 0;
        long claims = 0;
        for (String file : files) {
            try (RecordReader reader = InputOptions.open(file, options)) {
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
                            err.println(new Problem(file, rec.line(), "abstract", p.source() + ": " + p.message()));
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

package org.paperclaims.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.paperclaims.source.RecordReader;
import org.paperclaims.source.SourceFormat;
import org.paperclaims.source.SourceOptions;
import org.paperclaims.source.Sources;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The input files and reading options shared by the commands that read paper records. */
final class InputOptions {

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Input files; '-' or none reads standard input.")
    private List<String> inputs = new ArrayList<>();

    @Option(names = "--from", paramLabel = "FORMAT", defaultValue = "auto",
            description = "Input format: auto, listing, jsonl, arxiv (arXiv API Atom feed), hf (Hugging Face "
                    + "daily-papers JSON), json (an array of paper records), text (default: ${DEFAULT-VALUE}).")
    private String from;

    @Option(names = "--reference-date", paramLabel = "YYYY-MM-DD",
            description = "The date a listing's own date without a year resolves against (default: today).")
    private LocalDate referenceDate;

    @Option(names = "--max-record-chars", paramLabel = "N",
            description = "Refuse records (JSON lines, listing lines, texts) longer than N characters "
                    + "(default: 1048576).")
    private Integer maxRecordChars;

    /** The files to read: '-' for standard input when none were named. */
    List<String> files() {
        return inputs.isEmpty() ? List.of("-") : inputs;
    }

    /** The reading options; a bad value is a usage error of {@code spec}'s command. */
    SourceOptions sourceOptions(CommandLine.Model.CommandSpec spec) {
        try {
            SourceOptions.Builder b = SourceOptions.newBuilder().format(SourceFormat.parse(from));
            if (referenceDate != null) {
                b.referenceDate(referenceDate);
            }
            if (maxRecordChars != null) {
                if (maxRecordChars <= 0) {
                    throw new IllegalArgumentException("--max-record-chars must be > 0, got " + maxRecordChars);
                }
                b.maxRecordChars(maxRecordChars);
            }
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** Opens one input; the caller closes it. */
    static RecordReader open(String file, SourceOptions options) throws IOException {
        return file.equals("-") ? Sources.open(System.in, "-", options) : Sources.open(Path.of(file), options);
    }
}

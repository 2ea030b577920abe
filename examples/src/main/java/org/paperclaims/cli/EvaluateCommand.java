package org.paperclaims.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.paperclaims.PaperClaims;
import org.paperclaims.eval.Scorer;
import org.paperclaims.json.PaperJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code paperclaims evaluate}: scores predictions against gold records with the rules of the reference
 * scorer (shared/tools/score.py) and prints its table.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Score claims against gold records: precision, recall and F1 per type and overall, field "
                + "agreement and metadata accuracy, with the matching rules of score.py. Without PRED, the standard "
                + "chain extracts from the gold records' own abstracts.")
final class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "GOLD.jsonl", description = "Gold paper records.")
    private Path gold;

    @Parameters(paramLabel = "PRED.jsonl", arity = "0..1", description = "Predicted paper records (optional).")
    private Path predicted;

    @Option(names = "--errors", paramLabel = "N", defaultValue = "0",
            description = "Also list the first N differences (missed, extra, field).")
    private int errors;

    @Option(names = "--json", description = "Print the scores as one JSON object instead of the table.")
    private boolean json;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> problems = new ArrayList<>();
        List<JsonNode> goldRecords = read(gold, problems);
        List<JsonNode> pred;
        if (predicted != null) {
            pred = read(predicted, problems);
        } else {
            pred = new ArrayList<>();
            for (JsonNode g : goldRecords) {
                ObjectNode p = g.deepCopy();
                String text = g.path("abstract").isTextual() ? g.get("abstract").asText() : "";
                String title = g.path("title").isTextual() ? g.get("title").asText() : null;
                p.set("claims", PaperJson.claimsToTree(PaperClaims.standard().extract(title, text)));
                pred.add(p);
            }
        }
        problems.forEach(err::println);
        Scorer.Report report = Scorer.score(goldRecords, pred);
        if (json) {
            out.println(PaperJson.mapper().writeValueAsString(report));
        } else {
            out.print(report.format(errors));
        }
        out.flush();
        return problems.isEmpty() ? 0 : 1;
    }

    private static List<JsonNode> read(Path file, List<String> problems) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    JsonNode node = PaperJson.mapper().readTree(line);
                    if (node.isObject()) {
                        out.add(node);
                    } else {
                        problems.add(file + ":" + n + ": expected a JSON object");
                    }
                } catch (IOException e) {
                    problems.add(file + ":" + n + ": malformed JSON: " + e.getMessage().lines().findFirst().orElse(""));
                }
            }
        }
        return out;
    }
}

package org.paperclaims.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code paperclaims evaluate} prints the same table as the reference scorer, shared/tools/score.py, on the
 * same gold and predictions. Skipped where python3 or the shared folder is not present.
 */
class EvaluateAgreesWithReferenceScorerTest {
    @TempDir
    Path tmp;

    private static Path scorePy() {
        String shared = System.getProperty("paperclaims.shared", "../../shared");
        return Path.of(shared, "tools", "score.py");
    }

    private static String python(Path script, String... args) throws IOException, InterruptedException {
        String[] cmd = new String[args.length + 2];
        cmd[0] = "python3";
        cmd[1] = script.toString();
        System.arraycopy(args, 0, cmd, 2, args.length);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "python3 could not run score.py: " + out);
        return out;
    }

    private static boolean hasPython() {
        try {
            return new ProcessBuilder("python3", "--version").start().waitFor(20, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @Test
    void evaluateTablesMatchScorePyOnExtractedAndPerturbedPredictions() throws Exception {
        assumeTrue(Files.exists(scorePy()) && hasPython(), "score.py or python3 not available");
        Path pred = tmp.resolve("pred.jsonl");
        assertEquals(0, CommandLineTest.run(new ByteArrayOutputStream(), "extract", "--from", "jsonl",
                CommandLineTest.GOLD.toString(), "-o", pred.toString()));
        // A second prediction set with a paper missing and gold claims as predictions, to exercise other paths.
        Path perturbed = tmp.resolve("perturbed.jsonl");
        var lines = Files.readAllLines(CommandLineTest.GOLD, StandardCharsets.UTF_8);
        Files.write(perturbed, lines.subList(1, lines.size()));
        for (Path p : new Path[] {pred, perturbed}) {
            String expected = python(scorePy(), CommandLineTest.GOLD.toString(), p.toString());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PrintStream old = System.out;
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            try {
                assertEquals(0, Main.run("evaluate", "--gold", CommandLineTest.GOLD.toString(), p.toString()));
            } finally {
                System.setOut(old);
            }
            assertEquals(expected, out.toString(StandardCharsets.UTF_8), "table for " + p.getFileName());
        }
    }
}

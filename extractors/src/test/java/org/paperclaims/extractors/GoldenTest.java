package org.paperclaims.extractors;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.paperclaims.PaperClaims;
import org.paperclaims.eval.Scorer;
import org.paperclaims.json.PaperJson;
import org.paperclaims.model.Claim;

/**
 * Runs the standard chain over the hand-annotated dev gold and holds every score at or above its floor
 * in {@code gold/floors.properties}. {@link ExtraGoldenTest} does the same for the held-out set.
 */
class GoldenTest {
    private static Scorer.Report report;

    static List<JsonNode> gold() throws IOException {
        return gold("/gold/dev.jsonl");
    }

    /** The paper records of a gold resource, one a line. */
    static List<JsonNode> gold(String resource) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(GoldenTest.class.getResourceAsStream(resource), resource);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(PaperJson.mapper().readTree(line));
                }
            }
        }
        return out;
    }

    @BeforeAll
    static void scoreDevGold() throws IOException {
        report = score("/gold/dev.jsonl");
    }

    /** Scores the standard chain on a gold resource and prints the table (and diffs with -Dgolden.errors=N). */
    static Scorer.Report score(String resource) throws IOException {
        List<JsonNode> gold = gold(resource);
        List<JsonNode> predicted = new ArrayList<>();
        for (JsonNode g : gold) {
            ObjectNode p = g.deepCopy();
            String title = g.hasNonNull("title") ? g.get("title").asText() : null;
            List<Claim> claims = PaperClaims.standard().extract(title, g.path("abstract").asText(""));
            p.set("claims", PaperJson.claimsToTree(claims));
            predicted.add(p);
        }
        Scorer.Report r = Scorer.score(gold, predicted);
        System.out.println(resource + "\n" + r.format(Integer.getInteger("golden.errors", 0)));
        return r;
    }

    static Stream<Map.Entry<String, Double>> floors() throws IOException {
        return floors("/gold/floors.properties");
    }

    /** The floors of a properties resource, sorted by key. */
    static Stream<Map.Entry<String, Double>> floors(String resource) throws IOException {
        Properties props = new Properties();
        try (InputStream in = GoldenTest.class.getResourceAsStream(resource)) {
            props.load(Objects.requireNonNull(in, resource));
        }
        Map<String, Double> sorted = new TreeMap<>();
        props.forEach((k, v) -> sorted.put(k.toString(), Double.parseDouble(v.toString())));
        return sorted.entrySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("floors")
    void scoreStaysAtOrAboveItsFloor(Map.Entry<String, Double> floor) {
        check(report, floor);
    }

    static void check(Scorer.Report report, Map.Entry<String, Double> floor) {
        String key = floor.getKey();
        double score = key.contains(".") ? report.field(key) : report.f1(key);
        assertTrue(score + 1e-9 >= floor.getValue(),
                () -> key + " is " + score + ", below its floor " + floor.getValue() + "\n" + report.format(40));
    }
}

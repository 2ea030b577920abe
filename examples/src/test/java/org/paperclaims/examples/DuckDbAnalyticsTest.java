package org.paperclaims.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.paperclaims.cli.Main;
import org.paperclaims.json.PaperJson;

/** Every query of the DuckDB example on the hand-made fixture (see src/test/resources/analytics/README.md). */
class DuckDbAnalyticsTest {
    static final Path FIXTURE = Path.of("src/test/resources/analytics/papers.jsonl");
    static final Path LISTING = Path.of("data/daily-papers.txt");

    static Connection db;

    @BeforeAll
    static void loadFixture() throws Exception {
        db = DuckDbAnalytics.open();
        DuckDbAnalytics.load(db, FIXTURE);
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    static double num(Object o) {
        return ((Number) o).doubleValue();
    }

    @Test
    void topSpeedupsAreTheTenLargestFactorsWithTheirEvidence() throws SQLException {
        List<Map<String, Object>> rows = DuckDbAnalytics.query(db, AnalyticsQuery.TOP_SPEEDUPS);
        assertEquals(List.of(100.0, 35.0, 12.5, 10.0, 6.07, 4.0, 3.1, 2.86, 2.326, 2.3),
                rows.stream().map(r -> num(r.get("factor"))).toList());
        Map<String, Object> top = rows.get(0);
        assertEquals("2601.00105", top.get("paper_id"));
        assertEquals("One-Step Consistency Samplers at Scale", top.get("paper_title"));
        assertEquals("the 250-step DDPM sampler", top.get("baseline"));
        assertEquals("two orders of magnitude faster than the 250-step DDPM sampler", top.get("evidence"));
        Map<String, Object> range = rows.get(3);
        assertEquals(20.0, num(range.get("factorMax")));
        assertEquals("sampling", range.get("aspect"));
    }

    @Test
    void medianSpeedupIsTakenPerAspect() throws SQLException {
        Map<String, Double> median = new LinkedHashMap<>();
        for (Map<String, Object> r : DuckDbAnalytics.query(db, AnalyticsQuery.MEDIAN_SPEEDUP_BY_ASPECT)) {
            median.put((String) r.get("aspect"), num(r.get("median_factor")));
        }
        assertEquals(List.of("sampling", "generation", "inference", "decoding", "training", "end-to-end"),
                List.copyOf(median.keySet()));
        assertEquals(55.0, median.get("sampling"), 1e-9);
        assertEquals(23.75, median.get("generation"), 1e-9);
        assertEquals(2.86, median.get("inference"), 1e-9);
        assertEquals(2.665, median.get("decoding"), 1e-9);
        assertEquals(2.45, median.get("training"), 1e-9);
        assertEquals(2.3, median.get("end-to-end"), 1e-9);
    }

    @Test
    void codeIsAvailablePromisedOrAbsentPerPaper() throws SQLException {
        List<Map<String, Object>> rows = DuckDbAnalytics.query(db, AnalyticsQuery.CODE_AVAILABILITY);
        assertEquals(List.of("available", "promised", "absent"), rows.stream().map(r -> r.get("code")).toList());
        assertEquals(List.of(3.0, 2.0, 3.0), rows.stream().map(r -> num(r.get("papers"))).toList());
        assertEquals(List.of(37.5, 25.0, 37.5), rows.stream().map(r -> num(r.get("percent"))).toList());
    }

    @Test
    void datasetsAreCountedOncePerPaperByCanonicalName() throws SQLException {
        List<Map<String, Object>> rows = DuckDbAnalytics.query(db, AnalyticsQuery.TOP_DATASETS);
        assertEquals(List.of("ImageNet", "GSM8K", "MS-COCO", "MMLU", "ShapeNet", "VQAv2"),
                rows.stream().map(r -> r.get("dataset")).toList());
        assertEquals(List.of(3.0, 2.0, 2.0, 1.0, 1.0, 1.0), rows.stream().map(r -> num(r.get("papers"))).toList());
        assertEquals("benchmark", rows.get(3).get("kind"));
    }

    @Test
    void loadsTheCommandLineOutputOfTheBundledListing(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("papers.jsonl");
        assertEquals(0, Main.run("extract", LISTING.toString(), "--reference-date", "2025-12-08", "-o",
                out.toString()));
        long papers = 0;
        long claims = 0;
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            JsonNode p = PaperJson.mapper().readTree(line);
            papers++;
            claims += p.get("claims").size();
        }
        try (Connection real = DuckDbAnalytics.open()) {
            DuckDbAnalytics.load(real, out);
            assertEquals(papers, count(real, "SELECT count(*) FROM papers"));
            assertEquals(claims, count(real, "SELECT count(*) FROM claims"));
            // Whatever the extractors find today, every query must run on real output.
            for (AnalyticsQuery q : AnalyticsQuery.values()) {
                if (q != AnalyticsQuery.LOAD) {
                    DuckDbAnalytics.query(real, q);
                }
            }
            List<Map<String, Object>> code = DuckDbAnalytics.query(real, AnalyticsQuery.CODE_AVAILABILITY);
            assertEquals((double) papers, code.stream().mapToDouble(r -> num(r.get("papers"))).sum());
        }
    }

    static long count(Connection c, String sql) throws SQLException {
        try (var s = c.createStatement(); var r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The README section shows each query verbatim, so the documentation cannot drift from the code. */
    @ParameterizedTest
    @EnumSource(AnalyticsQuery.class)
    void documentationShowsTheSqlVerbatim(AnalyticsQuery q) throws IOException {
        String sql = q.sql().strip();
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains(sql), "README.md does not show the current text of " + q.file());
    }
}

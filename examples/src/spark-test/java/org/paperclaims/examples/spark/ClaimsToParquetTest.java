package org.paperclaims.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperclaims.PaperClaims;
import org.paperclaims.cli.Main;
import org.paperclaims.model.Claim;
import org.paperclaims.source.RecordReader;
import org.paperclaims.source.SourceOptions;
import org.paperclaims.source.SourceRecord;
import org.paperclaims.source.Sources;

/**
 * The Spark job in {@code local[2]} on the analytics fixture. The extractors are still growing, so the
 * test compares the Parquet table with what the library finds on the same abstracts, not with fixed
 * numbers.
 */
class ClaimsToParquetTest {
    static final Path FIXTURE = Path.of("src/test/resources/analytics/papers.jsonl");

    static SparkSession spark;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder()
                .master("local[2]")
                .appName("paperclaims-test")
                .config("spark.ui.enabled", "false")
                // Loopback only: CI sandboxes may have no routable interface, and nothing leaves the machine.
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                // Small splits, so that the fixture's eight lines arrive in several partitions.
                .config("spark.sql.files.maxPartitionBytes", "2048")
                .config("spark.sql.files.openCostInBytes", "0")
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    /** (paper id, type, start, end) of every claim the standard chain finds in the fixture, sorted. */
    static List<String> libraryClaims() throws IOException {
        List<String> out = new ArrayList<>();
        try (RecordReader r = Sources.open(FIXTURE, SourceOptions.defaults())) {
            for (SourceRecord rec; (rec = r.next()) != null; ) {
                var p = rec.paper();
                for (Claim c : PaperClaims.standard().run(p.title(), p.abstractText()).claims()) {
                    out.add(key(p.id(), c.type().wireName(), c.start(), c.end()));
                }
            }
        }
        out.sort(null);
        return out;
    }

    static String key(String id, String type, int start, int end) {
        return id + " " + type + " " + start + "-" + end;
    }

    @Test
    void parquetHasOneRowPerClaimTheLibraryFinds() throws IOException {
        String out = tmp.resolve("claims.parquet").toString();
        ClaimsToParquet.run(spark, FIXTURE.toString(), out);
        Dataset<Row> table = spark.read().parquet(out);
        List<String> expected = libraryClaims();
        assertEquals(expected.size(), table.count());
        List<String> got = new ArrayList<>();
        for (Row r : table.collectAsList()) {
            got.add(key(r.getAs("paper_id"), r.getAs("type"), r.<Integer>getAs("start"), r.<Integer>getAs("end")));
        }
        got.sort(null);
        assertEquals(expected, got);
    }

    @Test
    void theInputIsReadInSeveralPartitions() {
        int partitions = spark.read().schema(ClaimsToParquet.INPUT).json(FIXTURE.toString()).rdd().getNumPartitions();
        assertTrue(partitions > 1, "partitions: " + partitions);
    }

    @Test
    void columnsAreThoseOfTheCommandLineCsv() throws IOException {
        Path csv = tmp.resolve("claims.csv");
        assertEquals(0, Main.run("extract", FIXTURE.toString(), "--to", "csv", "-o", csv.toString()));
        String header = Files.readAllLines(csv, StandardCharsets.UTF_8).get(0);
        assertEquals(Arrays.asList(header.split(",")), Arrays.asList(ClaimsToParquet.SCHEMA.fieldNames()));
    }

    @Test
    void claimFieldsAreTypedColumns() {
        Map<String, String> types = new TreeMap<>();
        for (var f : ClaimsToParquet.SCHEMA.fields()) {
            types.put(f.name(), f.dataType().typeName());
        }
        assertEquals("double", types.get("factor"));
        assertEquals("integer", types.get("start"));
        assertEquals("long", types.get("parameters"));
        assertEquals("string", types.get("url"));
    }
}

package org.paperclaims.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperclaims.json.PaperJson;
import org.paperclaims.model.Aspect;
import org.paperclaims.model.Author;
import org.paperclaims.model.Bound;
import org.paperclaims.model.Claim;
import org.paperclaims.model.CodeClaim;
import org.paperclaims.model.CodeKind;
import org.paperclaims.model.CodeStatus;
import org.paperclaims.model.Paper;
import org.paperclaims.model.SpeedupClaim;

/** The records the command line writes, and the gold records, conform to the bundled JSON Schema. */
class PaperSchemaValidationTest {
    private static Schema schema;

    @TempDir
    Path tmp;

    @BeforeAll
    static void loadSchema() {
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(PaperJson.schema());
    }

    private static List<Error> validate(JsonNode record) {
        return schema.validate(record);
    }

    private List<JsonNode> extract(String... args) throws IOException {
        Path out = tmp.resolve("out.jsonl");
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "-o";
        all[args.length + 1] = out.toString();
        CommandLineTest.run(new ByteArrayOutputStream(), all);
        return CommandLineTest.readJsonl(out);
    }

    /** A valid record with one claim of {@code type}, built from the model, to break in the negative tests. */
    private static ObjectNode recordWithClaim(String type) {
        String text = "SparseCache decodes 2.3x faster than full attention; code: https://github.com/example-lab/sparsecache";
        Claim c = switch (type) {
            case "speedup" -> new SpeedupClaim("2.3x faster than full attention", 20, 51, 2.3, null, Bound.EXACT, null,
                    Aspect.DECODING, "full attention");
            case "code" -> new CodeClaim("https://github.com/example-lab/sparsecache", 59, 101,
                    "https://github.com/example-lab/sparsecache", CodeKind.REPOSITORY, CodeStatus.AVAILABLE,
                    "example-lab/sparsecache");
            default -> throw new IllegalArgumentException(type);
        };
        Paper p = new Paper("2503.23022", "SparseCache", text, List.of(new Author("Mei Tanaka")), 1, null,
                LocalDate.of(2025, 3, 29), 12, List.of(c));
        ObjectNode r = (ObjectNode) PaperJson.toTree(p);
        assertEquals(type, r.get("claims").get(0).get("type").asText());
        assertEquals(List.of(), validate(r), "the unbroken record is valid");
        return r;
    }

    private static ObjectNode claim(ObjectNode record) {
        return (ObjectNode) record.get("claims").get(0);
    }

    @Test
    void everyRecordOfTheBundledListingConformsToTheSchema() throws IOException {
        List<JsonNode> records = extract("extract", CommandLineTest.LISTING.toString(), "--reference-date", "2025-12-08");
        assertEquals(52, records.size());
        long claims = 0;
        for (JsonNode r : records) {
            assertEquals(List.of(), validate(r), r.get("id").asText());
            for (JsonNode c : r.get("claims")) {
                assertTrue(c.has("start") && c.has("end"), "the library always writes offsets: " + c);
                claims++;
            }
        }
        assertTrue(claims > 0, "the listing yields claims, so the claim schemas were exercised");
    }

    @Test
    void goldRecordsConformToTheSchema() throws IOException {
        for (JsonNode r : CommandLineTest.readJsonl(CommandLineTest.GOLD)) {
            assertEquals(List.of(), validate(r), r.get("id").asText());
        }
    }

    @Test
    void arxivAndDailyPapersFixturesYieldRecordsThatConform() throws IOException {
        List<JsonNode> arxiv = extract("extract", "--from", "arxiv", "../core/src/test/resources/arxiv/feed.xml");
        List<JsonNode> hf = extract("extract", "--from", "hf", "../core/src/test/resources/hf/daily-papers.json");
        assertEquals(4, arxiv.size());
        assertEquals(4, hf.size(), "the entry without a paper object is an error, not a record");
        for (JsonNode r : arxiv) {
            assertEquals(List.of(), validate(r), r.get("id").asText());
        }
        for (JsonNode r : hf) {
            assertEquals(List.of(), validate(r), r.get("id").asText());
        }
    }

    @Test
    void speedupFactorBelowOneFails() {
        ObjectNode r = recordWithClaim("speedup");
        claim(r).put("factor", 0.5);
        List<Error> errors = validate(r);
        assertFalse(errors.isEmpty());
        assertTrue(errors.toString().contains("factor"), errors.toString());
    }

    @Test
    void unknownClaimTypeFails() {
        ObjectNode r = recordWithClaim("speedup");
        claim(r).put("type", "acceleration");
        assertFalse(validate(r).isEmpty());
    }

    @Test
    void propertyOutsideTheContractOnAClaimFails() {
        ObjectNode r = recordWithClaim("code");
        claim(r).put("confidence", 0.9);
        List<Error> errors = validate(r);
        assertFalse(errors.isEmpty());
        assertTrue(errors.toString().contains("confidence"), errors.toString());
    }

    @Test
    void fieldOfAnotherTypeOnAClaimFails() {
        ObjectNode r = recordWithClaim("speedup");
        claim(r).put("resource", "memory");
        assertFalse(validate(r).isEmpty());
    }

    @Test
    void missingTypeFieldFails() {
        ObjectNode r = recordWithClaim("speedup");
        claim(r).remove("baseline");
        assertFalse(validate(r).isEmpty(), "fields are written as null, never left out");
    }

    @Test
    void enumValueOutsideTheContractFails() {
        ObjectNode r = recordWithClaim("speedup");
        claim(r).put("bound", "upto");
        assertFalse(validate(r).isEmpty());
    }

    @Test
    void negativeOffsetFails() {
        ObjectNode r = recordWithClaim("speedup");
        claim(r).put("start", -1);
        assertFalse(validate(r).isEmpty());
    }

    @Test
    void startWithoutEndFails() {
        ObjectNode r = recordWithClaim("speedup");
        claim(r).remove("end");
        assertFalse(validate(r).isEmpty());
    }

    @Test
    void paperPropertyOutsideTheContractFails() {
        ObjectNode r = recordWithClaim("speedup");
        r.put("doi", "10.1000/xyz");
        assertFalse(validate(r).isEmpty());
    }

    @Test
    void publishedThatIsNotAnIsoDateFails() {
        ObjectNode r = recordWithClaim("speedup");
        r.put("published", "Mar 29");
        assertFalse(validate(r).isEmpty());
    }
}

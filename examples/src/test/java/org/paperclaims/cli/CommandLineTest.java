package org.paperclaims.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperclaims.json.PaperJson;

/** The command line end to end on the bundled listing and the dev gold. */
class CommandLineTest {
    static final Path LISTING = Path.of("data/daily-papers.txt");
    static final Path GOLD = Path.of("../extractors/src/test/resources/gold/dev.jsonl");

    @TempDir
    Path tmp;

    static List<JsonNode> readJsonl(Path p) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                out.add(PaperJson.mapper().readTree(line));
            }
        }
        return out;
    }

    /** Runs the CLI, returning its exit code; stderr is captured into {@code err}. */
    static int run(ByteArrayOutputStream err, String... args) {
        PrintStream old = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return Main.run(args);
        } finally {
            System.setErr(old);
        }
    }

    @Test
    void bundledListingYieldsTheGoldMetadataForEveryPaper() throws IOException {
        Path out = tmp.resolve("out.jsonl");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = run(err, "extract", LISTING.toString(), "--reference-date", "2025-12-08", "-o", out.toString());
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        List<JsonNode> got = readJsonl(out);
        List<JsonNode> gold = readJsonl(GOLD);
        assertEquals(gold.size(), got.size());
        for (int i = 0; i < gold.size(); i++) {
            for (String f : List.of("id", "title", "abstract", "authors", "authorCount", "organization", "published",
                    "upvotes")) {
                assertEquals(gold.get(i).get(f), got.get(i).get(f), gold.get(i).get("id") + " " + f);
            }
        }
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("papers: 52, claims: "));
    }

    @Test
    void outputIsByteIdenticalAcrossRuns() throws IOException {
        Path a = tmp.resolve("a.jsonl");
        Path b = tmp.resolve("b.jsonl");
        run(new ByteArrayOutputStream(), "extract", LISTING.toString(), "--reference-date", "2025-12-08", "-o", a.toString());
        run(new ByteArrayOutputStream(), "extract", LISTING.toString(), "--reference-date", "2025-12-08", "-o", b.toString());
        assertEquals(-1L, Files.mismatch(a, b));
    }

    @Test
    void csvHasOneRowPerClaimWithEveryClaimFieldAsAColumn() throws IOException {
        Path jsonl = tmp.resolve("c.jsonl");
        Path csv = tmp.resolve("c.csv");
        run(new ByteArrayOutputStream(), "extract", LISTING.toString(), "--reference-date", "2025-12-08", "-o", jsonl.toString());
        run(new ByteArrayOutputStream(), "extract", LISTING.toString(), "--reference-date", "2025-12-08", "--to", "csv",
                "-o", csv.toString());
        long claims = readJsonl(jsonl).stream().mapToLong(p -> p.get("claims").size()).sum();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertTrue(lines.get(0).startsWith("paper_id,paper_title,type,text,start,end,factor,"));
        assertEquals(6 + ClaimsCsv.CLAIM_FIELDS.size(), lines.get(0).split(",").length);
        assertEquals(claims, lines.size() - 1);
    }

    @Test
    void onlyKeepsTheNamedTypes() throws IOException {
        Path out = tmp.resolve("only.jsonl");
        run(new ByteArrayOutputStream(), "extract", LISTING.toString(), "--reference-date", "2025-12-08", "--only", "code",
                "-o", out.toString());
        for (JsonNode p : readJsonl(out)) {
            for (JsonNode c : p.get("claims")) {
                assertEquals("code", c.get("type").asText());
            }
        }
    }

    @Test
    void badRecordsAreReportedWithFileAndLineAndTheRestStillComeOut() throws IOException {
        Path in = tmp.resolve("mixed.jsonl");
        Files.writeString(in, "{\"title\":\"A\",\"abstract\":\"Code: https://github.com/a/b\"}\n{oops\n"
                + "{\"title\":\"B\",\"abstract\":\"Nothing here.\"}\n");
        Path out = tmp.resolve("mixed.out");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = run(err, "extract", in.toString(), "-o", out.toString());
        assertEquals(1, code);
        assertEquals(2, readJsonl(out).size());
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.contains(in + ":2: malformed JSON"), e);
        assertTrue(e.contains("papers: 2, claims: 1, errors: 1"), e);
    }

    @Test
    void parallelRunWritesTheSameBytesInInputOrder() throws IOException {
        Path one = tmp.resolve("one.jsonl");
        Path four = tmp.resolve("four.jsonl");
        run(new ByteArrayOutputStream(), "extract", "--from", "jsonl", GOLD.toString(), "-o", one.toString());
        run(new ByteArrayOutputStream(), "extract", "--from", "jsonl", GOLD.toString(), "--threads", "4",
                "-o", four.toString());
        assertEquals(-1L, Files.mismatch(one, four));
    }

    @Test
    void failFastStopsAtTheFirstBadRecord() throws IOException {
        Path in = tmp.resolve("ff.jsonl");
        Files.writeString(in, "{\"title\":\"A\",\"abstract\":\"a\"}\n{bad\n{\"title\":\"B\",\"abstract\":\"b\"}\n");
        Path out = tmp.resolve("ff.out");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(1, run(err, "extract", "--fail-fast", in.toString(), "-o", out.toString()));
        assertEquals(1, readJsonl(out).size());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("papers: 1, claims: 0, errors: 1"));
    }

    @Test
    void progressIsAPlainLineWhenNotInPlaceAndARewrittenLineOnAConsole() {
        java.io.StringWriter plain = new java.io.StringWriter();
        Progress p = new Progress(new java.io.PrintWriter(plain), true, false, 0);
        p.tick(128, 3);
        assertTrue(plain.toString().matches("progress: 128 records, [0-9,]+ records/s, 3 errors\\R"), plain.toString());
        java.io.StringWriter console = new java.io.StringWriter();
        Progress q = new Progress(new java.io.PrintWriter(console), true, true, 0);
        q.tick(64, 0);
        q.done();
        assertTrue(console.toString().startsWith("\r64 records"), console.toString());
        assertTrue(console.toString().endsWith("\r\u001b[K"));
    }

    @Test
    void anUnwritableOutputIsReportedAndExitsWithOne() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path out = tmp.resolve("no-such-folder").resolve("out.jsonl");
        assertEquals(1, run(err, "extract", LISTING.toString(), "--reference-date", "2025-12-08", "-o", out.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("paperclaims: cannot write " + out),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void ownJsonArrayOutputReadsBackAsTheSamePapers() throws IOException {
        Path json = tmp.resolve("papers.json");
        Path back = tmp.resolve("back.jsonl");
        Path direct = tmp.resolve("direct.jsonl");
        run(new ByteArrayOutputStream(), "extract", LISTING.toString(), "--reference-date", "2025-12-08", "--to", "json",
                "-o", json.toString());
        run(new ByteArrayOutputStream(), "extract", LISTING.toString(), "--reference-date", "2025-12-08",
                "-o", direct.toString());
        assertEquals(0, run(new ByteArrayOutputStream(), "extract", json.toString(), "-o", back.toString()));
        assertEquals(-1L, Files.mismatch(direct, back));
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run(new ByteArrayOutputStream(), "extract", "--only", "nonsense"));
        assertEquals(2, run(new ByteArrayOutputStream(), "extract", "--to", "xml"));
        assertEquals(2, run(new ByteArrayOutputStream(), "frobnicate"));
    }
}

package org.paperclaims.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperclaims.model.Author;
import org.paperclaims.model.Paper;
import org.paperclaims.model.Problem;

class HfDailyReaderTest {
    private static final SourceOptions HF = SourceOptions.newBuilder().format(SourceFormat.HF_DAILY).build();

    private static List<SourceRecord> daily() throws IOException {
        return SourceTesting.readResource("/hf/daily-papers.json", SourceFormat.HF_DAILY);
    }

    @Test
    void everyEntryIsAccountedForAsAPaperOrAnErrorInOrder() throws IOException {
        List<SourceRecord> records = daily();
        assertEquals(5, records.size());
        assertEquals(List.of(2L, 26L, 42L, 54L, 59L), records.stream().map(SourceRecord::line).toList());
        assertNull(records.get(3).paper());
    }

    @Test
    void paperObjectMapsToTheContractFields() throws IOException {
        SourceRecord r = daily().get(0);
        assertTrue(r.clean(), r.problems().toString());
        Paper p = r.paper();
        assertEquals("2503.23022", p.id());
        assertEquals("SparseCache: Token-Level Eviction for Long-Context Decoding", p.title());
        assertTrue(p.abstractText().startsWith("Long-context inference is bound"));
        assertTrue(p.abstractText().endsWith("on a single A100-80GB."), "trailing newline trimmed");
        assertEquals(List.of(new Author("Mei Tanaka"), new Author("Jonas Weber"), new Author("Priya Raman")),
                p.authors());
        assertEquals(3, p.authorCount());
        assertEquals(LocalDate.of(2025, 3, 29), p.published());
        assertEquals(12, p.upvotes());
        assertTrue(p.claims().isEmpty());
    }

    @Test
    void organisationFullNameIsPreferredToItsHandle() throws IOException {
        assertEquals("Example Lab", daily().get(0).paper().organization());
    }

    @Test
    void organisationHandleIsTakenWhenThereIsNoFullName() throws IOException {
        assertEquals("tiny-ml", daily().get(1).paper().organization());
        assertNull(daily().get(4).paper().organization());
    }

    @Test
    void organisationAsAPlainStringIsTaken() throws IOException {
        String json = "[{\"paper\": {\"id\": \"2501.00001\", \"title\": \"T\", \"summary\": \"S\"},"
                + " \"organization\": \"Adobe\"}]";
        assertEquals("Adobe", SourceTesting.read(json, "o.json", HF).get(0).paper().organization());
    }

    @Test
    void wrongFieldTypesAreProblemsNamingTheEntryAndField() throws IOException {
        SourceRecord r = daily().get(2);
        Paper p = r.paper();
        assertEquals("2504.09999", p.id());
        assertEquals("Shortcut flow matching samples in 2 steps and reaches an FID of 3.1 on ImageNet 256x256.",
                p.abstractText(), "surrounding whitespace trimmed, nothing else");
        assertEquals(List.of(), p.authors());
        assertNull(p.authorCount());
        assertNull(p.published(), "a bad paper.publishedAt is not replaced by the entry's");
        assertNull(p.upvotes());
        assertEquals(List.of(
                new Problem("/hf/daily-papers.json", 42, "[2].paper.authors", "expected an array, found STRING; left empty"),
                new Problem("/hf/daily-papers.json", 42, "[2].paper.publishedAt",
                        "expected an ISO date or timestamp, found 'soon'; left empty"),
                new Problem("/hf/daily-papers.json", 42, "[2].paper.upvotes",
                        "expected a non-negative integer, found STRING; left empty")),
                r.problems());
    }

    @Test
    void entryWithoutAPaperObjectIsAnErrorRecord() throws IOException {
        SourceRecord r = daily().get(3);
        assertNull(r.paper());
        assertEquals(new Problem("/hf/daily-papers.json", 54, "[3].paper", "missing: an entry needs a paper object"),
                r.problems().get(0));
    }

    @Test
    void entryAfterABadOneIsStillRead() throws IOException {
        SourceRecord r = daily().get(4);
        assertTrue(r.clean());
        assertEquals("2504.11876", r.paper().id());
        assertEquals(List.of(new Author("Tom\u00e1s \u00c1lvarez")), r.paper().authors());
        assertEquals(0, r.paper().upvotes());
        assertEquals(LocalDate.of(2025, 4, 15), r.paper().published(), "the date part as written, not in another zone");
    }

    @Test
    void missingSummaryIsReportedAndThePaperKept() throws IOException {
        String json = "[{\"paper\": {\"title\": \"Only A Title\"}}]";
        SourceRecord r = SourceTesting.read(json, "t.json", HF).get(0);
        assertEquals("only-a-title", r.paper().id());
        assertNull(r.paper().abstractText());
        assertEquals("[0].paper.summary", r.problems().get(0).field());
    }

    @Test
    void jsonBrokenMidwayEndsTheSourceAfterTheGoodEntries() throws IOException {
        List<SourceRecord> records = SourceTesting.readResource("/hf/broken.json", SourceFormat.HF_DAILY);
        assertEquals(2, records.size());
        assertEquals("2505.00001", records.get(0).paper().id());
        SourceRecord error = records.get(1);
        assertNull(error.paper());
        assertEquals(16, error.line());
        assertTrue(error.problems().get(0).message().startsWith("malformed JSON, reading stops here: "),
                error.problems().toString());
    }

    @Test
    void jsonLinesReadAsDailyPapersIsAClearError() throws IOException {
        List<SourceRecord> records = SourceTesting.read("{\"title\": \"x\"}\n", "x.jsonl", HF);
        assertEquals(List.of(new Problem("x.jsonl", 1, null,
                "expected a JSON array of daily-papers entries, found an object (a JSON Lines file? use the jsonl format)")),
                records.get(0).problems());
    }

    @Test
    void unclosedArrayIsReported() throws IOException {
        List<SourceRecord> records = SourceTesting.read("[{\"paper\": {\"title\": \"A\", \"summary\": \"B\"}}\n", "u.json", HF);
        assertEquals(2, records.size());
        assertEquals("a", records.get(0).paper().id());
        assertNull(records.get(1).paper());
    }

    @Test
    void emptyArrayHasNoRecords() throws IOException {
        assertEquals(List.of(), SourceTesting.read(" [ ] ", "e.json", HF));
    }

    @Test
    void oversizedEntryIsSkippedAndTheNextRead() throws IOException {
        String big = "{\"paper\": {\"title\": \"Big\", \"summary\": \"" + "x".repeat(500) + "\"}}";
        String json = "[" + big + ",\n{\"paper\": {\"title\": \"Small\", \"summary\": \"s\"}}]";
        SourceOptions small = SourceOptions.newBuilder().format(SourceFormat.HF_DAILY).maxRecordChars(200).build();
        List<SourceRecord> records = SourceTesting.read(json, "big.json", small);
        assertEquals(2, records.size());
        assertNull(records.get(0).paper());
        assertTrue(records.get(0).problems().get(0).message().startsWith("entry longer than 200 characters"));
        assertEquals("Small", records.get(1).paper().title());
    }

    @Test
    void entriesAreStreamedBeforeTheRestOfTheArrayArrives() throws IOException {
        String head = "[{\"paper\": {\"id\": \"2501.00008\", \"title\": \"First\", \"summary\": \"Streamed.\"}},\n"
                + "{\"paper\": {\"id\": \"2501.00009\", \"title\": \"" + "y".repeat(20_000);
        try (RecordReader r = Sources.open(SourceTesting.failingAfter(head), "net", HF)) {
            assertEquals("2501.00008", r.next().paper().id());
            IOException e = assertThrows(IOException.class, r::next, "an I/O failure throws, it is not a record");
            assertEquals("connection reset", e.getMessage());
        }
    }
}

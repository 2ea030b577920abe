package org.paperclaims.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperclaims.model.Author;
import org.paperclaims.model.Paper;
import org.paperclaims.model.Problem;

class ArxivFeedReaderTest {
    private static final SourceOptions ARXIV = SourceOptions.newBuilder().format(SourceFormat.ARXIV).build();

    private static List<SourceRecord> feed() throws IOException {
        return SourceTesting.readResource("/arxiv/feed.xml", SourceFormat.ARXIV);
    }

    private static String entry(String id, String title, String summary) {
        return "  <entry>\n    <id>" + id + "</id>\n    <title>" + title + "</title>\n    <summary>" + summary
                + "</summary>\n  </entry>\n";
    }

    private static String feedOf(String... entries) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
                + String.join("", entries) + "</feed>\n";
    }

    @Test
    void everyEntryOfTheFeedBecomesOneRecordInOrder() throws IOException {
        List<SourceRecord> records = feed();
        assertEquals(List.of("2503.23022", "hep-th/9901001", "2504.01234", "2410.05217"),
                records.stream().map(r -> r.paper().id()).toList());
        assertEquals(List.of(10L, 40L, 54L, 65L), records.stream().map(SourceRecord::line).toList());
    }

    @Test
    void versionSuffixIsDroppedFromTheAbsUrl() throws IOException {
        assertEquals("2503.23022", feed().get(0).paper().id());
        assertEquals("2503.23022", ArxivFeedReader.parseArxivId("http://arxiv.org/abs/2503.23022v12"));
        assertEquals("1706.03762", ArxivFeedReader.parseArxivId("https://arxiv.org/abs/1706.03762"));
    }

    @Test
    void oldStyleIdKeepsItsArchive() throws IOException {
        assertEquals("hep-th/9901001", feed().get(1).paper().id());
        assertEquals("math.GT/0309136", ArxivFeedReader.parseArxivId("http://arxiv.org/abs/math.GT/0309136v2"));
        assertEquals("solv-int/9901001", ArxivFeedReader.parseArxivId("http://arxiv.org/abs/solv-int/9901001v1"));
    }

    @Test
    void urlThatIsNotAnArxivIdIsRefused() {
        assertNull(ArxivFeedReader.parseArxivId("http://example.org/papers/42"));
        assertNull(ArxivFeedReader.parseArxivId("http://arxiv.org/abs/not-an-id"));
        assertNull(ArxivFeedReader.parseArxivId("http://arxiv.org/abs/2503.230v2"));
    }

    @Test
    void wrappedTitleAndSummaryAreFoldedToSingleSpaces() throws IOException {
        Paper p = feed().get(0).paper();
        assertEquals("SparseCache: Token-Level Eviction for Long-Context Decoding", p.title());
        assertTrue(p.abstractText().startsWith("Long-context inference is bound by the memory of the key-value "
                + "cache. We present SparseCache,"), p.abstractText());
        assertTrue(p.abstractText().endsWith("https://github.com/example-lab/sparsecache."), p.abstractText());
        assertFalse(p.abstractText().contains("\n") || p.abstractText().contains("  "));
    }

    @Test
    void authorsAreNamedAndCounted() throws IOException {
        Paper p = feed().get(0).paper();
        assertEquals(List.of(new Author("Mei Tanaka"), new Author("Jonas Weber"), new Author("Priya Raman")),
                p.authors());
        assertEquals(3, p.authorCount());
        assertEquals(List.of(new Author("Samuel Okafor")), feed().get(3).paper().authors().subList(1, 2),
                "names are folded too");
    }

    @Test
    void publishedIsTheDatePartOfTheTimestamp() throws IOException {
        assertEquals(LocalDate.of(2025, 3, 29), feed().get(0).paper().published());
        assertEquals(LocalDate.of(1999, 1, 4), feed().get(1).paper().published());
    }

    @Test
    void arxivHasNoOrganisationOrUpvotes() throws IOException {
        Paper p = feed().get(0).paper();
        assertNull(p.organization());
        assertNull(p.upvotes());
        assertTrue(feed().get(0).clean());
    }

    @Test
    void malformedFieldsAreProblemsAtTheirLinesAndTheEntryIsStillEmitted() throws IOException {
        SourceRecord r = feed().get(2);
        Paper p = r.paper();
        assertNotNull(p);
        assertEquals("Distilled Diffusion Policies for Real-Time Robot Control", p.title());
        assertNull(p.abstractText());
        assertNull(p.published());
        assertEquals(List.of(new Author("Carla Ruiz")), p.authors());
        assertEquals(1, p.authorCount(), "an author without a name is not counted: the feed names one");
        assertEquals(List.of(
                new Problem("/arxiv/feed.xml", 61, "author[1]", "an <author> without a <name>; left out"),
                new Problem("/arxiv/feed.xml", 54, "summary", "missing"),
                new Problem("/arxiv/feed.xml", 56, "published",
                        "expected an ISO date or timestamp, found 'last Tuesday'; left empty")),
                r.problems());
    }

    @Test
    void entryAfterAMalformedOneIsStillRead() throws IOException {
        SourceRecord r = feed().get(3);
        assertTrue(r.clean());
        assertEquals("Quantized Adapters: Fine-Tuning 70B Models on One GPU", r.paper().title());
    }

    @Test
    void xmlBrokenMidwayEndsTheSourceAfterTheGoodEntries() throws IOException {
        List<SourceRecord> records = SourceTesting.readResource("/arxiv/broken.xml", SourceFormat.ARXIV);
        assertEquals(3, records.size());
        assertEquals("2502.11111", records.get(0).paper().id());
        assertEquals("2502.22222", records.get(1).paper().id());
        SourceRecord error = records.get(2);
        assertNull(error.paper());
        assertEquals(22, error.line(), "the line where </title> was expected");
        assertTrue(error.problems().get(0).message().startsWith("malformed XML, reading stops here: "),
                error.problems().toString());
        assertTrue(error.problems().get(0).message().contains("title"), error.problems().toString());
    }

    @Test
    void externalEntityInADoctypeIsNeverRead(@TempDir Path tmp) throws IOException {
        Path secret = tmp.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String xml = "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE feed [ <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\"> ]>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
                + entry("http://arxiv.org/abs/2501.00001v1", "Safe", "A summary before the entity.")
                + entry("http://arxiv.org/abs/2501.00002v1", "Leak", "&xxe;")
                + "</feed>\n";
        List<SourceRecord> records = SourceTesting.read(xml, "xxe.xml", SourceOptions.defaults());
        String everything = records.toString();
        assertFalse(everything.contains("TOP-SECRET-CONTENT"), everything);
        assertTrue(records.get(0).problems().get(0).message().startsWith("document type declaration ignored"));
        assertEquals("2501.00001", records.get(1).paper().id(), "the entry before the entity is read");
        SourceRecord last = records.get(records.size() - 1);
        assertNull(last.paper());
        assertTrue(last.problems().get(0).message().contains("xxe"), last.problems().toString());
    }

    @Test
    void externalDtdIsNeverFetched(@TempDir Path tmp) throws IOException {
        Path dtd = tmp.resolve("evil.dtd");
        Files.writeString(dtd, "<!ENTITY title \"FROM-THE-DTD\">");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE feed SYSTEM \"" + dtd.toUri() + "\">\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
                + entry("http://arxiv.org/abs/2501.00003v1", "&title;", "s") + "</feed>\n";
        List<SourceRecord> records = SourceTesting.read(xml, "dtd.xml", ARXIV);
        assertFalse(records.toString().contains("FROM-THE-DTD"), records.toString());
    }

    @Test
    void apiErrorEntryBecomesAnErrorRecord() throws IOException {
        String xml = feedOf(entry("http://arxiv.org/api/errors#incorrect_id_format_for_1234.5678", "Error",
                "incorrect id format for 1234.5678"));
        List<SourceRecord> records = SourceTesting.read(xml, "err.xml", ARXIV);
        assertEquals(1, records.size());
        assertNull(records.get(0).paper());
        assertEquals("the arXiv API reports an error: incorrect id format for 1234.5678",
                records.get(0).problems().get(0).message());
    }

    @Test
    void entryWithoutAnIdTakesTheTitleSlug() throws IOException {
        String xml = feedOf("  <entry>\n    <title>No Id Here</title>\n    <summary>s</summary>\n  </entry>\n");
        SourceRecord r = SourceTesting.read(xml, "noid.xml", ARXIV).get(0);
        assertEquals("no-id-here", r.paper().id());
        assertEquals("id", r.problems().get(0).field());
    }

    @Test
    void xmlThatIsNotAnAtomFeedIsAClearError() throws IOException {
        List<SourceRecord> records = SourceTesting.read("<?xml version=\"1.0\"?>\n<html><body/></html>\n", "page.xml",
                SourceOptions.defaults());
        assertEquals(1, records.size());
        assertEquals(new Problem("page.xml", 2, null,
                "expected an Atom <feed> (namespace http://www.w3.org/2005/Atom), found <html>"),
                records.get(0).problems().get(0));
    }

    @Test
    void jsonReadAsArxivIsAClearErrorAtLineOne() throws IOException {
        List<SourceRecord> records = SourceTesting.read("{\"title\": \"x\"}\n", "x.jsonl", ARXIV);
        assertEquals(1, records.size());
        Problem p = records.get(0).problems().get(0);
        assertEquals(1, p.line());
        assertTrue(p.message().startsWith("malformed XML"), p.message());
    }

    @Test
    void oversizedSummaryIsLeftEmptyWithAProblem() throws IOException {
        String xml = feedOf(entry("http://arxiv.org/abs/2501.00004v1", "Big", "word ".repeat(100)));
        SourceOptions small = SourceOptions.newBuilder().format(SourceFormat.ARXIV).maxRecordChars(200).build();
        SourceRecord r = SourceTesting.read(xml, "big.xml", small).get(0);
        assertEquals("Big", r.paper().title());
        assertNull(r.paper().abstractText());
        assertTrue(r.problems().get(0).message().startsWith("longer than 200 characters"));
    }

    @Test
    void entriesAreStreamedBeforeTheRestOfTheFeedArrives() throws IOException {
        String head = feedOf(entry("http://arxiv.org/abs/2501.00005v1", "First", "Streamed.")).replace("</feed>\n", "")
                + "  <entry>\n    <id>http://arxiv.org/abs/2501.00006v1</id>\n" + " ".repeat(20_000);
        try (RecordReader r = Sources.open(SourceTesting.failingAfter(head), "net", ARXIV)) {
            assertEquals("2501.00005", r.next().paper().id());
            IOException e = assertThrows(IOException.class, r::next, "an I/O failure throws, it is not a record");
            assertEquals("connection reset", e.getMessage());
        }
    }

    @Test
    void byteOrderMarkIsSkipped() throws IOException {
        byte[] bytes = ("\ufeff" + feedOf(entry("http://arxiv.org/abs/2501.00007v1", "BOM", "s")))
                .getBytes(StandardCharsets.UTF_8);
        try (InputStream in = new java.io.ByteArrayInputStream(bytes);
             RecordReader r = Sources.open(in, "bom.xml", SourceOptions.defaults())) {
            assertEquals(SourceFormat.ARXIV, r.format());
            assertEquals("2501.00007", r.next().paper().id());
        }
    }
}

package org.paperclaims.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class SourceFormatTest {

    @Test
    void commandLineNamesParseIgnoringCase() {
        assertEquals(SourceFormat.ARXIV, SourceFormat.parse("arxiv"));
        assertEquals(SourceFormat.HF_DAILY, SourceFormat.parse(" HF "));
        assertEquals(SourceFormat.HF_DAILY, SourceFormat.parse("hf_daily"));
        assertEquals(SourceFormat.LISTING, SourceFormat.parse("Listing"));
        assertEquals("hf", SourceFormat.HF_DAILY.toString());
    }

    @Test
    void unknownFormatNamesEveryAcceptedOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SourceFormat.parse("xml"));
        assertEquals("format 'xml' is not one of auto, listing, jsonl, text, arxiv, hf, json", e.getMessage());
    }

    @Test
    void xmlDeclarationOrFeedElementIsDetectedAsArxiv() {
        assertEquals(SourceFormat.ARXIV, Sources.detect("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed>"));
        assertEquals(SourceFormat.ARXIV, Sources.detect("\n  <feed xmlns=\"http://www.w3.org/2005/Atom\">\n"));
        assertEquals(SourceFormat.ARXIV, Sources.detect("<!-- saved --><feed xmlns=\"http://www.w3.org/2005/Atom\">"));
        assertEquals(SourceFormat.TEXT, Sources.detect("<b>Bold</b> claims: we are 3x faster."));
    }

    @Test
    void arrayWhoseFirstEntryHasAPaperObjectIsDetectedAsDailyPapers() {
        assertEquals(SourceFormat.HF_DAILY, Sources.detect("[{\"paper\": {\"id\": \"2503.23022\"}}]"));
        assertEquals(SourceFormat.HF_DAILY, Sources.detect("[\n {\"title\": \"t\", \"submittedBy\": {\"name\": \"x\"},"
                + " \"paper\": {\"id\": \"2503.23022\", \"summary\": \"cut off by the sniff wind"));
    }

    @Test
    void arrayWithoutAPaperObjectIsNotDailyPapers() {
        assertEquals(SourceFormat.JSON, Sources.detect("[{\"title\": \"x\"}]"), "an array of paper records");
        assertEquals(SourceFormat.TEXT, Sources.detect("[{\"paper\": \"2503.23022\"}]"));
        assertEquals(SourceFormat.TEXT, Sources.detect("[1, 2, 3] is a list."));
    }

    @Test
    void objectStaysJsonLines() {
        assertEquals(SourceFormat.JSONL, Sources.detect("{\"paper\": {\"id\": \"x\"}}\n"));
    }

    @Test
    void autoDetectionOpensTheMatchingReaderForTheFixtures() throws IOException {
        assertEquals(SourceFormat.ARXIV, formatOf("/arxiv/feed.xml"));
        assertEquals(SourceFormat.ARXIV, formatOf("/arxiv/broken.xml"));
        assertEquals(SourceFormat.HF_DAILY, formatOf("/hf/daily-papers.json"));
        assertEquals(SourceFormat.HF_DAILY, formatOf("/hf/broken.json"));
    }

    private static SourceFormat formatOf(String resource) throws IOException {
        try (InputStream in = SourceFormatTest.class.getResourceAsStream(resource);
             RecordReader r = Sources.open(in, resource, SourceOptions.defaults())) {
            return r.format();
        }
    }
}

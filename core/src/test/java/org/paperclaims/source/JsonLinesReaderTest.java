package org.paperclaims.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperclaims.model.Problem;

class JsonLinesReaderTest {

    private static List<SourceRecord> read(String text, SourceOptions options) throws IOException {
        List<SourceRecord> out = new ArrayList<>();
        try (RecordReader r = Sources.open(new StringReader(text), "in.jsonl", options)) {
            SourceRecord rec;
            while ((rec = r.next()) != null) {
                out.add(rec);
            }
        }
        return out;
    }

    @Test
    void everyRecordOfAMixedFileIsAccountedForAsAPaperOrAnError() throws IOException {
        String text = String.join("\n",
                "{\"id\":\"2503.23022\",\"title\":\"A\",\"abstract\":\"It is 2x faster.\",\"upvotes\":3}",
                "{\"title\":\"B\",\"abstract\":\"x\",\"claims\":[{\"type\":\"nonsense\"}]}",
                "{not json",
                "",
                "[1,2]",
                "{\"title\":\"C\",\"abstract\":\"y\",\"upvotes\":\"many\",\"published\":\"last week\"}",
                "{\"title\":\"D: no abstract\"}",
                "{\"title\":\"E\",\"abstract\":\"z\",\"authors\":[\"Ann Lee\",{\"name\":\"Bo Li\"},7]}",
                "{\"title\":\"F\",\"abstract\":\"truncated\"");
        List<SourceRecord> records = read(text, SourceOptions.defaults());
        assertEquals(8, records.size(), "8 non-blank lines, 8 records");
        assertEquals("2503.23022", records.get(0).paper().id());
        assertTrue(records.get(0).clean());
        assertEquals("b", records.get(1).paper().id(), "slug of the title; incoming claims are dropped");
        assertTrue(records.get(1).paper().claims().isEmpty());
        assertNull(records.get(2).paper());
        assertEquals(3, records.get(2).line());
        assertTrue(records.get(2).problems().get(0).message().startsWith("malformed JSON"));
        assertNull(records.get(3).paper());
        assertEquals(5, records.get(3).line());
        SourceRecord c = records.get(4);
        assertNotNull(c.paper());
        assertNull(c.paper().upvotes());
        assertNull(c.paper().published());
        assertEquals(List.of("published", "upvotes"), c.problems().stream().map(Problem::field).toList());
        assertEquals("abstract", records.get(5).problems().get(0).field());
        assertEquals(2, records.get(6).paper().authors().size());
        assertEquals("authors[2]", records.get(6).problems().get(0).field());
        assertNull(records.get(7).paper(), "a truncated last line is an error, not a crash");
        assertEquals(9, records.get(7).line());
    }

    @Test
    void overlongLineIsReportedAndTheNextRecordIsStillRead() throws IOException {
        String big = "{\"title\":\"" + "x".repeat(500) + "\",\"abstract\":\"a\"}";
        String text = big + "\n{\"title\":\"ok\",\"abstract\":\"b\"}\n";
        SourceOptions o = SourceOptions.newBuilder().maxRecordChars(100).format(SourceFormat.JSONL).build();
        List<SourceRecord> records = read(text, o);
        assertEquals(2, records.size());
        assertNull(records.get(0).paper());
        assertTrue(records.get(0).problems().get(0).message().contains("longer than 100"));
        assertEquals("ok", records.get(1).paper().title());
    }

    @Test
    void invalidUtf8IsReportedWithItsLineAndTheRecordStillComesOut() throws IOException {
        byte[] good = "{\"title\":\"A\",\"abstract\":\"fine\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', ',', '"', 'a',
            'b', 's', 't', 'r', 'a', 'c', 't', '"', ':', '"', 'x', '"', '}', '\n'};
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.write(good);
        all.write(bad);
        all.write(good);
        List<SourceRecord> out = new ArrayList<>();
        try (RecordReader r = Sources.open(new ByteArrayInputStream(all.toByteArray()), "bytes.jsonl",
                SourceOptions.defaults())) {
            for (SourceRecord rec; (rec = r.next()) != null; ) {
                out.add(rec);
            }
        }
        assertEquals(3, out.size());
        assertTrue(out.get(0).clean());
        assertEquals(2, out.get(1).line());
        assertTrue(out.get(1).problems().get(0).message().startsWith("invalid UTF-8"));
        assertEquals("\ufffd(", out.get(1).paper().title());
        assertTrue(out.get(2).clean());
    }

    @Test
    void twoObjectsOnOneLineAreAnErrorNotASilentlyDroppedRecord() throws IOException {
        List<SourceRecord> r = read("{\"title\":\"A\",\"abstract\":\"a\"} {\"title\":\"B\",\"abstract\":\"b\"}\n",
                SourceOptions.newBuilder().format(SourceFormat.JSONL).build());
        assertEquals(1, r.size());
        assertNull(r.get(0).paper());
        assertTrue(r.get(0).problems().get(0).message().startsWith("malformed JSON"));
    }

    @Test
    void byteOrderMarkBeforeTheFirstLineIsSkipped() throws IOException {
        byte[] bytes = ("\ufeff{\"title\":\"A\",\"abstract\":\"a\"}\n").getBytes(StandardCharsets.UTF_8);
        List<SourceRecord> out = new ArrayList<>();
        try (RecordReader r = Sources.open(new ByteArrayInputStream(bytes), "bom.jsonl", SourceOptions.defaults())) {
            for (SourceRecord rec; (rec = r.next()) != null; ) {
                out.add(rec);
            }
        }
        assertEquals(1, out.size());
        assertTrue(out.get(0).clean(), () -> out.get(0).problems().toString());
    }

    @Test
    void jsonArrayOfPaperRecordsIsReadRecordByRecord() throws IOException {
        String text = "[\n{\"id\":\"a\",\"title\":\"A\",\"abstract\":\"x\",\"claims\":[]},\n{\"id\":\"b\",\"title\":\"B\"}\n]\n";
        assertEquals(SourceFormat.JSON, Sources.detect(text));
        List<SourceRecord> r = read(text, SourceOptions.defaults());
        assertEquals(2, r.size());
        assertEquals("a", r.get(0).paper().id());
        assertEquals("abstract", r.get(1).problems().get(0).field());
    }

    @Test
    void formatIsDetectedFromTheContent() {
        assertEquals(SourceFormat.JSONL, Sources.detect("  {\"title\": \"x\"}\n"));
        assertEquals(SourceFormat.LISTING, Sources.detect("Daily Papers\n\nA title\n\nAbstract.\n\n  \u2022 3 authors\n\u00b7\nMay 2\n"));
        assertEquals(SourceFormat.TEXT, Sources.detect("We propose a method that is 3x faster."));
    }

    @Test
    void plainTextIsOneAbstractNamedAfterTheFile() throws IOException {
        List<SourceRecord> r = read("We propose X.\nIt is 3x faster.\n",
                SourceOptions.newBuilder().format(SourceFormat.TEXT).referenceDate(LocalDate.of(2025, 1, 1)).build());
        assertEquals(1, r.size());
        assertEquals("in", r.get(0).paper().id());
        assertEquals("We propose X.\nIt is 3x faster.", r.get(0).paper().abstractText());
    }
}

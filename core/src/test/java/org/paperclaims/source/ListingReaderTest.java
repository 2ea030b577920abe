package org.paperclaims.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperclaims.model.Paper;

class ListingReaderTest {
    private static List<SourceRecord> records;

    @BeforeAll
    static void read() throws IOException {
        InputStream in = ListingReaderTest.class.getResourceAsStream("/listing/sample-listing.txt");
        SourceOptions o = SourceOptions.newBuilder().referenceDate(LocalDate.of(2026, 1, 10)).build();
        records = new ArrayList<>();
        try (RecordReader r = Sources.open(in, "sample-listing.txt", o)) {
            assertEquals(SourceFormat.LISTING, r.format());
            SourceRecord rec;
            while ((rec = r.next()) != null) {
                records.add(rec);
            }
        }
    }

    private static Paper paper(int i) {
        return records.get(i).paper();
    }

    @Test
    void everyEntryBecomesOneRecordInOrder() {
        assertEquals(5, records.size());
        assertEquals("FlashWidget: Fast Widget Synthesis with Sparse Kernels", paper(0).title());
        assertEquals("flashwidget-fast-widget-synthesis-with-sparse-kernels", paper(0).id());
    }

    @Test
    void authorCountDateAndUpvotesComeFromTheFooter() {
        assertEquals(3, paper(0).authorCount());
        assertEquals(7, paper(0).upvotes());
        // "Dec 30" in a listing dated Jan 5 2026 is the Dec 30 before it.
        assertEquals(LocalDate.of(2025, 12, 30), paper(0).published());
        assertTrue(records.get(0).clean());
    }

    @Test
    void organisationLineGivesTheDisplayName() {
        assertEquals("ACME Research Lab", paper(1).organization());
        assertNull(paper(1).authorCount());
        assertNull(paper(1).upvotes());
        assertEquals(LocalDate.of(2026, 1, 2), paper(1).published());
    }

    @Test
    void entryWithoutFooterKeepsItsAbstractAndTheNextTitleStartsANewEntry() {
        assertEquals("No Footer Here: An Entry Without Metadata", paper(2).title());
        assertTrue(paper(2).abstractText().startsWith("This entry has an abstract"));
        assertNull(paper(2).published());
        assertNull(paper(2).authorCount());
        assertEquals("Dated With Year: Older Work Still Trending", paper(3).title());
    }

    @Test
    void dateWithYearAndUpvotes() {
        assertEquals(LocalDate.of(2024, 2, 29), paper(3).published());
        assertEquals(12, paper(3).upvotes());
        assertEquals(1, paper(3).authorCount());
    }

    @Test
    void titleWithoutAbstractIsKeptAndReportedWithItsLine() {
        SourceRecord r = records.get(4);
        assertEquals("Title Only Entry", r.paper().title());
        assertNull(r.paper().abstractText());
        assertEquals(1, r.problems().size());
        assertEquals("abstract", r.problems().get(0).field());
        assertEquals(r.line(), r.problems().get(0).line());
        assertTrue(r.problems().get(0).toString().startsWith("sample-listing.txt:" + r.line() + ": abstract: "));
    }

    @Test
    void listingOfManyTitlesWithoutAbstractsIsReadInLinearTimeOneRecordPerTitle() throws IOException {
        StringBuilder sb = new StringBuilder("Daily Papers\n\nJan 5\n\n");
        for (int i = 0; i < 100_000; i++) {
            sb.append("A Title Number ").append(i).append(": Without Any Abstract\n\n");
        }
        SourceOptions o = SourceOptions.newBuilder().referenceDate(LocalDate.of(2026, 1, 10)).build();
        long papers = 0;
        long missing = 0;
        long t0 = System.nanoTime();
        try (RecordReader r = Sources.open(new java.io.StringReader(sb.toString()), "titles.txt", o)) {
            assertEquals(SourceFormat.LISTING, r.format());
            for (SourceRecord rec; (rec = r.next()) != null; ) {
                papers += rec.paper() != null ? 1 : 0;
                missing += rec.problems().size();
            }
        }
        assertEquals(100_000, papers);
        assertEquals(100_000, missing);
        // A generous bound that only catches a quadratic blow-up.
        assertTrue(System.nanoTime() - t0 < 20_000_000_000L);
    }

    @Test
    void listingSavedWithoutItsHeaderKeepsItsFirstEntry() throws IOException {
        String text = "Short Paper: A Title\n\nA short abstract.\n\n  \u2022 2 authors\n\u00b7\nMay 2\n\n"
                + "Next Paper: Another\n\nAnother short abstract.\n\n  \u2022 3 authors\n\u00b7\nMay 1 4\n";
        SourceOptions o = SourceOptions.newBuilder().format(SourceFormat.LISTING)
                .referenceDate(LocalDate.of(2026, 5, 10)).build();
        List<SourceRecord> out = new ArrayList<>();
        try (RecordReader r = Sources.open(new java.io.StringReader(text), "noheader.txt", o)) {
            for (SourceRecord rec; (rec = r.next()) != null; ) {
                out.add(rec);
            }
        }
        assertEquals(2, out.size());
        assertEquals("Short Paper: A Title", out.get(0).paper().title());
        assertEquals(LocalDate.of(2026, 5, 2), out.get(0).paper().published());
        assertEquals(4, out.get(1).paper().upvotes());
    }

    @Test
    void dateLinesParseWithAndWithoutYearAndUpvotes() {
        assertEquals(new ListingDates.DateLine(3, 29, 0, 2), ListingDates.parse("Mar 29 2"));
        assertEquals(new ListingDates.DateLine(11, 15, 2024, 5), ListingDates.parse("Nov 15, 2024 5"));
        assertEquals(new ListingDates.DateLine(5, 28, 0, null), ListingDates.parse("May 28"));
        assertEquals(new ListingDates.DateLine(9, 29, 2023, null), ListingDates.parse("Sep 29, 2023"));
        assertNull(ListingDates.parse("May the force be with you"));
        assertNull(ListingDates.parse("Marginal 29"));
    }

    @Test
    void dateWithoutYearResolvesToTheMostRecentSuchDayNotAfterTheReference() {
        LocalDate ref = LocalDate.of(2025, 12, 8);
        assertEquals(LocalDate.of(2025, 12, 8), ListingDates.parse("Dec 8").resolve(ref));
        assertEquals(LocalDate.of(2024, 12, 9), ListingDates.parse("Dec 9").resolve(ref));
        assertEquals(LocalDate.of(2024, 2, 29), ListingDates.parse("Feb 29").resolve(ref));
    }
}

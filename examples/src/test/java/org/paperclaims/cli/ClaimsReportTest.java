package org.paperclaims.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperclaims.json.PaperJson;
import org.paperclaims.model.Claim;
import org.paperclaims.model.MethodClaim;
import org.paperclaims.model.Paper;

/**
 * The HTML report on the hand-made analytics fixture, whose claims include a span inside another and two
 * spans that cross (src/test/resources/analytics/README.md).
 */
class ClaimsReportTest {
    static final Path FIXTURE = Path.of("src/test/resources/analytics/papers.jsonl");

    static List<Paper> papers;
    static String html;
    static Document doc;

    @BeforeAll
    static void render() throws IOException {
        papers = new ArrayList<>();
        for (String line : Files.readAllLines(FIXTURE, StandardCharsets.UTF_8)) {
            papers.add(PaperJson.readPaper(line));
        }
        html = ClaimsReport.render("Fixture report", List.of("papers.jsonl"), papers);
        doc = Jsoup.parse(html);
    }

    static int claimCount() {
        return papers.stream().mapToInt(p -> p.claims().size()).sum();
    }

    @Test
    void everyClaimIsOneMarkWithItsTypeAndOffsets() {
        Elements marks = doc.select("mark");
        assertEquals(claimCount(), marks.size());
        assertEquals(marks.size(), doc.select("mark.claim[data-type]").size());
        List<String> expected = new ArrayList<>();
        papers.forEach(p -> p.claims().forEach(c -> expected.add(c.type().wireName() + "@" + c.start())));
        List<String> got = new ArrayList<>();
        marks.forEach(m -> got.add(m.attr("data-type") + "@" + m.attr("data-start")));
        expected.sort(null);
        got.sort(null);
        assertEquals(expected, got);
        for (Element m : marks) {
            assertTrue(m.hasClass("claim-" + m.attr("data-type")), m.outerHtml());
        }
    }

    @Test
    void normalisedValuesAreDataAttributesAndTooltip() {
        Element top = doc.select("mark[data-type=speedup][data-factor=100]").first();
        assertEquals("sampling", top.attr("data-aspect"));
        assertEquals("exact", top.attr("data-bound"));
        assertEquals("the 250-step DDPM sampler", top.attr("data-baseline"));
        assertEquals("speedup: factor 100, bound exact, aspect sampling, baseline the 250-step DDPM sampler",
                top.attr("title"));
        Element range = doc.select("mark[data-factor-max]").first();
        assertEquals("10", range.attr("data-factor"));
        assertEquals("20", range.attr("data-factor-max"));
        Element code = doc.select("mark[data-type=code][data-url^=https://gitlab.com]").first();
        assertEquals("eevlm/early-exit-vlm", code.attr("data-repo"));
        assertEquals("available", code.attr("data-status"));
        assertTrue(doc.select("mark[data-type=hardware][data-memory-gb]").isEmpty());
    }

    @Test
    void abstractTextIsUnchangedByHighlighting() {
        Elements abstracts = doc.select("p.abstract");
        assertEquals(papers.size(), abstracts.size());
        for (int i = 0; i < papers.size(); i++) {
            assertEquals(papers.get(i).abstractText(), abstracts.get(i).wholeText());
        }
    }

    @Test
    void markTextIsTheClaimTextWhenNothingCrossesIt() {
        int whole = 0;
        for (Element m : doc.select("mark.claim")) {
            if (doc.select("[data-part-of=" + m.id() + "]").isEmpty()) {
                String abs = m.closest("p.abstract").wholeText();
                assertEquals(abs.substring(Integer.parseInt(m.attr("data-start")), Integer.parseInt(m.attr("data-end"))),
                        m.wholeText());
                whole++;
            }
        }
        assertEquals(claimCount() - 1, whole);
    }

    @Test
    void aClaimInsideAnotherNestsInItsMark() {
        Element hardware = doc.select("mark[data-type=hardware][data-name=A100]").first();
        Element parent = hardware.parent();
        assertEquals("mark", parent.tagName());
        assertEquals("timing", parent.attr("data-type"));
    }

    @Test
    void crossingClaimsContinueInAPartSpan() {
        Element second = doc.select("mark[data-type=speedup][data-factor=6.07]").first();
        Elements parts = doc.select("span.claim-part[data-part-of=" + second.id() + "]");
        assertEquals(1, parts.size());
        assertTrue(parts.first().hasClass("claim-speedup"));
        assertEquals("6.07x higher inference throughput than vLLM and HuggingFace Transformers",
                second.wholeText() + parts.first().wholeText());
        assertEquals("mark", second.parent().tagName(), "the cut part nests inside the claim it crosses");
    }

    @Test
    void markupInTitlesAndAbstractsIsEscaped() {
        String abs = "We beat <script>alert(1)</script> & \"friends\" 3x faster than <b>B</b>.";
        Claim c = new MethodClaim("<script>", abs.indexOf("<script>"), abs.indexOf("<script>") + 8, "<script>", null);
        Paper p = new Paper("x", "A <i>title</i> & more", abs, List.of(), null, null, null, null, List.of(c));
        Document d = Jsoup.parse(ClaimsReport.render("t <b>", List.of("a&b"), List.of(p)));
        assertEquals(1, d.select("script").size(), "only the report's own script");
        assertEquals("A <i>title</i> & more", d.select("article h2").text());
        assertEquals(abs, d.select("p.abstract").first().wholeText());
        assertEquals("<script>", d.select("mark").first().attr("data-name"));
    }

    @Test
    void theReportIsSelfContained() {
        assertTrue(doc.select("link, [src], [href], iframe, object, embed").isEmpty());
        assertFalse(html.contains("url("));
        assertFalse(html.contains("@import"));
    }

    @Test
    void sameInputSameBytes() {
        assertEquals(html, ClaimsReport.render("Fixture report", List.of("papers.jsonl"), papers));
    }

    @Test
    void filtersListEveryTypeWithItsCount() {
        Map<String, Integer> expected = new TreeMap<>();
        papers.forEach(p -> p.claims().forEach(c -> expected.merge(c.type().wireName(), 1, Integer::sum)));
        Map<String, Integer> got = new TreeMap<>();
        for (Element count : doc.select("#filters .count")) {
            if (!count.text().equals("0")) {
                got.put(count.attr("data-type"), Integer.parseInt(count.text()));
            }
        }
        assertEquals(expected, got);
        assertEquals(9, doc.select("#filters input[type=checkbox][checked]").size());
    }

    @Test
    void chartHasOneDotPerSpeedupInARowPerAspect() {
        assertEquals(12, doc.select("#chart svg circle.dot").size());
        assertEquals("12", doc.select("#chart svg").attr("data-speedups"));
        List<String> rows = doc.select("#chart g.row").eachAttr("data-aspect");
        assertEquals(List.of("generation", "inference", "decoding", "training", "sampling", "end-to-end"), rows);
        Element sampling = doc.select("#chart g.row[data-aspect=sampling]").first();
        assertEquals(2, sampling.select("circle").size());
        assertEquals("median 55×", sampling.select("line.median title").text());
    }

    @Test
    void reportCommandWritesTheBundledListing(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("report.html");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CommandLineTest.run(err, "report", CommandLineTest.LISTING.toString(), "--reference-date",
                "2025-12-08", "-o", out.toString());
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        String log = err.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("papers: 52, claims: "), log);
        int claims = Integer.parseInt(log.replaceAll("(?s).*claims: (\\d+),.*", "$1"));
        Document d = Jsoup.parse(out.toFile(), "UTF-8");
        assertEquals(52, d.select("article.paper").size());
        assertEquals(claims, d.select("mark.claim").size());
    }

    @Test
    void reportWithoutOutputIsAUsageError() {
        assertEquals(2, CommandLineTest.run(new ByteArrayOutputStream(), "report", CommandLineTest.LISTING.toString()));
    }
}

package org.paperclaims.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of the bundled listing rendered by a real browser, headless Debian Chromium. Skipped when
 * {@code /usr/bin/chromium} is absent (install it with {@code apt-get install -y chromium}).
 */
class ReportBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    static Path tmp;

    static Path report;
    /** The claims of the same run as JSON Lines, in paper order. */
    static List<JsonNode> claims = new ArrayList<>();

    @BeforeAll
    static void renderBundledListing() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM), "no " + CHROMIUM);
        report = tmp.resolve("report.html");
        Path jsonl = tmp.resolve("papers.jsonl");
        String[] common = {CommandLineTest.LISTING.toString(), "--reference-date", "2025-12-08", "-o"};
        assertEquals(0, CommandLineTest.run(new ByteArrayOutputStream(), concat("report", common, report)));
        assertEquals(0, CommandLineTest.run(new ByteArrayOutputStream(), concat("extract", common, jsonl)));
        for (JsonNode paper : CommandLineTest.readJsonl(jsonl)) {
            paper.get("claims").forEach(claims::add);
        }
    }

    static String[] concat(String command, String[] args, Path out) {
        List<String> all = new ArrayList<>();
        all.add(command);
        all.addAll(Arrays.asList(args));
        all.add(out.toString());
        return all.toArray(String[]::new);
    }

    /** Runs headless Chromium with the flags this machine needs (no network, fresh profile); returns stdout. */
    static String chromium(Path stderr, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--enable-logging=stderr", "--v=0",
                "--user-data-dir=" + Files.createTempDirectory(tmp, "profile")));
        cmd.addAll(Arrays.asList(args));
        Path stdout = Files.createTempFile(tmp, "chromium", ".out");
        Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in 120 s: " + cmd);
        }
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }

    static Document dumpDom(Path html, Path stderr) throws IOException, InterruptedException {
        String dom = chromium(stderr, "--dump-dom", html.toUri().toString());
        assertTrue(dom.contains("</html>"), "no DOM dumped; stderr:\n" + Files.readString(stderr));
        return Jsoup.parse(dom);
    }

    static void assertNoScriptErrors(Path stderr) throws IOException {
        String log = Files.readString(stderr, StandardCharsets.UTF_8);
        assertFalse(log.contains("Uncaught"), log);
    }

    @Test
    void renderedDomHasOneMarkPerClaimWithItsType() throws Exception {
        Path err = tmp.resolve("dom.err");
        Document dom = dumpDom(report, err);
        assertNoScriptErrors(err);
        assertEquals(52, dom.select("article.paper").size());
        assertEquals(claims.size(), dom.select("mark").size());
        assertEquals(claims.size(), dom.select("mark.claim[data-type]").size());
        Map<String, Integer> expected = new TreeMap<>();
        claims.forEach(c -> expected.merge(c.get("type").asText(), 1, Integer::sum));
        Map<String, Integer> got = new TreeMap<>();
        dom.select("mark.claim").forEach(m -> got.merge(m.attr("data-type"), 1, Integer::sum));
        assertEquals(expected, got);
        for (Map.Entry<String, Integer> e : expected.entrySet()) {
            assertEquals(e.getValue().toString(), dom.select("#filters .count[data-type=" + e.getKey() + "]").text());
        }
    }

    @Test
    void eachMarkHoldsItsClaimsTextAndValues() throws Exception {
        Document dom = dumpDom(report, tmp.resolve("values.err"));
        List<Element> marks = dom.select("mark.claim");
        for (int i = 0; i < claims.size(); i++) {
            JsonNode c = claims.get(i);
            Element m = marks.get(i);
            if (dom.select("[data-part-of=" + m.id() + "]").isEmpty()) {
                assertEquals(c.get("text").asText(), m.wholeText());
            }
            if (c.get("type").asText().equals("code") && !c.get("url").isNull()) {
                assertEquals(c.get("url").asText(), m.attr("data-url"));
            }
            if (c.get("type").asText().equals("speedup")) {
                assertEquals(c.get("factor").asDouble(), Double.parseDouble(m.attr("data-factor")));
            }
            assertTrue(m.attr("title").startsWith(c.get("type").asText()), m.attr("title"));
        }
        assertEquals(1, dom.select("#chart svg").size());
    }

    @Test
    void uncheckingATypeClearsItsHighlight() throws Exception {
        // The report plus a probe that clicks the first type's checkbox and records what the browser computed.
        String probe = "<script>var box=document.querySelector('#filters input[data-type=code]');"
                + "var m=document.querySelector('mark.claim-code');var before=getComputedStyle(m).backgroundColor;"
                + "box.click();document.body.setAttribute('data-probe',before+'|'+getComputedStyle(m).backgroundColor"
                + "+'|'+document.body.className);</script></body>";
        Path probed = tmp.resolve("probed.html");
        Files.writeString(probed, Files.readString(report, StandardCharsets.UTF_8).replace("</body>", probe));
        assumeTrue(claims.stream().anyMatch(c -> c.get("type").asText().equals("code")), "no code claim to hide");
        Path err = tmp.resolve("probe.err");
        String[] probeResult = dumpDom(probed, err).body().attr("data-probe").split("\\|");
        assertNoScriptErrors(err);
        assertEquals(3, probeResult.length, Arrays.toString(probeResult));
        assertEquals("rgb(128, 222, 234)", probeResult[0]);
        assertEquals("rgba(0, 0, 0, 0)", probeResult[1]);
        assertEquals("hide-code", probeResult[2]);
    }

    @Test
    void screenshotIsWritten() throws Exception {
        Path png = tmp.resolve("report.png");
        chromium(tmp.resolve("shot.err"), "--screenshot=" + png, "--window-size=1280,2000", report.toUri().toString());
        assertTrue(Files.size(png) > 10_000, "screenshot too small: " + Files.size(png));
        byte[] head = Arrays.copyOf(Files.readAllBytes(png), 8);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, head);
    }
}

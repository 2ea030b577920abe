package org.paperclaims.extractors.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperclaims.PaperClaims;
import org.paperclaims.model.CodeClaim;
import org.paperclaims.model.CodeKind;
import org.paperclaims.model.CodeStatus;
import org.paperclaims.text.TextView;

class CodeLinkExtractorTest {
    private static List<CodeClaim> code(String text) {
        List<CodeClaim> found = PaperClaims.extract(text, CodeClaim.class);
        for (CodeClaim c : found) {
            assertEquals(c.text(), text.substring(c.start(), c.end()));
        }
        return found;
    }

    @Test
    void repositoryUrlWithoutSchemeIsALink() {
        List<CodeClaim> found = code("We evaluate on three tasks. Our code is released at gitlab.com/acme-lab/fast-sampler.");
        assertEquals(1, found.size(), () -> "claims: " + found);
        CodeClaim c = found.get(0);
        assertEquals("gitlab.com/acme-lab/fast-sampler", c.url());
        assertEquals("acme-lab/fast-sampler", c.repo());
        assertEquals(CodeKind.REPOSITORY, c.kind());
        assertEquals(CodeStatus.AVAILABLE, c.status());
        assertTrue(c.text().endsWith("gitlab.com/acme-lab/fast-sampler"));
    }

    @Test
    void hostWithoutPathOrInsideAWordIsNoLink() {
        assertTrue(code("We mirror our experiments on github.com and discuss them.").isEmpty());
        assertTrue(code("See mygithub.com/foo/bar for unrelated material.").isEmpty());
    }

    @Test
    void statementBeforeALaterUrlIsNotASecondClaim() {
        List<CodeClaim> found = code("The framework comes with an open-source implementation and trained weights. "
                + "Everything can be found at https://example.github.io/sampler.");
        assertEquals(1, found.size(), () -> "claims: " + found);
        assertEquals("https://example.github.io/sampler", found.get(0).url());
    }

    @Test
    void statementAloneStillCounts() {
        List<CodeClaim> found = code("We study caching in depth. The code will be released upon acceptance.");
        assertEquals(1, found.size(), () -> "claims: " + found);
        assertNull(found.get(0).url());
        assertEquals(CodeStatus.PROMISED, found.get(0).status());
    }

    @Test
    void prefilteredPathFindsWhatReadingEveryTokenFinds() {
        List<String> texts = List.of(
                "We study caching in depth. The code will be released upon acceptance.",
                "Our sampler halves latency. Code and weights are available at https://github.com/acme-lab/sampler.",
                "Results transfer to video. Our code is released at gitlab.com/acme-lab/fast-sampler, and a demo "
                        + "is hosted at www.acme-lab.org/demo.",
                "See the project page \\url{https://acme-lab.github.io/sampler} for samples.",
                "We mirror our experiments on github.com and discuss them. Code generation improves by 3%.",
                "A plain abstract about diffusion models without any link or release statement.");
        for (String text : texts) {
            TextView view = TextView.of(text);
            assertEquals(CodeLinkExtractor.claims(view, false), CodeLinkExtractor.claims(view, true), text);
        }
        assertEquals(1, CodeLinkExtractor.claims(TextView.of(texts.get(0)), true).size());
        assertEquals(2, CodeLinkExtractor.claims(TextView.of(texts.get(2)), true).size());
    }

    @Test
    void linksFoundFromTheCharactersAreThoseFoundAtEveryToken() {
        List<String> texts = new java.util.ArrayList<>(List.of(
                "Code: GitHub.com/Acme/Sampler and (github.com/acme/sampler), again GITHUB.COM/acme/sampler.",
                "Not links: xhttps://github.com/a/b, foo_www.example.org, https, www, codeberg.org/, "
                        + "HTTPS://GITLAB.COM/A/B and http://a.b/c http://a.b/c.",
                "Both at once: https://github.com/a/b then huggingface.co/acme/model; see www.github.com/c/d.",
                "Models at huggingface.co/acme/model-7B, code at bitbucket.org/acme/x.git, a page at acme.io/x."));
        texts.addAll(org.paperclaims.extractors.GoldAbstracts.all());
        int found = 0;
        for (String text : texts) {
            TextView view = TextView.of(text);
            List<CodeClaim> general = CodeLinkExtractor.claims(view, false);
            assertEquals(general, CodeLinkExtractor.claims(view, true), text);
            found += general.size();
        }
        assertEquals(true, found > 20, "found " + found);
        assertEquals(1, CodeLinkExtractor.claims(TextView.of(texts.get(0)), true).size());
    }

    @Test
    void repositoryAndCleanUrlReadInPlaceAsBySplittingAndLowerCasing() {
        List<String> urls = List.of("https://github.com/acme/sampler", "https://github.com/acme/sampler.git",
                "https://github.com/acme/.git", "https://github.com/acme/x.git/tree", "https://github.com/acme/",
                "https://github.com/acme", "https://github.com//x", "https://github.com/a//", "https://github.com/",
                "https://github.com", "https://github.com/a/b?tab=1", "https://github.com/a?x=/b/c",
                "https://github.com/a/b#readme", "https://gitlab.com/a/b/c/d", "https://github.com/a/.gitx",
                "https://github.com/a/b.git?x", "HTTPS://GitHub.com/A/B", "Http://example.org/x}]",
                "hTTp://example.org", "ftp://example.org/x", "www.Example.org/x", "https://user@example.org/x",
                "https://\u0130xample.org", "http\u017f://example.org", "https://localhost/x", "https:/x.org");
        for (String url : urls) {
            assertEquals(repoBySplit(url), CodeLinkExtractor.repoOf(url), url);
            assertEquals(cleanByLowerCase(url), CodeLinkExtractor.cleanUrl(url), url);
        }
        assertEquals("acme/sampler", CodeLinkExtractor.repoOf("https://github.com/acme/sampler.git"));
    }

    /** repoOf as first written: the path split at '/'. */
    private static String repoBySplit(String url) {
        int schemeEnd = url.indexOf("//") + 2;
        int slash = url.indexOf('/', schemeEnd);
        if (slash < 0) {
            return null;
        }
        int stop = -1;
        for (int i = slash; i < url.length() && stop < 0; i++) {
            stop = "?#".indexOf(url.charAt(i)) >= 0 ? i : -1;
        }
        String[] parts = url.substring(slash + 1, stop < 0 ? url.length() : stop).split("/");
        if (parts.length < 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
            return null;
        }
        String name = parts[1].endsWith(".git") ? parts[1].substring(0, parts[1].length() - 4) : parts[1];
        return name.isEmpty() ? null : parts[0] + "/" + name;
    }

    /** cleanUrl as first written, on a lower-case copy. */
    private static String cleanByLowerCase(String raw) {
        String u = raw.startsWith("www.") ? "https://" + raw : raw;
        String lower = u.toLowerCase(java.util.Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return null;
        }
        int end = u.length();
        while (end > 0 && "}]".indexOf(u.charAt(end - 1)) >= 0) {
            end--;
        }
        u = u.substring(0, end);
        String host = CodeLinkExtractor.host(u);
        if (host.isEmpty() || host.indexOf('.') < 0) {
            return null;
        }
        int schemeEnd = u.indexOf("//") + 2;
        int pathStart = -1;
        for (int i = schemeEnd; i < u.length() && pathStart < 0; i++) {
            pathStart = "/?#".indexOf(u.charAt(i)) >= 0 ? i : -1;
        }
        return u.substring(schemeEnd, pathStart < 0 ? u.length() : pathStart).indexOf('@') >= 0 ? null : u;
    }
}

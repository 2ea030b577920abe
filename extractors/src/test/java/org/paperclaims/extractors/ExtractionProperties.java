package org.paperclaims.extractors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.paperclaims.PaperClaims;
import org.paperclaims.json.PaperJson;
import org.paperclaims.model.Claim;
import org.paperclaims.model.Paper;
import org.paperclaims.pipeline.ClaimChain;

/** Whatever the text, the standard chain returns normally with claims that point at the text. */
class ExtractionProperties {

    /** Fragments of the kind abstracts are made of, so that random strings reach the extractors' rules. */
    private static final List<String> FRAGMENTS = List.of("35x", "35times", " 2.7B ", "faster than", " up to ",
            "\\(7\\times\\)", "$\\times$", "33\\%", "% ", "sim7 seconds", "leq", " over ", "respectively", ", ",
            ". ", "(", ")", "{", "}", "\\url{", "text{", "https://github.com/a/b-", "http://x.io/p_q.", " on ",
            "ImageNet 256x256", "FID of 2.05", "A100-80GB", "8 x ", "a single GPU", "two orders of magnitude",
            "We propose ", "Foo (FB)", " tokens/s", "12.8ms", "reduces memory by 40%", "\u00d7", "\u2013", "-",
            "\ud800", "\u0000", "\n", " ", "1,000", "10-20x", "Code will be released", "MMLU", "CIFAR-10");

    @Provide
    Arbitrary<String> abstractLike() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(FRAGMENTS),
                Arbitraries.strings().withCharRange('\u0000', '\uffff').ofMaxLength(6),
                Arbitraries.strings().alpha().numeric().ofMaxLength(8));
        return piece.list().ofMaxSize(60).map(l -> String.join("", l));
    }

    @Property(tries = 300)
    void anyTextExtractsWithoutThrowingAndEveryClaimQuotesItsSpan(@ForAll("abstractLike") String text) {
        ClaimChain.Extraction x = PaperClaims.standard().run(text);
        assertEquals(List.of(), x.problems(), "no extractor may fail");
        List<Claim> claims = x.claims();
        int lastStart = -1;
        for (Claim c : claims) {
            assertTrue(c.start() >= 0 && c.end() <= text.length(), c::toString);
            assertEquals(text.substring(c.start(), c.end()), c.text());
            assertTrue(c.start() >= lastStart, "claims in order of appearance");
            lastStart = c.start();
        }
    }

    @Property(tries = 200)
    void anyUnicodeStringExtractsWithoutThrowing(@ForAll String text) {
        ClaimChain.Extraction x = PaperClaims.standard().run(text);
        assertEquals(List.of(), x.problems(), "no extractor may fail");
        for (Claim c : x.claims()) {
            assertEquals(text.substring(c.start(), c.end()), c.text());
        }
    }

    @Property(tries = 100)
    void extractionIsDeterministicAndRecordsRoundTripThroughJson(@ForAll("abstractLike") String text)
            throws Exception {
        Paper p = PaperClaims.process(Paper.of("p", "T: a title", text));
        assertEquals(p, PaperClaims.process(Paper.of("p", "T: a title", text)));
        String json = PaperJson.toJson(p);
        assertEquals(p, PaperJson.readPaper(json));
        assertEquals(json, PaperJson.toJson(PaperJson.readPaper(json)));
    }
}

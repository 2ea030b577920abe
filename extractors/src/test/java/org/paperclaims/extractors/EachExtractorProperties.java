package org.paperclaims.extractors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.paperclaims.PaperClaims;
import org.paperclaims.model.Claim;
import org.paperclaims.model.Paper;
import org.paperclaims.pipeline.ClaimChain;
import org.paperclaims.pipeline.Extractor;

/**
 * Each standard extractor, run alone with what it requires, never fails on a title and an abstract made of
 * the words its rules look for, and its claims always quote the abstract.
 */
class EachExtractorProperties {
    private static final Map<String, ClaimChain> CHAINS = new ConcurrentHashMap<>();

    @Provide
    Arbitrary<String> extractorIds() {
        return Arbitraries.of(PaperClaims.standard().extractors().stream().map(Extractor::id).toList());
    }

    @Provide
    Arbitrary<String> abstracts() {
        Arbitrary<String> words = Arbitraries.of("we", "propose", "introduce", "named", "called", "FooNet",
                "Foo-Net", "(", ")", ",", ":", ".", "ImageNet", "256x256", "-", "1K", "dataset", "benchmarks",
                "the", "and", "such", "as", "(1)", "\\foo", "MATH", "coco", "Bench", "a", "novel", "GQA", "our",
                "framework", "2", "5.0", "Lexical", "Unit", "Decoding", "(LUD)", "$", "{", "}", "x", "\u00d7",
                "7B", "A100", "8 x", "seconds", "ms", "FPS", "FID", "of", "on", "https://github.com/o/r",
                "will be released", "faster", "memory", "by", "up to", "%");
        Arbitrary<String> tokens = Arbitraries.oneOf(words, Arbitraries.strings().ofMaxLength(6));
        return tokens.list().ofMaxSize(60).map(l -> String.join(" ", l));
    }

    @Property(tries = 400)
    void neverFailsAndClaimsQuoteTheAbstract(@ForAll("extractorIds") String id, @ForAll("abstracts") String text,
            @ForAll("abstracts") String title) {
        ClaimChain chain = CHAINS.computeIfAbsent(id, k -> ClaimChain.newBuilder().include(k).build());
        ClaimChain.Extraction run = chain.run(title, text);
        assertEquals(0, run.problems().size(), () -> id + ": " + run.problems());
        for (Claim c : run.claims()) {
            assertEquals(c.text(), text.substring(c.start(), c.end()));
        }
        chain.process(Paper.of("p", title, text));
    }
}

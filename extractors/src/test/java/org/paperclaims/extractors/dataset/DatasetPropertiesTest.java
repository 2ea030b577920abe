package org.paperclaims.extractors.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.paperclaims.model.Claim;
import org.paperclaims.model.Paper;
import org.paperclaims.pipeline.ClaimChain;

/** The dataset extractor never fails on any text and its claims always quote the abstract. */
class DatasetPropertiesTest {
    private static final ClaimChain CHAIN = ClaimChain.newBuilder().include("dataset").build();

    @Provide
    Arbitrary<String> abstracts() {
        Arbitrary<String> words = Arbitraries.of("we", "propose", "introduce", "named", "called", "FooNet",
                "Foo-Net", "(", ")", ",", ":", ".", "ImageNet", "256x256", "-", "1K", "dataset", "benchmarks",
                "the", "and", "such", "as", "(1)", "\\foo", "MATH", "coco", "Bench", "a", "novel", "GQA", "our",
                "framework", "2", "5.0", "Lexical", "Unit", "Decoding", "(LUD)", "$", "{", "}", "x", "\u00d7");
        Arbitrary<String> tokens = Arbitraries.oneOf(words, Arbitraries.strings().ofMaxLength(6));
        return tokens.list().ofMaxSize(60).map(l -> String.join(" ", l));
    }

    @Property(tries = 300)
    void neverThrowsAndClaimsQuoteTheAbstract(@ForAll("abstracts") String text, @ForAll("abstracts") String title) {
        ClaimChain.Extraction run = CHAIN.run(title, text);
        assertEquals(0, run.problems().size(), () -> run.problems().toString());
        for (Claim c : run.claims()) {
            assertEquals(c.text(), text.substring(c.start(), c.end()));
        }
        CHAIN.process(Paper.of("p", title, text));
    }
}

package org.paperclaims.extractors.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperclaims.PaperClaims;
import org.paperclaims.model.ModelClaim;
import org.paperclaims.text.TextView;
import org.paperclaims.text.TokenList;

/**
 * The size scan passes over every token whose shape has no digit without reading it: that is only right if
 * every number token has the digit bit, whatever surrounds it.
 */
class NumberShapeSkipTest {
    private static final List<String> TEXTS = List.of(
            "We fine-tune Llama-3.2-3B-Instruct and a 175-billion parameter model on 1,000 prompts.",
            "Sizes 7B, 1.5b and 400M; $35\\times$ faster at 12.8ms; 256x256 images, v1.5 and 33\\% fewer steps.",
            "Ünïcode 𝟓𝟎× and ٣ digits, (2024), 3.5-GPU, 8xH100 and -0.5 or .5 values.");

    @Test
    void everyNumberTokenHasTheDigitShape() {
        int numbers = 0;
        for (String text : TEXTS) {
            TokenList t = TextView.of(text).tokens();
            for (int i = 0; i < t.size(); i++) {
                if (t.get(i).isNumber()) {
                    numbers++;
                    assertTrue((t.shape(i) & TokenList.DIGIT) != 0, text + " @" + t.get(i));
                }
            }
        }
        assertTrue(numbers > 15, "numbers seen: " + numbers);
    }

    @Test
    void sizesAreStillFoundAfterTheShapeSkip() {
        List<ModelClaim> found = PaperClaims.extract("We release a 7B model and the OPT-175B baseline.", ModelClaim.class);
        assertEquals(2, found.size(), () -> "claims: " + found);
        assertEquals(7_000_000_000L, found.get(0).parameters());
    }

    @Test
    void everySizeStartsAtANumberWhoseUnitWordIsNextOrAfterIt() {
        List<String> texts = new java.util.ArrayList<>(TEXTS);
        texts.addAll(List.of("A 7B-parameter model, 1.5 billion params, a 175-billion model, 3 - billion, 2 thousand.",
                "Models of 7 B and 13b, 70 B, 1,000K and 0.5T; 5 million-parameter nets", "7", "7 B", "7-"));
        texts.addAll(org.paperclaims.extractors.GoldAbstracts.all());
        int sizes = 0;
        for (String text : texts) {
            TextView view = TextView.of(text);
            TokenList t = view.tokens();
            for (int i = 0; i < t.size(); i++) {
                if (ModelExtractor.sizeAt(view, i) != null) {
                    sizes++;
                    assertTrue(t.kind(i) == org.paperclaims.text.TokenKind.NUMBER && ModelExtractor.mayStartSize(t, i),
                            text + " @" + t.get(i));
                }
            }
        }
        assertTrue(sizes > 30, "sizes seen: " + sizes);
    }
}

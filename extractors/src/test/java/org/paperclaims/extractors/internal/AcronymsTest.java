package org.paperclaims.extractors.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperclaims.text.TextView;

class AcronymsTest {

    @Test
    void digitsAfterALetterReadAsRepeatsOrAsToAndFor() {
        assertEquals(List.of("ddf", "dtf"), Acronyms.digitReadings("d2f"));
        assertEquals(List.of("learnnnnpd", "learnfpd"), Acronyms.digitReadings("learn4pd"));
        assertEquals(List.of("vvvae"), Acronyms.digitReadings("v3ae"));
    }

    @Test
    void abbreviationsWithoutSuchDigitsHaveNoOtherReading() {
        assertEquals(List.of(), Acronyms.digitReadings("clip"));
        assertEquals(List.of(), Acronyms.digitReadings("gpt"));
        assertEquals(List.of(), Acronyms.digitReadings("2d"), "a digit before any letter");
        assertEquals(List.of(), Acronyms.digitReadings("a1b"), "one is no repeat");
        assertEquals(List.of(), Acronyms.digitReadings("llm32"), "a digit followed by a digit is a number");
    }

    @Test
    void aLongFormSpelledWithRepeatedLettersIsFound() {
        TextView v = TextView.of("We train a denoising diffusion flow (D2F) on images.");
        int last = 5; // "flow"
        assertEquals("flow", v.tokens().get(last).text());
        assertEquals(3, Acronyms.longFormEndingAt(v.tokens(), "D2F", 0, last));
        assertTrue(Acronyms.spellsWhole(v.tokens(), "D2F", 3, 5));
        assertFalse(Acronyms.spellsWhole(v.tokens(), "XYZ", 3, 5));
    }
}

package org.paperclaims.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextViewTest {

    private static List<String> texts(TextView v) {
        return v.tokens().stream().map(Token::text).toList();
    }

    private static String originalOf(TextView v, String tokenText) {
        Token t = v.tokens().stream().filter(x -> x.text().equals(tokenText)).findFirst().orElseThrow();
        return v.original().substring(t.start(), t.end());
    }

    @Test
    void wordIdsAreComputedAgainWhenAWordIsRegisteredAfterTheView() {
        String word = "textviewtestlateword" + System.nanoTime();
        TextView v = TextView.of("A " + word + " here.");
        assertEquals(-1, v.tokens().wordId(1));
        int id = org.paperclaims.internal.Lexicon.register(word);
        assertTrue(v.tokens().idsCover(id + 1), "the ids are brought up to the lexicon");
        assertEquals(id, v.tokens().wordId(1));
    }

    @Test
    void lostSpaceBeforeTimesSplitsNumberFromWord() {
        TextView v = TextView.of("It runs 35times faster.");
        assertEquals(List.of("It", "runs", "35", "times", "faster", "."), texts(v));
        Token n = v.tokens().get(2);
        assertEquals(35.0, n.number());
        assertTrue(v.joined(n, v.tokens().get(3)));
    }

    @Test
    void latexTimesReadsAsMultiplicationSignAndKeepsItsWrapper() {
        TextView v = TextView.of("a \\(7\\times\\) improvement");
        assertEquals(List.of("a", "7", "\u00d7", "improvement"), texts(v));
        assertEquals("\\(7", originalOf(v, "7"));
        assertEquals("\\times\\)", originalOf(v, "\u00d7"));
    }

    @Test
    void dollarMathTimesReadsAsMultiplicationSign() {
        TextView v = TextView.of("up to $3.5\\times$ faster");
        assertEquals(List.of("up", "to", "3.5", "\u00d7", "faster"), texts(v));
        assertEquals(3.5, v.tokens().get(2).number());
    }

    @Test
    void escapedPercentReadsAsPercent() {
        TextView v = TextView.of("a 33\\% speed up");
        assertEquals(List.of("a", "33", "%", "speed", "up"), texts(v));
        assertEquals("\\%", originalOf(v, "%"));
    }

    @Test
    void lostBackslashBeforeSimReadsAsTilde() {
        TextView v = TextView.of("fast generation (sim7 seconds)");
        assertEquals(List.of("fast", "generation", "(", "~", "7", "seconds", ")"), texts(v));
        assertEquals("sim", originalOf(v, "~"));
    }

    @Test
    void simulationIsNotSim() {
        TextView v = TextView.of("a simulation of 7 seconds");
        assertEquals("simulation", v.tokens().get(1).text());
    }

    @Test
    void textWrapperWithDuplicatedUrlYieldsOneUrlTokenSpanningTheWrapper() {
        String s = "can be found at text{https://github.com/a/B}{https://github.com/a/B}.";
        TextView v = TextView.of(s);
        Token url = v.tokens().stream().filter(t -> t.kind() == TokenKind.URL).findFirst().orElseThrow();
        assertEquals("https://github.com/a/B", url.text());
        assertEquals("text{https://github.com/a/B}{https://github.com/a/B}", s.substring(url.start(), url.end()));
    }

    @Test
    void escapedUnderscoreInUrlIsUnescaped() {
        TextView v = TextView.of("Demos: {https://x.top/Speech2\\_demo/}");
        Token url = v.tokens().stream().filter(t -> t.kind() == TokenKind.URL).findFirst().orElseThrow();
        assertEquals("https://x.top/Speech2_demo/", url.text());
        assertEquals("{https://x.top/Speech2\\_demo/}", v.original().substring(url.start(), url.end()));
    }

    @Test
    void urlDropsSentencePunctuationButKeepsTrailingDash() {
        TextView v = TextView.of("at https://github.com/o/Name-LUD-. Keywords");
        Token url = v.tokens().get(1);
        assertEquals("https://github.com/o/Name-LUD-", url.text());
    }

    @Test
    void thousandsSeparatorIsPartOfTheNumber() {
        TextView v = TextView.of("2,300 frames, 3, 4");
        assertEquals(2300.0, v.tokens().get(0).number());
        assertEquals(List.of("2,300", "frames", ",", "3", ",", "4"), texts(v));
    }

    @Test
    void wordsKeepDigitsAndVersionDots() {
        TextView v = TextView.of("A100 and LLaVA-v1.5 with FID_b on ImageNet64");
        assertEquals(List.of("A100", "and", "LLaVA", "-", "v1.5", "with", "FID_b", "on", "ImageNet64"), texts(v));
    }

    @Test
    void sentencesSplitAtFullStopsButNotAfterAbbreviations() {
        TextView v = TextView.of("We use e.g. GPUs. It is 2x faster vs. X. Done");
        assertEquals(3, v.sentences().size());
        Sentence s0 = v.sentences().get(0);
        assertEquals("We use e.g. GPUs.", v.original().substring(s0.start(), s0.end()));
    }

    @Test
    void abbreviationsAreKnownInAnyCaseAndOnlyAsWholeWords() {
        // "ETC." and "Fig." are abbreviations whatever their case; "data." and "sec" inside "Dissec." are not; a
        // dotted capital I lower-cases to two characters, so "İ.e." is no "i.e.".
        TextView v = TextView.of("Compare Fig. 2 and ETC. Then data. We Dissec. It. Next İ.e. Last");
        List<String> sentences = v.sentences().stream().map(s -> v.original().substring(s.start(), s.end())).toList();
        assertEquals(List.of("Compare Fig. 2 and ETC. Then data.", "We Dissec.", "It.", "Next İ.e.", "Last"),
                sentences);
    }

    @Test
    void emptyTextHasNoTokensOrSentences() {
        TextView v = TextView.of("");
        assertEquals(0, v.size());
        assertEquals(0, v.sentences().size());
    }

    @Test
    void lettersOutsideTheBasicPlaneStayInsideTheirWord() {
        TextView v = TextView.of("We propose \ud835\udcb3Net today");
        assertEquals(List.of("We", "propose", "\ud835\udcb3Net", "today"), texts(v));
    }

    @Test
    void mathematicalBoldDigitsReadAsAsciiAndSpanTheirSurrogatePairs() {
        // U+1D7D1 U+1D7D4 (bold 3, bold 6) then U+1D7E2 (sans-serif 0): each digit is two chars of the original.
        String text = "about \uD835\uDFD1\uD835\uDFD4\u00d7 faster, \uD835\uDFE2 errors";
        TextView v = TextView.of(text);
        assertEquals(List.of("about", "36", "\u00d7", "faster", ",", "0", "errors"), texts(v));
        Token n = v.tokens().get(1);
        assertEquals(36.0, n.number());
        assertEquals(6, n.start());
        assertEquals(10, n.end());
        assertEquals("\uD835\uDFD1\uD835\uDFD4", text.substring(n.start(), n.end()));
        assertEquals("\u00d7", text.substring(v.tokens().get(2).start(), v.tokens().get(2).end()));
        Token zero = v.tokens().get(5);
        assertEquals("\uD835\uDFE2", text.substring(zero.start(), zero.end()));
    }

    @Test
    void otherSupplementaryCharactersAreNotDigits() {
        // U+1D400 (bold capital A) shares the high surrogate but is a letter, not a digit.
        TextView v = TextView.of("a \uD835\uDC00 b 7");
        assertTrue(v.tokens().stream().noneMatch(t -> t.isNumber() && t.number() != 7.0));
    }

    @Test
    void normalisedTextEndingInALoneHighSurrogateReadsOnlyItsOwnCharacters() {
        // Markup makes the normalised reading shorter than the text; a high surrogate at its end pairs with nothing.
        String text = "$x$ ab \\(2\\times\\) \ud835";
        TextView v = TextView.of(text);
        assertEquals(List.of("x", "ab", "2", "\u00d7", "\ud835"), texts(v));
        Token last = v.tokens().get(4);
        assertEquals(TokenKind.SYMBOL, last.kind());
        assertEquals(text.length() - 1, last.start());
        assertEquals(text.length(), last.end());
    }

    @Test
    void tokensOfADenseTextAreAllThereAndInOrder() {
        // One token per character: the builder's first guess (a token per five characters) must grow.
        String text = "%".repeat(10_000) + " 3x faster.";
        TextView v = TextView.of(text);
        assertEquals(10_004, v.size());
        for (int i = 0; i < v.size(); i++) {
            assertEquals(i, v.tokens().get(i).index());
        }
        assertEquals("faster", v.tokens().get(10_002).text());
        assertThrows(IndexOutOfBoundsException.class, () -> v.tokens().get(10_004));
        assertThrows(IndexOutOfBoundsException.class, () -> v.tokens().wordId(10_004));
    }

    @Test
    void tokenKeepsItsKindSpaceFlagAndNumberValue() {
        TextView v = TextView.of("x 1,000.5%");
        Token n = v.tokens().get(1);
        assertEquals(TokenKind.NUMBER, n.kind());
        assertTrue(n.spaceBefore());
        assertEquals(1000.5, n.number());
        Token pct = v.tokens().get(2);
        assertTrue(pct.isSymbol('%'));
        assertFalse(pct.spaceBefore());
        assertTrue(Double.isNaN(pct.number()));
        assertEquals(n, TextView.of("x 1,000.5%").tokens().get(1));
        assertNotEquals(n, pct);
    }
}

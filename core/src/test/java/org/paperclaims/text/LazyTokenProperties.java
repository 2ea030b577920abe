package org.paperclaims.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * In dense texts one-character tokens are made when first read rather than while the text is scanned;
 * whatever the order they are read in, they must be the tokens an eager view holds: in their sentence, at
 * their index, pointing at their character in the original string, and the same object on every read. The
 * tests build lazy views of short texts by asking for them.
 */
class LazyTokenProperties {

    @Provide
    Arbitrary<String> texts() {
        // Sentence ends, LaTeX that the normaliser rewrites (offsets then differ from the reading's), symbols.
        Arbitrary<String> piece = Arbitraries.of("Speedup", "of", "35", "\\times", "$x$", "33\\%", "%", ".", ". ",
                "e.g.", "(", ")", "\u00d7", "A100", "faster", "? ", "\\(7\\times\\)", "\ud800", "-", "{", "}");
        Arbitrary<String> noise = Arbitraries.strings().withCharRange('\u0000', '\u024f').ofMaxLength(4);
        return Arbitraries.oneOf(piece, piece, piece, noise).list().ofMaxSize(40).map(p -> String.join(" ", p));
    }

    @Property(tries = 400)
    void tokensReadInAnyOrderAreTheSameAsReadInOrder(@ForAll("texts") String text) {
        TextView eager = TextView.of(text, TextView.Singles.EAGER);
        TextView forward = TextView.of(text, TextView.Singles.LAZY);
        TextView backward = TextView.of(text, TextView.Singles.LAZY);
        TokenList a = forward.tokens();
        TokenList b = backward.tokens();
        for (int i = b.size() - 1; i >= 0; i--) {
            b.get(i);
        }
        assertEquals(eager.tokens(), b);
        assertEquals(eager.tokens(), a);
        assertEquals(eager.sentences(), forward.sentences());
        for (int i = 0; i < a.size(); i++) {
            Token t = a.get(i);
            assertSame(t, a.get(i), "one object per token");
            assertEquals(i, t.index());
            assertEquals(t.kind(), a.kind(i), "kind of " + t);
            Sentence s = forward.sentences().get(t.sentence());
            assertTrue(s.firstToken() <= i && i < s.endToken(), "token " + i + " in sentence " + t.sentence());
            assertTrue(0 <= t.start() && t.start() < t.end() && t.end() <= text.length(), "span of " + t);
            if (i == 0) {
                assertTrue(t.spaceBefore(), "the start of the text counts as space");
            }
        }
    }

    @Property(tries = 100)
    void aLongRunOfSymbolsKeepsItsSentencesAndOffsets(@ForAll("texts") String text) {
        String run = "%".repeat(50) + ". " + text + " " + "(".repeat(30);
        TextView view = TextView.of(run, TextView.Singles.LAZY);
        List<Sentence> sentences = view.sentences();
        for (Sentence s : sentences) {
            for (int i = s.endToken() - 1; i >= s.firstToken(); i--) {
                assertEquals(s.index(), view.tokens().get(i).sentence());
            }
        }
        assertEquals("%", view.tokens().get(0).text());
        assertEquals(0, view.tokens().get(0).start());
    }

    @Property(tries = 200)
    void eagerAndLazyViewsOfAnyTextHoldEqualTokens(@ForAll String text) {
        TokenList eager = TextView.of(text, TextView.Singles.EAGER).tokens();
        TokenList lazy = TextView.of(text, TextView.Singles.LAZY).tokens();
        for (int i = lazy.size() - 1; i >= 0; i--) {
            assertEquals(eager.get(i), lazy.get(i));
            assertEquals(eager.kind(i), lazy.kind(i));
            assertEquals(eager.shape(i), lazy.shape(i));
        }
        assertEquals(eager.size(), lazy.size());
    }

    @Property(tries = 300)
    void theRecordedFirstCharacterAndKindAreThoseOfTheTokenInAnyText(@ForAll("texts") String text) {
        for (TextView.Singles singles : TextView.Singles.values()) {
            TokenList tokens = TextView.of(text, singles).tokens();
            for (int i = 0; i < tokens.size(); i++) {
                assertEquals(tokens.get(i).text().charAt(0), tokens.firstChar(i), "token " + i);
                assertEquals(tokens.get(i).kind(), tokens.kind(i), "token " + i);
            }
        }
    }

    @Property(tries = 5)
    void aDenseTextPastTheThresholdSwitchesToLazyTokensAndKeepsEveryToken(@ForAll("texts") String text) {
        // Prose of the same length stays eager.
        String prose = "We report a speedup of 35 times, and more. ".repeat(TextView.LAZY_SINGLES_AFTER * 2 / 40);
        TokenList proseTokens = TextView.of(prose).tokens();
        assertTrue(proseTokens.made(proseTokens.size() - 1), "prose makes its tokens in the scan");
        // A run of symbols long enough to switch part-way, then ordinary text: the view made by density holds the
        // same tokens as the eager one, and those past the switch are made when read.
        String dense = "%(".repeat(TextView.LAZY_SINGLES_AFTER) + " " + text + " %";
        TokenList eager = TextView.of(dense, TextView.Singles.EAGER).tokens();
        TokenList byDensity = TextView.of(dense).tokens();
        assertEquals(eager.size(), byDensity.size());
        assertTrue(byDensity.made(0), "the first tokens are made in the scan");
        assertTrue(!byDensity.made(byDensity.size() - 1), "the last '%' is left to be made when read");
        for (int i = byDensity.size() - 1; i >= byDensity.size() - 200 && i >= 0; i--) {
            assertEquals(eager.get(i), byDensity.get(i));
        }
        assertEquals(eager, byDensity);
    }
}

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
 * One-character tokens are made when first read rather than while the text is scanned; whatever the order
 * they are read in, they must be the tokens an eager view would hold: in their sentence, at their index,
 * pointing at their character in the original string, and the same object on every read.
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
        TextView forward = TextView.of(text);
        TextView backward = TextView.of(text);
        TokenList a = forward.tokens();
        TokenList b = backward.tokens();
        for (int i = b.size() - 1; i >= 0; i--) {
            b.get(i);
        }
        assertEquals(a, b);
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

    @Property(tries = 300)
    void aOneCharacterTokenOfPlainTextQuotesItsCharacter(@ForAll String text) {
        TokenList tokens = TextView.of(text).tokens();
        for (int i = tokens.size() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.text().length() == 1 && t.end() - t.start() == 1) {
                // Unnormalised characters read as themselves.
                assertEquals(text.substring(t.start(), t.end()), t.text());
            }
        }
    }

    @Property(tries = 100)
    void aLongRunOfSymbolsKeepsItsSentencesAndOffsets(@ForAll("texts") String text) {
        String run = "%".repeat(50) + ". " + text + " " + "(".repeat(30);
        TextView view = TextView.of(run);
        List<Sentence> sentences = view.sentences();
        for (Sentence s : sentences) {
            for (int i = s.endToken() - 1; i >= s.firstToken(); i--) {
                assertEquals(s.index(), view.tokens().get(i).sentence());
            }
        }
        assertEquals("%", view.tokens().get(0).text());
        assertEquals(0, view.tokens().get(0).start());
    }
}

package org.paperclaims.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.paperclaims.internal.Lexicon;

/**
 * The view's fast paths (vocabulary words looked up straight from the characters and sharing the lexicon's
 * string, one-character tokens by a table, a lexicon miss taken as final for ASCII) must give every token
 * exactly what the plain path would: its lower-case text as {@code toLowerCase(ROOT)} and the lexicon id of
 * that text.
 */
class TokenWordIdProperties {
    private static final List<String> WORDS = List.of("speedup", "faster", "ImageNet", "GPU", "x", "%", "(", "the",
            "İstanbul", "Straße", "ΑΒΓ", "v1.5", "FID_b", "1,000", "https://github.com/a/b", "\u00d7", "A100s");

    static {
        // Some of the words are vocabulary, in upper, lower and mixed case; the rest are not.
        for (String w : List.of("speedup", "faster", "imagenet", "gpu", "x", "%", "(", "the", "istanbul", "a100s")) {
            Lexicon.register(w);
        }
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> word = Arbitraries.of(WORDS).map(w -> switch (w.length() % 3) {
            case 0 -> w.toUpperCase(Locale.ROOT);
            case 1 -> w.toLowerCase(Locale.ROOT);
            default -> w;
        });
        Arbitrary<String> noise = Arbitraries.strings().withCharRange('\u0000', '\u024f').ofMaxLength(5);
        return Arbitraries.oneOf(word, word, noise).list().ofMaxSize(30)
                .map(parts -> String.join(" ", parts));
    }

    @Property(tries = 500)
    void everyTokenHasItsLowerCaseTextAndThatTextsLexiconId(@ForAll("texts") String text) {
        TokenList tokens = TextView.of(text).tokens();
        assertTrue(tokens.idsCover(Lexicon.size()));
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            assertEquals(t.text().toLowerCase(Locale.ROOT), t.lower(), "lower of '" + t.text() + "'");
            assertEquals(Lexicon.id(t.lower()), tokens.wordId(i), "word id of '" + t.text() + "'");
        }
    }

    @Property(tries = 200)
    void anyUnicodeTokenHasItsLexiconId(@ForAll String text) {
        TokenList tokens = TextView.of(text).tokens();
        for (int i = 0; i < tokens.size(); i++) {
            assertEquals(Lexicon.id(tokens.get(i).lower()), tokens.wordId(i));
        }
    }

    @Property(tries = 300)
    void everyTokensShapeIsWhatItsTextShows(@ForAll("texts") String mixed, @ForAll String anyUnicode) {
        for (String text : List.of(mixed, anyUnicode)) {
            TokenList tokens = TextView.of(text).tokens();
            for (int i = 0; i < tokens.size(); i++) {
                String t = tokens.get(i).text();
                int expected = (t.chars().allMatch(c -> c < 0x80) ? TokenList.ASCII : 0)
                        | (t.chars().anyMatch(c -> c >= '0' && c <= '9') ? TokenList.DIGIT : 0)
                        | (t.chars().anyMatch(c -> c >= 'A' && c <= 'Z') ? TokenList.UPPER : 0);
                assertEquals(expected, tokens.shape(i), "shape of '" + t + "'");
            }
        }
    }
}

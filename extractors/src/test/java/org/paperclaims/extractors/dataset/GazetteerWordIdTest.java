package org.paperclaims.extractors.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperclaims.model.DatasetKind;
import org.paperclaims.text.TextView;
import org.paperclaims.text.Token;
import org.paperclaims.text.TokenList;

/**
 * The gazetteer finds the first token's trie node by lexicon word id on a view's {@link TokenList} and by its
 * text otherwise: both must find the same mentions at every token.
 */
class GazetteerWordIdTest {
    private static final List<String> TEXTS = List.of(
            "We report FID on MS COCO, COCO-30K and the coco dataset, and accuracy on GSM8k and MATH.",
            "The model is trained on ImageNet64, ImageNet 256x256, Tiny-ImageNet and CIFAR-10 / CIFAR-100.",
            "Results on the Pile, The Stack, Celeb-A, CelebA-HQ and COCO-Stuff; math word problems are harder.",
            "Scores on \u00c6therSet, \u212aelpForest and K\u00f6lnCorpus differ from the book corpus baseline.",
            "KelpForest-v2 (KF2) and SeaBench, but not seabench or Sea Bench; KF2 again, and a KelpForest 2024 split.",
            "", "-- ( ) 12 3.5x of the and a an in", "Alpaca 7B is a model; the Alpaca data set is not.",
            // Keys that symbol and URL tokens spell: such tokens start no mention, however their ids hit.
            "See www.reefset.org and .NETCorpus (or .NET Corpus), not . NETCorpus; www.reefset.org/v2 too.");

    private static Gazetteer custom(boolean registered) {
        Gazetteer.Builder b = Gazetteer.newBuilder()
                .add("KelpForest", DatasetKind.DATASET, "Kelp-Forest-v2", "KF2")
                .add(new Gazetteer.Entry("SeaBench", DatasetKind.BENCHMARK, true, List.of()))
                .add("\u00c6therSet", DatasetKind.DATASET)
                .add("K\u00f6lnCorpus", DatasetKind.DATASET)
                .add(".NETCorpus", DatasetKind.DATASET)
                .add("www.reefset.org", DatasetKind.DATASET, "ReefSet");
        return b.build(registered);
    }

    /** Every match of {@code g} at every token, as "first-last:name" (or "-" for none). */
    private static List<String> matches(Gazetteer g, List<Token> tokens) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Gazetteer.Match m = g.matchAt(tokens, i, tokens.size());
            out.add(m == null ? "-" : m.first() + "-" + m.last() + ":" + m.entry().name());
        }
        return out;
    }

    /** The mentions of one left-to-right pass, as the extractor makes it: {@code nextMatch} after each. */
    private static List<String> pass(Gazetteer g, List<Token> tokens) {
        List<String> out = new ArrayList<>();
        Gazetteer.Match m;
        int[] keys = g.keysOf(tokens);
        for (int i = 0; (m = g.nextMatch(tokens, keys, i, tokens.size())) != null; i = m.last() + 1) {
            out.add(m.first() + "-" + m.last() + ":" + m.entry().name());
        }
        return out;
    }

    /** The same pass by {@code matchAt} at each token. */
    private static List<String> passByMatchAt(Gazetteer g, List<Token> tokens) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); ) {
            Gazetteer.Match m = g.matchAt(tokens, i, tokens.size());
            if (m == null) {
                i++;
            } else {
                out.add(m.first() + "-" + m.last() + ":" + m.entry().name());
                i = m.last() + 1;
            }
        }
        return out;
    }

    private static int indexOf(List<Token> tokens, String text) {
        for (Token t : tokens) {
            if (t.text().equals(text)) {
                return t.index();
            }
        }
        throw new AssertionError(text);
    }

    @Test
    void shippedListMatchesTheSameByWordIdAsByText() {
        Gazetteer byId = Gazetteer.defaults();
        Gazetteer byText = Gazetteer.newBuilder().addDefaults().build();
        for (String text : TEXTS) {
            TokenList tokens = TextView.of(text).tokens();
            List<String> expected = matches(byText, tokens);
            assertEquals(expected, matches(byId, tokens), text);
            // Any other list of the same tokens goes by text.
            assertEquals(expected, matches(byId, new ArrayList<>(tokens)), text);
            assertEquals(passByMatchAt(byText, tokens), pass(byId, tokens), text);
            assertEquals(passByMatchAt(byText, tokens), pass(byText, tokens), text);
        }
    }

    @Test
    void customListWithCaseSensitiveDigitAndNonAsciiNamesMatchesTheSameByWordId() {
        Gazetteer byId = custom(true);
        Gazetteer byText = custom(false);
        for (String text : TEXTS) {
            TokenList tokens = TextView.of(text).tokens();
            assertEquals(matches(byText, tokens), matches(byId, tokens), text);
            assertEquals(passByMatchAt(byText, tokens), pass(byId, tokens), text);
        }
        List<Token> tokens = TextView.of(TEXTS.get(4)).tokens();
        assertEquals("KelpForest", byId.matchAt(tokens, 0, tokens.size()).entry().name());
        assertEquals("SeaBench", byId.matchAt(tokens, indexOf(tokens, "SeaBench"), tokens.size()).entry().name());
        assertNull(byId.matchAt(tokens, indexOf(tokens, "seabench"), tokens.size()), "seabench is case-sensitive");
    }

    @Test
    void walksSkippedAfterCommonFirstWordsFindTheSameMentionsAsFullWalks() {
        // nextMatch skips the walk when the word after a first word cannot continue any spelling; matchAt walks
        // every time. Common words that begin spellings ("open", "real", "human", "a", "the") followed by words
        // that do and do not continue them, joiners, a URL and the end of a sentence.
        List<String> texts = List.of(
                "We fine-tune on Open Images and on open data, then on OpenImages V6 and Open-Images.",
                "Real photos from RealBlur-J and real blur; human motion from HumanML3D, Human 3.6M and Human3.6M.",
                "A model trained on a new split of the Pile and The Stack, see https://open.example.org/images.",
                "Results on ActivityNet Captions, Activity Net and activity recognition in the wild, then Total-Text",
                "Total", "open", "the open -", "Open Images", "AFHQ v2 and AFHQ-Cat, not afhq cat; in the Pile.");
        for (Gazetteer g : List.of(Gazetteer.defaults(), Gazetteer.newBuilder().addDefaults().build())) {
            for (String text : texts) {
                TokenList tokens = TextView.of(text).tokens();
                assertEquals(passByMatchAt(g, tokens), pass(g, tokens), text);
            }
        }
        List<Token> tokens = TextView.of(texts.get(0)).tokens();
        assertEquals(List.of("5-6:Open Images", "14-15:Open Images", "17-19:Open Images"), pass(Gazetteer.defaults(), tokens));
    }

    @Test
    void pairFilterAfterFirstWordsFindsTheSameMentionsAsFullWalks() {
        // nextMatch turns a walk away when the next word (or the word after joiners) is a registered word that no
        // spelling continues with: pairs that do and do not continue, joiners, "benchmark" after a hyphen, URLs.
        List<String> texts = List.of(
                "We test on the Pile, on The Stack, on the stack of the model and on The-Stack.",
                "Accuracy on Open Images and open-source images; Open - Images; open images; real-time and Real-Blur.",
                "Image Net, Imag eNet, Image-Net and image net; CIFAR - 10 and CIFAR 100; Celeb A-HQ and Celeb - A.",
                "GenAI-benchmark, GenAI - benchmark, GenAI-Bench and Gen AI benchmark; the Wild-Bench and the wild.",
                "a novel a-b a- https://x.org the -- - the_Pile the _ Stack Human 3.6M human ML3D");
        for (Gazetteer g : List.of(Gazetteer.defaults(), afterAllWords(), Gazetteer.newBuilder().addDefaults().build())) {
            for (String text : texts) {
                TokenList tokens = TextView.of(text).tokens();
                assertEquals(passByMatchAt(g, tokens), pass(g, tokens), text);
            }
        }
    }

    /**
     * The shipped list built after every extractor's words are registered: its pair filter then knows the
     * common words ("the", "-", "benchmark"), which a list built first sends to the char test.
     */
    private static Gazetteer afterAllWords() {
        org.paperclaims.PaperClaims.standard();
        return Gazetteer.newBuilder().addDefaults().build(true);
    }

    @Test
    void goldAbstractsFindTheSameMentionsByPassAsByFullWalks() {
        // Real abstracts: every shortcut of nextMatch must agree with a full walk at every token.
        Gazetteer byText = Gazetteer.newBuilder().addDefaults().build();
        Gazetteer registered = afterAllWords();
        int compared = 0;
        for (String text : org.paperclaims.extractors.GoldAbstracts.all()) {
            TokenList tokens = TextView.of(text).tokens();
            List<String> expected = passByMatchAt(byText, tokens);
            assertEquals(expected, pass(Gazetteer.defaults(), tokens), text);
            assertEquals(expected, pass(registered, tokens), text);
            assertEquals(expected, pass(byText, tokens), text);
            compared++;
        }
        assertTrue(compared > 100, "gold abstracts read: " + compared);
    }

    @Test
    void viewMadeBeforeTheListWasRegisteredStillFindsItsNames() {
        // The view's ids predate the words of a gazetteer built afterwards: they are brought up to date.
        TokenList tokens = TextView.of("Accuracy on the QuillwortSet and on Quillwort-Set rises.").tokens();
        Gazetteer g = Gazetteer.newBuilder().add("QuillwortSet", DatasetKind.DATASET).build(true);
        Gazetteer.Match m = g.matchAt(tokens, indexOf(tokens, "QuillwortSet"), tokens.size());
        assertNotNull(m);
        assertEquals(indexOf(tokens, "QuillwortSet"), m.last());
        assertEquals(matches(Gazetteer.newBuilder().add("QuillwortSet", DatasetKind.DATASET).build(), tokens),
                matches(g, tokens));
    }
}

package org.paperclaims.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LexiconTest {

    private static int slotOf(Lexicon.Table table, String written) {
        char[] chars = written.toCharArray();
        return table.slotOfAscii(chars, 0, chars.length, written.toLowerCase(java.util.Locale.ROOT).hashCode());
    }

    @Test
    void registeringGivesOneStableIdPerWord() {
        int id = Lexicon.register("lexicon-test-word");
        assertEquals(id, Lexicon.register("lexicon-test-word"));
        assertEquals(id, Lexicon.id("lexicon-test-word"));
        assertEquals(-1, Lexicon.id("lexicon-test-never-registered"));
        assertTrue(Lexicon.size() > id);
    }

    @Test
    void aSnapshotTakenAfterRegistrationFindsTheWordFromItsCharactersInAnyCase() {
        int id = Lexicon.register("throughput");
        Lexicon.Table table = Lexicon.snapshot();
        assertTrue(table.size() > id);
        int slot = slotOf(table, "ThroughPut");
        assertTrue(slot >= 0);
        assertEquals(id, table.idAt(slot));
        assertEquals("throughput", table.wordAt(slot));
        assertSame(table.wordAt(slot), table.wordAt(slotOf(table, "throughput")), "one shared string per word");
        assertEquals(-1, slotOf(table, "throughputs"));
        assertEquals(-1, slotOf(table, "throughpu"));
    }

    @Test
    void oneCharacterWordsHaveTheirIdsByTable() {
        int id = Lexicon.register(";");
        assertEquals(id, Lexicon.snapshot().asciiCharId(';'));
        assertEquals(Lexicon.id("\u0001"), Lexicon.snapshot().asciiCharId('\u0001'));
    }

    @Test
    void aNewWordIsSeenByTheNextSnapshot() {
        Lexicon.Table before = Lexicon.snapshot();
        int id = Lexicon.register("lexicon-test-late-" + before.size());
        Lexicon.Table after = Lexicon.snapshot();
        assertEquals(-1, before.id("lexicon-test-late-" + before.size()));
        assertEquals(id, after.id("lexicon-test-late-" + before.size()));
    }

    @Test
    void everyRegisteredWordGetsThroughTheHashFilterAmongThousands() {
        // Enough words that filter bits collide: the filter may let a stranger through, never keep a word out.
        int[] ids = new int[5000];
        for (int k = 0; k < ids.length; k++) {
            ids[k] = Lexicon.register("filterword" + k);
        }
        Lexicon.Table table = Lexicon.snapshot();
        for (int k = 0; k < ids.length; k++) {
            assertEquals(ids[k], table.id("filterword" + k));
            int slot = slotOf(table, "FilterWord" + k);
            assertTrue(slot >= 0, "filterword" + k);
            assertEquals(ids[k], table.idAt(slot));
        }
        assertEquals(-1, table.id("filterword5000"));
        assertEquals(-1, slotOf(table, "filterword-1"));
    }

    @Test
    void aTokenListReadsATableByWordIdForEveryToken() {
        int fast = Lexicon.register("fast");
        int model = Lexicon.register("model");
        int[] byId = new int[Math.max(fast, model) + 1];
        byId[fast] = 3;
        byId[model] = 5;
        // A word registered after the table was sized has an id past its end.
        assertTrue(Lexicon.register("pasttheendword") >= byId.length);
        org.paperclaims.text.TokenList tokens = org.paperclaims.text.TextView.of(
                "The Model is fast, unregisteredword pasttheendword.").tokens();
        int[] out = new int[tokens.size()];
        java.util.Arrays.fill(out, -7);
        assertTrue(tokens.idsCover(Lexicon.size()));
        tokens.readById(byId, out);
        assertEquals(java.util.List.of(0, 5, 0, 3, 0, 0, 0, 0), java.util.Arrays.stream(out).boxed().toList());
        java.util.Arrays.fill(out, -7);
        tokens.readById(new int[0], out);
        assertEquals(java.util.List.of(0, 0, 0, 0, 0, 0, 0, 0), java.util.Arrays.stream(out).boxed().toList());
        org.junit.jupiter.api.Assertions.assertThrows(IndexOutOfBoundsException.class,
                () -> tokens.readById(byId, new int[2]));
    }

    @Test
    void aViewBuiltDuringABurstOfRegistrationsGivesTheNewWordsIdsWhenAsked() {
        // Between bursts a view may be built on a slightly older copy of the registry; asking whether its ids
        // cover the registry brings them up to date.
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < 100; k++) {
            Lexicon.register("burstword" + k);
            text.append("BurstWord").append(k).append(' ');
        }
        org.paperclaims.text.TokenList tokens = org.paperclaims.text.TextView.of(text.toString()).tokens();
        assertTrue(tokens.idsCover(Lexicon.size()));
        for (int k = 0; k < 100; k++) {
            assertEquals(Lexicon.id("burstword" + k), tokens.wordId(k));
            assertTrue(tokens.wordId(k) >= 0);
        }
    }

    @Test
    void shortWordsAreMatchedByTheirPackedCharactersAndLongOnesByThePool() {
        java.util.Map<String, Integer> entries = new java.util.HashMap<>();
        String[] words = {"a", "gpu", "speedup", "imagenet", "imagenet1k", "latency-bound", "caf\u00e9", "na\u00efve12",
            "x".repeat(3000)};
        for (int k = 0; k < words.length; k++) {
            entries.put(words[k], k + 7);
        }
        Lexicon.Table table = Lexicon.Table.of(entries);
        for (int k = 0; k < words.length; k++) {
            assertEquals(k + 7, table.id(words[k]), words[k].length() > 20 ? "a 3000-character word" : words[k]);
        }
        assertEquals(2 + 7, table.idAt(slotOf(table, "SpeedUp")));
        assertEquals(3 + 7, table.idAt(slotOf(table, "ImageNet")), "eight characters: packed");
        assertEquals(4 + 7, table.idAt(slotOf(table, "ImageNet1K")), "ten characters: the pool");
        assertEquals(8 + 7, table.idAt(slotOf(table, "X".repeat(3000))), "longer than the length field holds");
        assertEquals(-1, slotOf(table, "x".repeat(2999)));
        assertEquals(-1, slotOf(table, "x".repeat(3001)));
        assertEquals(-1, slotOf(table, "imagenet2"));
        assertEquals(-1, slotOf(table, "imagenes"));
        assertEquals(-1, slotOf(table, "gpus"));
    }
}

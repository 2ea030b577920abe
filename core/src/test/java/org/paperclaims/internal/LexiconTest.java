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
}

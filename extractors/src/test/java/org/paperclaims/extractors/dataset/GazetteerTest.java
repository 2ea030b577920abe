package org.paperclaims.extractors.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paperclaims.model.DatasetKind;

/** The shipped gazetteer is large, unambiguous and well-formed. */
class GazetteerTest {

    @Test
    void shippedGazetteerHasAtLeast400Entries() {
        assertTrue(Gazetteer.defaults().size() >= 400, "only " + Gazetteer.defaults().size() + " entries");
    }

    @Test
    void noSpellingBelongsToTwoEntries() {
        Map<String, String> owner = new HashMap<>();
        for (Gazetteer.Entry e : Gazetteer.defaults().entries()) {
            for (String s : e.spellings()) {
                String key = e.caseSensitive() ? Gazetteer.fold(s) : Gazetteer.fold(s).toLowerCase(java.util.Locale.ROOT);
                String prev = owner.put(key + (e.caseSensitive() ? "/s" : "/i"), e.name());
                assertTrue(prev == null || prev.equals(e.name()), s + " is under " + prev + " and " + e.name());
            }
        }
    }

    @Test
    void everyKindIsValid() {
        for (Gazetteer.Entry e : Gazetteer.defaults().entries()) {
            assertNotNull(e.kind(), e.name());
            assertTrue(e.kind() == DatasetKind.DATASET || e.kind() == DatasetKind.BENCHMARK, e.name());
        }
    }

    @Test
    void malformedLineNamesItsLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Gazetteer.newBuilder()
                .read(new StringReader("# comment\nFooSet\tdataset\ti\t\nBarSet\tcorpus\ti\t\n"), "mine.tsv"));
        assertTrue(e.getMessage().startsWith("mine.tsv:3:"), e.getMessage());
    }

    @Test
    void userFileEntriesAreRead() throws Exception {
        Gazetteer g = Gazetteer.newBuilder()
                .read(new StringReader("KelpForest\tdataset\ti\tKelp-Forest-v2|KF2\nSeaBench\tbenchmark\ts\t\n"), "mine.tsv")
                .build();
        assertEquals(2, g.size());
        assertEquals(DatasetKind.BENCHMARK, g.entry("sea-bench").kind());
        assertEquals("KelpForest", g.entry("kelp forest").name());
    }
}

package org.paperclaims.extractors.result;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.paperclaims.text.TextView;
import org.paperclaims.text.Token;

/** The first-word filter of {@link Datasets} never turns away a word of its set, whatever its chars or length. */
class DatasetsFilterTest {
    private static final Set<String> WORDS = Set.of("imagenet", "ms", "c", "ödland", "(", "supercalifragilisticexpialidociousbenchmarkwithaverylongname");

    @Test
    void everyFirstWordPassesAndOthersAreSeldomLookedUp() {
        Datasets.FirstWordFilter filter = new Datasets.FirstWordFilter(WORDS);
        for (String w : WORDS) {
            assertTrue(filter.mayBe(w), w);
        }
        int passed = 0;
        int words = 0;
        for (Token t : TextView.of("We evaluate the models on ImageNet and MS COCO, reaching an FID of 2.1 on "
                + "Ödland (c) while the baseline stays at 3.4.").tokens()) {
            words++;
            if (filter.mayBe(t.lower())) {
                passed++;
            } else {
                assertFalse(WORDS.contains(t.lower()), t.lower());
            }
        }
        assertFalse(filter.mayBe("the"));
        assertFalse(filter.mayBe("model"));
        assertTrue(passed < words / 2, passed + " of " + words);
    }
}

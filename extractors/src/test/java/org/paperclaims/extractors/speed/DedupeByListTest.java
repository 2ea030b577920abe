package org.paperclaims.extractors.speed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.paperclaims.model.Aspect;
import org.paperclaims.model.Bound;
import org.paperclaims.model.Resource;
import org.paperclaims.text.TextView;
import org.paperclaims.text.Token;

/**
 * A figure stated twice is one claim: comparing each finding with the figures kept in a list (every real
 * abstract) must drop exactly the findings that indexing the figures in maps drops.
 */
class DedupeByListTest {
    @Test
    void repeatedFiguresDroppedByListAreThoseDroppedByIndex() {
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < 8; s++) {
            text.append("It runs 2x faster than the base model and 3x faster in training. ");
        }
        List<Token> t = TextView.of(text.toString()).tokens();
        Random random = new Random(42);
        Aspect[] aspects = {null, Aspect.values()[0], Aspect.values()[1]};
        Resource[] resources = {null, Resource.MEMORY};
        double[] factors = {2.0, 3.0, 2.0000001};
        int dropped = 0;
        for (int trial = 0; trial < 3000; trial++) {
            int n = 2 + random.nextInt(20);
            List<FigureReader.Finding> in = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                int first = random.nextInt(t.size() - 2);
                int last = first + random.nextInt(2);
                Double max = random.nextInt(4) == 0 ? 4.0 : null;
                in.add(new FigureReader.Finding(random.nextBoolean() ? FigureReader.Kind.SPEEDUP
                        : FigureReader.Kind.REDUCTION, first, last, factors[random.nextInt(factors.length)], max,
                        Bound.EXACT, null, aspects[random.nextInt(aspects.length)],
                        resources[random.nextInt(resources.length)], null));
            }
            List<FigureReader.Finding> byList = FigureReader.dedupeByList(t, in);
            assertEquals(FigureReader.dedupeIndexed(t, in), byList, in::toString);
            dropped += n - byList.size();
        }
        assertTrue(dropped > 1000, "dropped " + dropped);
    }
}

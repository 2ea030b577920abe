package org.paperclaims.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperclaims.model.Aspect;
import org.paperclaims.model.Author;
import org.paperclaims.model.Bound;
import org.paperclaims.model.Paper;
import org.paperclaims.model.SpeedupClaim;

class PaperJsonTest {

    private static final String ABSTRACT = "It is 35times faster than existing baselines.";

    private static Paper sample() {
        SpeedupClaim c = new SpeedupClaim("35times faster than existing baselines", 6, 44, 35, null, Bound.EXACT,
                null, Aspect.GENERATION, "existing baselines");
        return new Paper("x", "X: a title", ABSTRACT, List.of(new Author("A. Author")), 8, null,
                LocalDate.of(2025, 3, 29), 2, List.of(c));
    }

    @Test
    void paperJsonHasContractFieldsInOrderWithNullsKeptAndWholeNumbersPlain() {
        String json = PaperJson.toJson(sample());
        assertEquals("{\"id\":\"x\",\"title\":\"X: a title\",\"abstract\":\"" + ABSTRACT + "\","
                + "\"authors\":[{\"name\":\"A. Author\"}],\"authorCount\":8,\"organization\":null,"
                + "\"published\":\"2025-03-29\",\"upvotes\":2,\"claims\":[{\"type\":\"speedup\","
                + "\"text\":\"35times faster than existing baselines\",\"start\":6,\"end\":44,\"factor\":35,"
                + "\"factorMax\":null,\"bound\":\"exact\",\"percent\":null,\"aspect\":\"generation\","
                + "\"baseline\":\"existing baselines\"}]}", json);
    }

    @Test
    void paperRoundTripsThroughJson() throws Exception {
        Paper p = sample();
        assertEquals(p, PaperJson.readPaper(PaperJson.toJson(p)));
    }
}

package org.paperclaims.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.paperclaims.model.ClaimType;
import org.paperclaims.model.Paper;

/** The bundled JSON Schema mirrors the model; validation itself is tested where a validator is on the path. */
class PaperSchemaTest {

    private static JsonNode schema() throws IOException {
        return PaperJson.mapper().readTree(PaperJson.schema());
    }

    private static List<String> names(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void schemaIsDraft2020Json() throws IOException {
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema().get("$schema").asText());
    }

    @Test
    void paperPropertiesAreTheRecordComponentsInOrder() throws IOException {
        List<String> components = Arrays.stream(Paper.class.getRecordComponents())
                .map(c -> c.getName().equals("abstractText") ? "abstract" : c.getName()).toList();
        assertEquals(components, names(schema().get("properties")));
        assertEquals(components, PaperJson.mapper().convertValue(schema().get("required"), List.class));
    }

    @Test
    void claimOneOfHasOneBranchPerClaimTypeWithTheRecordsFields() throws IOException {
        JsonNode s = schema();
        JsonNode oneOf = s.get("$defs").get("claim").get("oneOf");
        assertEquals(ClaimType.values().length, oneOf.size());
        for (int i = 0; i < oneOf.size(); i++) {
            ClaimType t = ClaimType.values()[i];
            assertEquals("#/$defs/" + t.wireName(), oneOf.get(i).get("$ref").asText());
            JsonNode branch = s.get("$defs").get(t.wireName());
            assertEquals(t.wireName(), branch.get("properties").get("type").get("const").asText());
            var expected = new TreeSet<String>(List.of("type", "note", "optional"));
            Arrays.stream(t.recordClass().getRecordComponents()).forEach(c -> expected.add(c.getName()));
            assertEquals(expected, new TreeSet<>(names(branch.get("properties"))), t.wireName());
            assertEquals(false, branch.get("additionalProperties").asBoolean(true), t.wireName());
        }
    }
}

package org.paperclaims.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.paperclaims.internal.Validate;
import org.paperclaims.model.Claim;
import org.paperclaims.model.Paper;

/**
 * Reads and writes papers and claims as the JSON of the output contract (CLAIMS.md): a {@code type}
 * discriminator on claims, {@code null} fields kept, dates as ISO strings, whole numbers without a
 * fraction ({@code 35}, not {@code 35.0}). The output for a given paper is the same bytes every time.
 *
 * <p>The record's JSON Schema (draft 2020-12) ships as the class-path resource {@link #SCHEMA_RESOURCE}
 * and is returned by {@link #schema()}: paper fields, and claims as a {@code oneOf} over the nine types
 * discriminated by {@code type}, with their fields, enums and nullability, and no other properties.
 */
public final class PaperJson {
    /** Where the JSON Schema of a paper record lives on the class path. */
    public static final String SCHEMA_RESOURCE = "/org/paperclaims/paper.schema.json";

    private static final ObjectMapper MAPPER = newMapper();

    private PaperJson() {
    }

    /** A mapper configured for the contract's JSON; a new instance each call, free to configure further. */
    public static ObjectMapper newMapper() {
        SimpleModule numbers = new SimpleModule("paperclaims-numbers");
        numbers.addSerializer(Double.class, new WholeDoubleSerializer());
        numbers.addSerializer(double.class, new WholeDoubleSerializer());
        ObjectMapper m = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(numbers)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        m.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(64 * 1024 * 1024).build());
        return m;
    }

    /** The shared mapper; do not reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** One paper as one line of JSON, without a line break. */
    public static String toJson(Paper paper) {
        Validate.notNull(paper, "paper");
        try {
            return MAPPER.writeValueAsString(paper);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One claim as JSON. */
    public static String toJson(Claim claim) {
        Validate.notNull(claim, "claim");
        try {
            return MAPPER.writeValueAsString(claim);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A paper from JSON written by {@link #toJson(Paper)}.
     *
     * @throws IOException if the JSON is malformed or does not describe a valid paper
     */
    public static Paper readPaper(String json) throws IOException {
        Validate.notNull(json, "json");
        return MAPPER.readValue(json, Paper.class);
    }

    /**
     * A JSON array of claims, each with its {@code type}. (Jackson writes the type only when it knows the
     * list holds {@link Claim}s, which a plain {@code valueToTree(list)} does not tell it.)
     */
    public static JsonNode claimsToTree(List<? extends Claim> claims) {
        Validate.notNull(claims, "claims");
        try {
            return MAPPER.readTree(MAPPER.writerFor(CLAIM_LIST).writeValueAsBytes(claims));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final TypeReference<List<Claim>> CLAIM_LIST = new TypeReference<>() {
    };

    /**
     * The JSON Schema (draft 2020-12) of one paper record as the output contract defines it, as text. Claims
     * may leave out {@code start}/{@code end} and carry {@code note}/{@code optional}, as gold files do; the
     * library's own records always have the offsets and never the gold-only fields.
     */
    public static String schema() {
        return SchemaText.TEXT;
    }

    /** Loaded on first use of {@link #schema()} only. */
    private static final class SchemaText {
        static final String TEXT = load();

        private static String load() {
            try (InputStream in = PaperJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("resource " + SCHEMA_RESOURCE + " missing from the class path");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + SCHEMA_RESOURCE, e);
            }
        }
    }

    /** A JSON tree of {@code paper}, for callers that post-process records. */
    public static JsonNode toTree(Paper paper) {
        return MAPPER.valueToTree(paper);
    }

    /** Writes whole doubles as integers so that "35x" reads {@code 35}, as the gold files do. */
    private static final class WholeDoubleSerializer extends StdSerializer<Double> {
        WholeDoubleSerializer() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            double d = value;
            if (d == Math.rint(d) && Math.abs(d) < 1e15 && !(d == 0 && 1 / d < 0)) {
                gen.writeNumber((long) d);
            } else {
                gen.writeNumber(d);
            }
        }
    }
}

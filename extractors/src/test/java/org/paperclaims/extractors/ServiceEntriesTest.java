package org.paperclaims.extractors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.paperclaims.PaperClaims;
import org.paperclaims.pipeline.ClaimChain;
import org.paperclaims.pipeline.Extractor;

/** Every line of the service file names an extractor that loads, and the standard chain has them all. */
class ServiceEntriesTest {
    private static final String SERVICES = "/META-INF/services/org.paperclaims.pipeline.Extractor";

    static Stream<String> serviceEntries() throws IOException {
        try (InputStream in = Objects.requireNonNull(ServiceEntriesTest.class.getResourceAsStream(SERVICES));
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("serviceEntries")
    void serviceEntryLoadsAndIsInTheStandardChain(String className) throws Exception {
        Class<?> c = Class.forName(className);
        Extractor e = (Extractor) c.getConstructor().newInstance();
        assertFalse(e.id().isBlank());
        assertFalse(e.provides().isEmpty(), className + " provides nothing");
        assertTrue(PaperClaims.standard().extractors().stream().anyMatch(x -> x.getClass() == c),
                className + " is missing from the standard chain");
    }

    @Test
    void standardChainLoadsWithoutProblems() throws IOException {
        ClaimChain chain = PaperClaims.standard();
        assertEquals(List.of(), chain.loadProblems());
        assertEquals(serviceEntries().count(), chain.extractors().size());
    }
}

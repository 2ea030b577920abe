package org.paperclaims.extractors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.paperclaims.json.PaperJson;

/**
 * The abstracts of every gold set under {@code src/test/resources/gold}, in file and line order: real text for
 * tests that check a fast path against the general one it stands for.
 */
public final class GoldAbstracts {
    private GoldAbstracts() {
    }

    /** Every non-empty abstract of every {@code *.jsonl} gold file, files in name order. */
    public static List<String> all() {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/gold"))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (!line.isBlank()) {
                        String text = PaperJson.mapper().readTree(line).path("abstract").asText("");
                        if (!text.isEmpty()) {
                            out.add(text);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}

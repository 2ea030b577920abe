package org.paperclaims.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.paperclaims.model.Paper;
import org.paperclaims.source.RecordReader;
import org.paperclaims.source.SourceOptions;
import org.paperclaims.source.SourceRecord;
import org.paperclaims.source.Sources;

/**
 * The benchmark corpus: the papers of the bundled listing and of the dev gold, read once. Paths are
 * relative to the repository root, where the benchmarks are run from.
 */
final class BenchCorpus {
    static final String LISTING = "examples/data/daily-papers.txt";
    static final String GOLD = "extractors/src/test/resources/gold/dev.jsonl";

    private BenchCorpus() {
    }

    static List<Paper> papers() {
        List<Paper> out = new ArrayList<>();
        for (String f : List.of(LISTING, GOLD)) {
            Path p = Path.of(f);
            if (!Files.exists(p)) {
                throw new IllegalStateException(f + " not found: run the benchmarks from the repository root");
            }
            try (RecordReader r = Sources.open(p, SourceOptions.defaults())) {
                for (SourceRecord rec; (rec = r.next()) != null; ) {
                    if (rec.paper() != null && rec.paper().abstractText() != null) {
                        out.add(rec.paper());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}

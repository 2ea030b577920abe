package org.paperclaims.extractors.speed;

import java.util.List;
import java.util.Set;
import org.paperclaims.pipeline.Document;
import org.paperclaims.pipeline.Extractor;
import org.paperclaims.pipeline.Key;

/**
 * Reads the speed and resource figures of an abstract once ({@link FigureReader}) and stores them under
 * {@link #FIGURES}, so that the speedup and reduction extractors, which both require them, share one
 * reading instead of each scanning the text.
 */
public final class FigureExtractor implements Extractor {
    /** The figures of the abstract, in order: each a speedup or reduction finding with its attributes. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static final Key<List<FigureReader.Finding>> FIGURES = (Key) Key.of("speed-figures", List.class);

    @Override
    public String id() {
        return "speed-figures";
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(FIGURES);
    }

    @Override
    public void extract(Document document) {
        document.put(FIGURES, FigureReader.read(document.text()));
    }
}

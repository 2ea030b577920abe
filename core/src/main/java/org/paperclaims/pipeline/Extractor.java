package org.paperclaims.pipeline;

import java.util.Set;

/**
 * The plug-in contract: one kind of claim extraction. Implementations are discovered through
 * {@code META-INF/services/org.paperclaims.pipeline.Extractor} (one class plus one service line, no core
 * change), need a public no-argument constructor for that, and must be stateless after construction: one
 * instance serves every thread.
 *
 * <p>An extractor declares what it {@link #requires()} and what it {@link #provides()} with the same
 * {@link Key}s results are stored under; the chain orders extractors by these and refuses to build when
 * a requirement has no provider.
 */
public interface Extractor {

    /** A short, unique, stable id such as {@code code} or {@code speedup}; used to include or exclude it. */
    String id();

    /** The keys this extractor reads; each must be provided by an extractor earlier in the chain. */
    default Set<Key<?>> requires() {
        return Set.of();
    }

    /** The keys this extractor writes, usually {@link Key#claims(Class)} of its claim type. */
    Set<Key<?>> provides();

    /**
     * Reads {@link Document#text()} and earlier results, and adds claims or results to {@code document}.
     * Must not throw on any text; the chain reports an exception as a problem of the document.
     */
    void extract(Document document);
}

package org.paperclaims.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The SQL of the DuckDB analytics example, one resource file per query under
 * {@code org/paperclaims/examples/sql/}. The program, its test and the README all show these files, so
 * they cannot drift apart.
 */
public enum AnalyticsQuery {
    /** Creates the {@code papers} and {@code claims} tables from the file in the variable {@code input}. */
    LOAD("load.sql", "Load"),
    /** The 10 largest speedups with paper, baseline and evidence text. */
    TOP_SPEEDUPS("top-speedups.sql", "The 10 largest speedups"),
    /** The median speedup factor by aspect. */
    MEDIAN_SPEEDUP_BY_ASPECT("median-speedup-by-aspect.sql", "Median speedup factor by aspect"),
    /** The share of papers with code available, promised, or absent. */
    CODE_AVAILABILITY("code-availability.sql", "Code availability"),
    /** The most frequent datasets and benchmarks. */
    TOP_DATASETS("top-datasets.sql", "The most frequent datasets");

    private final String file;
    private final String title;

    AnalyticsQuery(String file, String title) {
        this.file = file;
        this.title = title;
    }

    /** The resource file name, e.g. {@code top-speedups.sql}. */
    public String file() {
        return file;
    }

    /** A short human title for printing. */
    public String title() {
        return title;
    }

    /** The SQL text of the file, exactly as stored (comments included). */
    public String sql() {
        try (InputStream in = AnalyticsQuery.class.getResourceAsStream("sql/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/paperclaims/examples/sql/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sql/" + file, e);
        }
    }
}

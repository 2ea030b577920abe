package org.paperclaims.source;

import java.util.List;
import org.paperclaims.internal.Validate;
import org.paperclaims.model.Paper;
import org.paperclaims.model.Problem;

/**
 * One record read from a source: the paper (with whatever could be read) and the problems met reading it.
 * A record that could not be read at all has no paper and at least one problem, so that every input record
 * is accounted for either as a paper or as an error.
 *
 * @param paper the paper, or {@code null} when nothing usable could be read
 * @param line the 1-based line where the record starts
 * @param problems what was wrong with the record; empty for a clean one
 */
public record SourceRecord(Paper paper, long line, List<Problem> problems) {
    public SourceRecord {
        problems = List.copyOf(Validate.notNull(problems, "problems"));
        Validate.isTrue(paper != null || !problems.isEmpty(), "problems", problems,
                "must name why a record without a paper could not be read");
    }

    /** Whether the record was read without problems. */
    public boolean clean() {
        return problems.isEmpty();
    }
}

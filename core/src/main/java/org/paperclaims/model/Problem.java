package org.paperclaims.model;

import org.paperclaims.internal.Validate;

/**
 * A problem met while reading or extracting, with where it happened. Problems are collected and counted,
 * never thrown out of a batch.
 *
 * @param source the file name, {@code -} for standard input, or another label of the input
 * @param line the 1-based line number, or 0 when not known
 * @param field the record field concerned ({@code abstract}), or {@code null}
 * @param message what is wrong
 */
public record Problem(String source, long line, String field, String message) {
    public Problem {
        Validate.notNull(source, "source");
        Validate.notBlank(message, "message");
    }

    /** {@code file:line: field: message}, the form printed on stderr. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(source);
        if (line > 0) {
            sb.append(':').append(line);
        }
        sb.append(": ");
        if (field != null) {
            sb.append(field).append(": ");
        }
        return sb.append(message).toString();
    }
}

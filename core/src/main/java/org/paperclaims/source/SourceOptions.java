package org.paperclaims.source;

import java.time.LocalDate;
import org.paperclaims.internal.Validate;

/**
 * How to read a source: its format and the reference date that dates without a year resolve against.
 * Immutable; build with {@link #newBuilder()}.
 */
public final class SourceOptions {
    /**
     * Records longer than this many characters (1 Mi) are refused by default: a JSON line, a listing line, a
     * text. Real abstracts are a few thousand characters; the limit keeps memory bounded on hostile input.
     */
    public static final int DEFAULT_MAX_RECORD_CHARS = 1024 * 1024;

    private final SourceFormat format;
    private final LocalDate referenceDate;
    private final int maxRecordChars;

    private SourceOptions(Builder b) {
        this.format = b.format;
        this.referenceDate = b.referenceDate != null ? b.referenceDate : LocalDate.now();
        this.maxRecordChars = b.maxRecordChars;
    }

    /** Options with auto-detection and today as the reference date. */
    public static SourceOptions defaults() {
        return newBuilder().build();
    }

    /** A builder starting from the defaults. */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** The format to read, or {@link SourceFormat#AUTO}. */
    public SourceFormat format() {
        return format;
    }

    /** The date a listing's own date without a year resolves against (the most recent such day not after it). */
    public LocalDate referenceDate() {
        return referenceDate;
    }

    /** The longest record, in characters, that is read; longer ones are reported as problems. */
    public int maxRecordChars() {
        return maxRecordChars;
    }

    /** Builds {@link SourceOptions}; each setter checks its argument. */
    public static final class Builder {
        private SourceFormat format = SourceFormat.AUTO;
        private LocalDate referenceDate;
        private int maxRecordChars = DEFAULT_MAX_RECORD_CHARS;

        private Builder() {
        }

        /** The input format (default {@link SourceFormat#AUTO}). */
        public Builder format(SourceFormat format) {
            this.format = Validate.notNull(format, "format");
            return this;
        }

        /** The reference date (default: today, when {@link #build()} is called). */
        public Builder referenceDate(LocalDate referenceDate) {
            this.referenceDate = Validate.notNull(referenceDate, "referenceDate");
            return this;
        }

        /** The longest record read, in characters (default 1 Mi). */
        public Builder maxRecordChars(int maxRecordChars) {
            Validate.isTrue(maxRecordChars > 0, "maxRecordChars", maxRecordChars, "must be > 0");
            this.maxRecordChars = maxRecordChars;
            return this;
        }

        /** The options. */
        public SourceOptions build() {
            return new SourceOptions(this);
        }
    }
}

package org.paperclaims.internal;

import java.util.Collection;
import java.util.Objects;

/**
 * Argument checks whose messages name the parameter and the bad value. Not API.
 */
public final class Validate {
    private Validate() {
    }

    public static <T> T notNull(T value, String parameter) {
        if (value == null) {
            throw new IllegalArgumentException(parameter + " must not be null");
        }
        return value;
    }

    public static String notBlank(String value, String parameter) {
        notNull(value, parameter);
        if (value.isBlank()) {
            throw new IllegalArgumentException(parameter + " must not be blank");
        }
        return value;
    }

    public static <T extends Collection<?>> T noNulls(T values, String parameter) {
        notNull(values, parameter);
        int i = 0;
        for (Object v : values) {
            if (v == null) {
                throw new IllegalArgumentException(parameter + "[" + i + "] must not be null");
            }
            i++;
        }
        return values;
    }

    public static void isTrue(boolean condition, String parameter, Object value, String requirement) {
        if (!condition) {
            throw new IllegalArgumentException(parameter + " " + requirement + ", got " + Objects.toString(value));
        }
    }

    public static int nonNegative(int value, String parameter) {
        isTrue(value >= 0, parameter, value, "must be >= 0");
        return value;
    }
}

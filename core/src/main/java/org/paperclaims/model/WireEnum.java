package org.paperclaims.model;

import java.util.Arrays;
import java.util.Locale;

/**
 * An enum whose constants have a JSON spelling of their own ({@code up_to}, {@code end-to-end}).
 */
public interface WireEnum {
    /** The spelling used in JSON and CSV. */
    String wireName();

    /**
     * The constant of {@code type} spelled {@code name}, ignoring case.
     *
     * @throws IllegalArgumentException naming the field, the bad value and the accepted ones
     */
    static <E extends Enum<E> & WireEnum> E parse(Class<E> type, String name, String field) {
        if (name != null) {
            String n = name.trim().toLowerCase(Locale.ROOT);
            for (E e : type.getEnumConstants()) {
                if (e.wireName().equals(n)) {
                    return e;
                }
            }
        }
        throw new IllegalArgumentException(field + " '" + name + "' is not one of "
                + Arrays.stream(type.getEnumConstants()).map(WireEnum::wireName).toList());
    }
}

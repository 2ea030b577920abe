package org.paperclaims.pipeline;

import java.util.List;
import java.util.Objects;
import org.paperclaims.internal.Validate;
import org.paperclaims.model.Claim;
import org.paperclaims.model.ClaimType;

/**
 * A typed key under which an extractor stores a result in a {@link Document}, and by which another
 * extractor declares that it {@linkplain Extractor#requires() requires} that result. Claims of each type
 * are stored under {@link #claims(ClaimType)}; extractors may define keys of their own for intermediate
 * results.
 *
 * @param <T> the type of the stored value
 */
public final class Key<T> {
    private final String name;
    private final Class<?> valueType;
    private final ClaimType claimType;

    private Key(String name, Class<?> valueType, ClaimType claimType) {
        this.name = name;
        this.valueType = valueType;
        this.claimType = claimType;
    }

    /**
     * A key for a value of {@code valueType}. Two keys are equal when their names are.
     *
     * @throws IllegalArgumentException if {@code name} is blank or a claim type's name, or {@code valueType}
     *     is null
     */
    public static <T> Key<T> of(String name, Class<T> valueType) {
        Validate.notBlank(name, "name");
        Validate.notNull(valueType, "valueType");
        for (ClaimType t : ClaimType.values()) {
            // A key equal to a claims key would let put() replace the claim list.
            Validate.isTrue(!t.wireName().equals(name), "name", name, "is the name of a claims key; use claims("
                    + t.wireName() + ")");
        }
        return new Key<>(name, valueType, null);
    }

    /** The key under which claims of {@code type} are stored; its name is the type's wire name. */
    public static <C extends Claim> Key<List<C>> claims(Class<C> type) {
        return forType(ClaimType.of(Validate.notNull(type, "type")));
    }

    /** The key under which claims of {@code type} are stored. */
    @SuppressWarnings("unchecked")
    public static <C extends Claim> Key<List<C>> claims(ClaimType type) {
        return forType(Validate.notNull(type, "type"));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static <C extends Claim> Key<List<C>> forType(ClaimType type) {
        return (Key) CLAIM_KEYS[type.ordinal()];
    }

    private static final Key<?>[] CLAIM_KEYS = new Key<?>[ClaimType.values().length];

    static {
        for (ClaimType t : ClaimType.values()) {
            CLAIM_KEYS[t.ordinal()] = new Key<>(t.wireName(), List.class, t);
        }
    }

    /** The key's name, e.g. {@code speedup} for speedup claims. */
    public String name() {
        return name;
    }

    /** The type of value stored under the key. */
    public Class<?> valueType() {
        return valueType;
    }

    /** The claim type whose claims this key holds, or {@code null} for other keys. */
    public ClaimType claimType() {
        return claimType;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Key<?> k && k.name.equals(name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name);
    }

    @Override
    public String toString() {
        return claimType != null ? "'" + name + "' claims" : "'" + name + "'";
    }
}

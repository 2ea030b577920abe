package org.paperclaims.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.paperclaims.internal.Validate;
import org.paperclaims.model.Claim;
import org.paperclaims.model.ClaimType;
import org.paperclaims.text.TextView;

/**
 * What one run of the chain over one abstract works on: the shared {@link TextView} and the results
 * extractors store under {@link Key}s. Each extractor sees the document through its own declarations: it
 * may read only what it {@linkplain Extractor#requires() requires} and write only what it
 * {@linkplain Extractor#provides() provides}; anything else is a programming error and throws
 * {@link IllegalStateException} naming the extractor and the key.
 *
 * <p>Not thread-safe; one document belongs to one run.
 */
public final class Document {
    private final TextView text;
    private final String title;
    private final Map<Key<?>, Object> values = new HashMap<>();
    private final List<Claim> claims = new ArrayList<>();
    private Extractor current;
    private Set<Key<?>> readable = Set.of();
    private Set<Key<?>> writable = Set.of();

    Document(TextView text, String title) {
        this.text = text;
        this.title = title;
    }

    /** The shared view of the abstract. */
    public TextView text() {
        return text;
    }

    /**
     * The paper's title when the caller gave one, else {@code null}. Claims always point into the abstract;
     * the title is context only (a method extractor reads the name in "MeshCraft: ..." from it).
     */
    public String title() {
        return title;
    }

    /**
     * Adds a claim, stored under {@link Key#claims(Class)} of its type.
     *
     * @throws IllegalStateException if the claim's text is not the abstract's text at its offsets (the chain
     *     then drops the extractor's claims for this text and reports the problem)
     */
    public void add(Claim claim) {
        Validate.notNull(claim, "claim");
        String original = text.original();
        if (claim.end() > original.length()
                || !original.regionMatches(claim.start(), claim.text(), 0, claim.text().length())) {
            throw new IllegalStateException("extractor '" + (current == null ? "?" : current.id()) + "' added a "
                    + claim.type() + " claim whose text '" + claim.text() + "' is not the abstract's text at ["
                    + claim.start() + ", " + claim.end() + ")");
        }
        Key<List<Claim>> key = Key.claims(claim.type());
        checkWritable(key);
        claims.add(claim);
        @SuppressWarnings("unchecked")
        List<Claim> list = (List<Claim>) values.computeIfAbsent(key, k -> new ArrayList<Claim>());
        list.add(claim);
    }

    /** The claims of {@code type} found so far by earlier extractors; empty when there are none. */
    public <C extends Claim> List<C> claims(Class<C> type) {
        Key<List<C>> key = Key.claims(type);
        checkReadable(key);
        @SuppressWarnings("unchecked")
        List<C> list = (List<C>) values.get(key);
        return list == null ? List.of() : Collections.unmodifiableList(list);
    }

    /** Stores {@code value} under {@code key}, replacing an earlier value. */
    public <T> void put(Key<T> key, T value) {
        Validate.notNull(key, "key");
        Validate.notNull(value, "value");
        Validate.isTrue(key.claimType() == null, "key", key, "is a claims key; use add(Claim)");
        checkWritable(key);
        values.put(key, value);
    }

    /** The value stored under {@code key}, or {@code null} when none was stored. */
    @SuppressWarnings("unchecked")
    public <T> T get(Key<T> key) {
        Validate.notNull(key, "key");
        checkReadable(key);
        return (T) values.get(key);
    }

    void enter(Extractor extractor, Set<Key<?>> requires, Set<Key<?>> provides) {
        this.current = extractor;
        this.readable = requires;
        this.writable = provides;
    }

    void leave() {
        this.current = null;
        this.readable = Set.of();
        this.writable = Set.of();
    }

    List<Claim> allClaims() {
        return claims;
    }

    void dropClaimsAfter(int size) {
        while (claims.size() > size) {
            Claim c = claims.remove(claims.size() - 1);
            @SuppressWarnings("unchecked")
            List<Claim> list = (List<Claim>) values.get(Key.claims(c.type()));
            if (list != null && !list.isEmpty()) {
                list.remove(list.size() - 1);
            }
        }
    }

    private void checkReadable(Key<?> key) {
        if (current != null && !readable.contains(key) && !writable.contains(key)) {
            throw new IllegalStateException("extractor '" + current.id() + "' reads " + key
                    + " but does not declare it in requires()");
        }
    }

    private void checkWritable(Key<?> key) {
        if (current != null && !writable.contains(key)) {
            throw new IllegalStateException("extractor '" + current.id() + "' writes " + key
                    + " but does not declare it in provides()");
        }
    }
}

package org.paperclaims.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Not API. A process-wide registry of vocabulary words (lower case), each with a small integer id. Extractors
 * register the words of their static vocabularies once; {@link TokenList#wordId(int)} then gives each
 * token's id with one look-up per token, so that matching a token against many word lists costs array
 * reads instead of a hash look-up per list.
 *
 * <p>Only static vocabularies should be registered: the registry never shrinks, and it stops growing
 * at {@link #CAPACITY} words (registration then returns -1 and callers fall back to comparing strings).
 */
public final class Lexicon {
    /** The most words the registry holds. */
    public static final int CAPACITY = 1 << 20;

    private static final ConcurrentHashMap<String, Integer> IDS = new ConcurrentHashMap<>();
    private static final AtomicInteger NEXT = new AtomicInteger();

    private Lexicon() {
    }

    /** The id of {@code lowerCaseWord}, registering it if new; -1 when the registry is full. */
    public static int register(String lowerCaseWord) {
        Integer id = IDS.get(lowerCaseWord);
        if (id != null) {
            return id;
        }
        if (NEXT.get() >= CAPACITY) {
            return -1;
        }
        return IDS.computeIfAbsent(lowerCaseWord, w -> NEXT.getAndIncrement());
    }

    /** The id of {@code lowerCaseWord}, or -1 when it was never registered. */
    public static int id(String lowerCaseWord) {
        Integer id = IDS.get(lowerCaseWord);
        return id == null ? -1 : id;
    }

    /** The number of ids handed out so far; every registered id is below it. */
    public static int size() {
        return NEXT.get();
    }
}

package org.paperclaims.internal;

import java.util.HashMap;
import java.util.Map;

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

    /** Guarded by the class lock; written only while extractor classes initialise. */
    private static final Map<String, Integer> IDS = new HashMap<>();
    /** An immutable copy of {@link #IDS} for lock-free look-ups, replaced whenever a word is registered. */
    private static volatile Table table = Table.of(Map.of());

    private Lexicon() {
    }

    /** The id of {@code lowerCaseWord}, registering it if new; -1 when the registry is full. */
    public static synchronized int register(String lowerCaseWord) {
        Integer id = IDS.get(lowerCaseWord);
        if (id != null) {
            return id;
        }
        if (IDS.size() >= CAPACITY) {
            return -1;
        }
        int next = IDS.size();
        IDS.put(lowerCaseWord, next);
        registered = IDS.size();
        return next;
    }

    /** The id of {@code lowerCaseWord}, or -1 when it was never registered. */
    public static int id(String lowerCaseWord) {
        return snapshot().id(lowerCaseWord);
    }

    /**
     * A recent copy of the registry for building a view: {@link #snapshot()} itself, except while words are
     * still being registered, when it may miss the last few hundred. Vocabularies tokenise their phrases with
     * views between bursts of registration, and rebuilding the whole table for each of those views made
     * start-up quadratic in the vocabulary. A view built on an older copy is safe: its token list records
     * which words its ids cover, and {@link org.paperclaims.text.TokenList#idsCover(int)} recomputes them
     * against a fresh copy when a word list needs newer ids.
     */
    public static Table recentSnapshot() {
        Table t = table;
        int missing = sizeUnlocked() - t.size();
        return missing <= 0 || missing <= t.size() / 8 && missing <= 512 ? t : rebuild();
    }

    /** The number of ids handed out so far; every registered id is below it. */
    public static synchronized int size() {
        return IDS.size();
    }

    /**
     * The registry as it is now, for many look-ups in a row: one volatile read, then plain array probes. The
     * copy is rebuilt only when words were registered since the last one, which after start-up is never.
     */
    public static Table snapshot() {
        Table t = table;
        return t.size() == sizeUnlocked() ? t : rebuild();
    }

    private static synchronized Table rebuild() {
        if (table.size() != IDS.size()) {
            table = Table.of(IDS);
        }
        return table;
    }

    /** Read without the lock: a stale value only costs one extra, locked, check in {@link #rebuild()}. */
    private static volatile int registered;

    private static int sizeUnlocked() {
        return registered;
    }

    /**
     * An immutable open-addressing table from word to id: every registered word and its id, frozen. A slot is
     * two longs side by side: the word's hash, length and id, then its characters when it is short ASCII, so
     * that a probe for a short word reads one cache line and nothing else; longer words are compared against
     * a shared pool of characters, never a string scattered on the heap.
     */
    public static final class Table {
        /**
         * Per slot, {@code keys[2k]}: the word's hash ({@link #stored}: never 0) in the high half, its length
         * (at most {@link #LONG_WORD}) and its id in the low half, or 0 for an empty slot;
         * {@code keys[2k + 1]}: the word's characters packed a byte each ({@link #packAscii}) when it is ASCII
         * and at most eight long, else {@link #IN_POOL} and its offset in {@link #pool}.
         */
        private final long[] keys;
        private static final int ID_BITS = 20;
        private static final int LONG_WORD = (1 << 11) - 1;
        /** Marks a word kept in the pool: packed ASCII never sets the top bit. */
        private static final long IN_POOL = Long.MIN_VALUE;
        private final String[] words;
        private final char[] pool;
        private final int mask;
        private final int size;
        /** The id of each one-character ASCII word, or -1: punctuation is a third of the tokens of prose. */
        private final int[] asciiCharIds = new int[0x80];
        /**
         * One bit per hash of a registered word (16 KB, so it stays in the first-level cache while the slots
         * do not): about half the words of a text are in no vocabulary, and a clear bit turns most of them
         * away without a probe.
         */
        private final long[] hashBits = new long[1 << (HASH_BITS - 6)];
        private static final int HASH_BITS = 17;

        private Table(long[] keys, String[] words, char[] pool, int size) {
            this.keys = keys;
            this.words = words;
            this.pool = pool;
            this.mask = words.length - 1;
            this.size = size;
            for (String w : words) {
                if (w != null) {
                    int bit = hashBit(w.hashCode());
                    hashBits[bit >>> 6] |= 1L << bit;
                }
            }
            for (char c = 0; c < asciiCharIds.length; c++) {
                asciiCharIds[c] = id(String.valueOf(c));
            }
        }

        /** The id of the one-character word {@code c} (ASCII), or -1. */
        public int asciiCharId(char c) {
            return asciiCharIds[c];
        }

        static Table of(Map<String, Integer> entries) {
            // Load about a half to a quarter: probes stay short, and the keys of ten thousand words take 256 KB.
            int capacity = Integer.highestOneBit(Math.max(16, entries.size() * 3 / 2)) << 1;
            long[] keys = new long[capacity * 2];
            String[] words = new String[capacity];
            int mask = capacity - 1;
            int chars = 0;
            for (String w : entries.keySet()) {
                chars += w.length();
            }
            char[] pool = new char[chars];
            int at = 0;
            for (Map.Entry<String, Integer> e : entries.entrySet()) {
                String w = e.getKey();
                int k = slot(w.hashCode(), mask);
                while (words[k] != null) {
                    k = (k + 1) & mask;
                }
                words[k] = w;
                keys[2 * k] = key(stored(w.hashCode()), w.length(), e.getValue());
                long packed = w.length() <= Long.BYTES ? packAscii(w) : -1;
                keys[2 * k + 1] = packed >= 0 ? packed : IN_POOL | at;
                w.getChars(0, w.length(), pool, at);
                at += w.length();
            }
            return new Table(keys, words, pool, entries.size());
        }

        private static long key(int storedHash, int length, int id) {
            return (long) storedHash << 32 | (long) Math.min(length, LONG_WORD) << ID_BITS | id;
        }

        /** The characters of {@code w}, a byte each, or -1 when one is not ASCII. */
        private static long packAscii(String w) {
            long packed = 0;
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (c >= 0x80) {
                    return -1;
                }
                packed = packed << 8 | c;
            }
            return packed;
        }

        /** A hash as {@link #keys} keeps it: 0 marks an empty slot, so a word hashing to 0 is kept as 1. */
        private static int stored(int hash) {
            return hash == 0 ? 1 : hash;
        }

        private static int slot(int hash, int mask) {
            return (hash ^ (hash >>> 16)) & mask;
        }

        /** The filter bit of a hash: different bits of it than {@link #slot} starts from. */
        private static int hashBit(int hash) {
            return (hash * 0x9E3779B9) >>> (32 - HASH_BITS);
        }

        /** False when no registered word has this hash; true when one may have it. */
        private boolean mayHold(int hash) {
            int bit = hashBit(hash);
            return (hashBits[bit >>> 6] & (1L << bit)) != 0;
        }

        /** The id of {@code lowerCaseWord}, or -1. */
        public int id(String lowerCaseWord) {
            int h = lowerCaseWord.hashCode();
            if (!mayHold(h)) {
                return -1;
            }
            int want = stored(h);
            for (int k = slot(h, mask); keys[2 * k] != 0; k = (k + 1) & mask) {
                if ((int) (keys[2 * k] >>> 32) == want && words[k].equals(lowerCaseWord)) {
                    return idAt(k);
                }
            }
            return -1;
        }

        /**
         * The slot of the registered word equal to {@code chars[from, to)} lower-cased, or -1. Only for ASCII
         * text (where lower-casing maps 'A'..'Z' and nothing else); {@code lowerHash} must be
         * {@link String#hashCode()} of the lower-case word. Lets a view find a token's id and a shared string
         * for its lower-case form without building a string first.
         */
        public int slotOfAscii(char[] chars, int from, int to, int lowerHash) {
            if (!mayHold(lowerHash)) {
                return -1;
            }
            int len = to - from;
            // Hash and length compared in one go; the id bits are masked off.
            long want = key(stored(lowerHash), len, 0);
            long packed = len <= Long.BYTES ? packLowerAscii(chars, from, to) : IN_POOL;
            for (int k = slot(lowerHash, mask); ; k = (k + 1) & mask) {
                long key = keys[2 * k];
                if (key == 0) {
                    return -1;
                }
                if ((key & ~((1L << ID_BITS) - 1)) == want) {
                    long chars2 = keys[2 * k + 1];
                    if (packed >= 0 ? chars2 == packed
                            : chars2 < 0 && (len < LONG_WORD || words[k].length() == len)
                                    && sameLowerAscii((int) chars2, chars, from, len)) {
                        return k;
                    }
                }
            }
        }

        /** {@code chars[from, to)} lower-cased and packed as {@link #packAscii} packs a word (all ASCII here). */
        private static long packLowerAscii(char[] chars, int from, int to) {
            long packed = 0;
            for (int i = from; i < to; i++) {
                char c = chars[i];
                packed = packed << 8 | (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
            }
            return packed;
        }

        private boolean sameLowerAscii(int offset, char[] chars, int from, int len) {
            for (int i = 0; i < len; i++) {
                char c = chars[from + i];
                if (c >= 'A' && c <= 'Z') {
                    c += 'a' - 'A';
                }
                if (pool[offset + i] != c) {
                    return false;
                }
            }
            return true;
        }

        /** The word in {@code slot} (from {@link #slotOfAscii}): the one shared string for it. */
        public String wordAt(int slot) {
            return words[slot];
        }

        /** The id of the word in {@code slot}. */
        public int idAt(int slot) {
            return (int) keys[2 * slot] & ((1 << ID_BITS) - 1);
        }

        /** The number of words in the table: every id below it is in it. */
        public int size() {
            return size;
        }
    }
}

package org.paperclaims.extractors.dataset;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.paperclaims.internal.Lexicon;
import org.paperclaims.internal.Validate;
import org.paperclaims.model.DatasetKind;
import org.paperclaims.text.Token;
import org.paperclaims.text.TokenKind;
import org.paperclaims.text.TokenList;

/**
 * The list of known data sets and benchmarks that {@link DatasetExtractor} looks for: each entry has a
 * canonical name, a {@link DatasetKind}, whether its spelling must match in case, and aliases. The
 * shipped list is the resource {@code org/paperclaims/extractors/datasets.tsv}; {@link #newBuilder()} adds
 * entries of your own to it or starts from nothing. Immutable and thread-safe.
 *
 * <p>File format (UTF-8, one entry a line, {@code #} starts a comment line): four tab-separated columns
 * <pre>
 * name &lt;TAB&gt; dataset|benchmark &lt;TAB&gt; i|s &lt;TAB&gt; alias|alias|...
 * </pre>
 * {@code s} (case-sensitive) is for names that are also ordinary words ({@code MATH}, {@code COCO},
 * {@code Pile}): the text must spell the name or an alias in exactly that case. {@code i} entries match in
 * any case. The alias column may be empty.
 *
 * <p>Matching rules (applied by {@link DatasetExtractor}):
 * <ul>
 * <li>Spaces, hyphens and underscores do not count, so {@code Celeb-A}, {@code CelebA}, {@code MS COCO}
 *     and {@code MS-COCO} are the same spelling; case does not count for {@code i} entries
 *     ({@code Librispeech}, {@code GSM8k}), except that words written apart with a lower-case one among
 *     them are prose, not a name ("book corpus" is not {@code BookCorpus}).</li>
 * <li>A mention covers whole tokens and the longest entry wins, so distinct sets stay distinct
 *     ({@code CelebA-HQ} vs {@code CelebA}, {@code CIFAR-100} vs {@code CIFAR-10}); a name followed by a
 *     hyphen and a capitalised word ({@code COCO-Stuff}) or preceded by a capitalised word and a hyphen
 *     ({@code Tiny-ImageNet}) is another data set and is not taken for the shorter entry.</li>
 * <li>A resolution, size or year after a name that ends in a letter folds into it: {@code ImageNet64},
 *     {@code ImageNet256}, {@code ImageNet-256}, {@code ImageNet 256x256}, {@code ImageNet-1K},
 *     {@code COCO-30K}, {@code COCO 2017} are {@code ImageNet} and {@code MS-COCO} (unless the longer
 *     spelling is an entry of its own, as {@code ImageNet-21K} is).</li>
 * </ul>
 */
public final class Gazetteer {
    /** The class-path resource of the shipped list. */
    public static final String RESOURCE = "/org/paperclaims/extractors/datasets.tsv";
    /** Lower-case words that may stand inside a capitalised name ("Tanks and Temples"). */
    private static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "and", "in", "a", "an", "for", "on",
            "with", "to", "at", "by");
    /** How many tokens a mention may span (names with their spaces, hyphens and suffix). */
    static final int MAX_TOKENS = 12;

    private final List<Entry> entries;
    /**
     * The trie, frozen into one int array: each node a record {@code [count, terminal, char..., child...]} (its
     * children's chars sorted, then their records' offsets; terminal is 0 or one above the index of its targets
     * in {@link #terminalTargets}), laid out depth first from the root at {@link #ROOT}, so a node's first child
     * follows it. A walk reads a few neighbouring ints per step instead of a node object, its char array and its
     * child array scattered on the heap, which miss the cache once the other extractors have run.
     */
    private final int[] trie;
    /** The entries' spellings ending at each terminal node, by the node's terminal index. */
    private final Target[][] terminalTargets;
    private static final int ROOT = 0;
    /** A child look-up's answer when there is no child, and {@link #firstNode}'s: walk the first token by chars. */
    private static final int NONE = -1;
    /** What {@link #firstNode} answers for a token at which no spelling starts. */
    private static final int NO_START = -2;
    /**
     * The trie node reached by each path of ASCII letters and symbols (no digits), keyed by the path: the
     * walk through a plain first token becomes one look-up of its lower-case text, and a token that starts
     * no spelling (most words of an abstract) costs nothing more.
     */
    private final Map<String, Node> plainPrefixes = new HashMap<>();
    /**
     * One bit per hash of a key of {@link #plainPrefixes} (16 KB, so it stays in cache): a clear bit proves
     * a word is no key without touching the map, and words' hashes are already computed.
     */
    private final long[] prefixHashes = new long[1 << (HASH_BITS - 6)];
    private static final int HASH_BITS = 17;
    /**
     * For each key of {@link #plainPrefixes} by the key's {@link Lexicon} id: one above its node's offset in
     * {@link #trie}, with {@link #TERMINAL_KEY} when a spelling ends there; 0 for an id that is no key. Null when
     * the keys are not registered (a gazetteer of the caller's, which must not grow the process-wide lexicon, or
     * a full lexicon). A view's tokens are read through it in one pass ({@link #keysOf}): the first token's node
     * without its text, and a word with no id is no key.
     */
    private final int[] keyById;
    /** The flag of a {@link #keyById} value whose node ends a spelling: a walk from it is always made. */
    static final int TERMINAL_KEY = 1 << 30;
    /**
     * The flag of a {@link #keyById} value whose key has a char other than 'a' to 'z': a token with its id may be a
     * symbol or a URL, which starts nothing. A token whose lower case is letters only is a word, not read.
     */
    private static final int NOT_LETTERS_KEY = 1 << 29;
    private static final int OFFSET_MASK = NOT_LETTERS_KEY - 1;
    /** The bits of a {@link #keyById} value; a caller's table may use the sign bit for flags of its own. */
    static final int KEY_BITS = TERMINAL_KEY | NOT_LETTERS_KEY | OFFSET_MASK;
    /**
     * A filter of the pairs (key, word) whose texts joined are a key again, by the key's node and the word's id, one
     * bit per pair's hash: when no spelling ends at a key's node and the next token is a plain registered word
     * whose pair bit is clear, the walk surely ends inside that word with nothing found. The test reads two
     * ints and a bit instead of the next token, its text and its chars (three reads that miss the cache once the
     * other extractors have run). A set bit may be a collision: the walk then decides.
     */
    private final long[] pairBits;
    private static final int PAIR_BITS = 18;
    /**
     * Words with an id below this were registered before the pairs were collected, so the pair filter knows
     * them; a word registered later (by an extractor initialised after this list) goes to the char test.
     */
    private final int pairIdLimit;
    /** Ids of the words the pair filter must not answer for (or -1): the joiners the walk skips, "" and "benchmark". */
    private final int hyphenId;
    private final int underscoreId;
    private final int emptyId;
    private final int benchmarkId;

    private Gazetteer(List<Entry> entries, boolean registerWords) {
        this.entries = List.copyOf(entries);
        Node root = new Node();
        for (Entry e : this.entries) {
            for (String spelling : e.spellings()) {
                String folded = fold(spelling);
                if (folded.isEmpty()) {
                    continue;
                }
                Node n = root;
                String lower = folded.toLowerCase(Locale.ROOT);
                for (int i = 0; i < lower.length(); i++) {
                    n = n.add(lower.charAt(i));
                }
                n.targets.add(new Target(e, folded));
            }
        }
        root.freeze();
        this.trie = new int[root.layOut(ROOT)];
        List<Target[]> terminals = new ArrayList<>();
        root.write(trie, terminals);
        this.terminalTargets = terminals.toArray(new Target[0][]);
        collectPlainPrefixes(root, new StringBuilder());
        this.keyById = registerWords ? registerPlainPrefixes(plainPrefixes) : null;
        // Taken before the pairs are looked up: every id below it is in the snapshot the look-ups read.
        Lexicon.Table lexicon = Lexicon.snapshot();
        this.pairIdLimit = keyById == null ? 0 : lexicon.size();
        this.pairBits = new long[keyById == null ? 0 : 1 << (PAIR_BITS - 6)];
        if (keyById != null) {
            for (String key : plainPrefixes.keySet()) {
                for (int k = 1; k < key.length(); k++) {
                    int second = lexicon.id(key.substring(k));
                    if (second >= 0) {
                        int bit = pairBit(plainPrefixes.get(key.substring(0, k)).offset, second);
                        pairBits[bit >>> 6] |= 1L << bit;
                    }
                }
            }
        }
        this.hyphenId = lexicon.id("-");
        this.underscoreId = lexicon.id("_");
        this.emptyId = lexicon.id("");
        this.benchmarkId = lexicon.id("benchmark");
    }

    /** The filter bit of the pair (key node {@code first}, word {@code second}). */
    private static int pairBit(int first, int second) {
        long x = ((long) first << 32 | second) * 0x9E3779B97F4A7C15L;
        return (int) (x >>> (64 - PAIR_BITS));
    }

    /** Registers every non-empty key in the lexicon: the {@link #keyById} table, or null when the lexicon is full. */
    private static int[] registerPlainPrefixes(Map<String, Node> prefixes) {
        Map<Integer, Integer> byId = new HashMap<>();
        int max = -1;
        for (Map.Entry<String, Node> e : prefixes.entrySet()) {
            String key = e.getKey();
            if (key.isEmpty()) {
                continue; // no token is empty
            }
            int id = Lexicon.register(key);
            if (id < 0) {
                return null;
            }
            Node n = e.getValue();
            boolean letters = key.chars().allMatch(c -> c >= 'a' && c <= 'z');
            byId.put(id, (n.offset + 1) | (n.targets.isEmpty() ? 0 : TERMINAL_KEY) | (letters ? 0 : NOT_LETTERS_KEY));
            max = Math.max(max, id);
        }
        int[] out = new int[max + 1];
        byId.forEach((id, key) -> out[id] = key);
        return out;
    }

    private void collectPlainPrefixes(Node node, StringBuilder path) {
        String key = path.toString();
        plainPrefixes.put(key, node);
        int bit = hashBit(key);
        prefixHashes[bit >>> 6] |= 1L << bit;
        for (int c = 0; c < node.keys.length; c++) {
            char k = node.keys[c];
            if (isPlain(k)) {
                path.append(k);
                collectPlainPrefixes(node.nodes[c], path);
                path.setLength(path.length() - 1);
            }
        }
    }

    private static int hashBit(String key) {
        int h = key.hashCode();
        return (h ^ (h >>> HASH_BITS)) & ((1 << HASH_BITS) - 1);
    }

    /** The trie node after the plain word {@code lower}, or null when it is no key of the map. */
    private Node plainPrefix(String lower) {
        int bit = hashBit(lower);
        return (prefixHashes[bit >>> 6] & (1L << bit)) == 0 ? null : plainPrefixes.get(lower);
    }

    /** ASCII but no digit: a char whose lower case is the same for the token's lower text and the walk. */
    private static boolean isPlain(char c) {
        return c < 0x80 && (c < '0' || c > '9');
    }

    /**
     * Whether a token has only {@link #isPlain} chars: its lower-case text then spells the walk through it,
     * and no resolution or year can end a spelling inside it ({@code ImageNet64} needs a digit).
     */
    private static boolean isPlain(String text) {
        for (int k = 0; k < text.length(); k++) {
            if (!isPlain(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * One known data set or benchmark.
     *
     * @param name the canonical name claims report
     * @param kind data set or benchmark
     * @param caseSensitive whether the text must spell the name or an alias in exactly its case
     * @param aliases other spellings; hyphen, space and (for case-insensitive entries) case variants of
     *     the name need not be listed
     */
    public record Entry(String name, DatasetKind kind, boolean caseSensitive, List<String> aliases) {
        public Entry {
            Validate.notBlank(name, "name");
            Validate.notNull(kind, "kind");
            aliases = aliases == null ? List.of() : List.copyOf(Validate.noNulls(aliases, "aliases"));
            for (String a : aliases) {
                Validate.notBlank(a, "aliases[]");
            }
            Validate.isTrue(!fold(name).isEmpty(), "name", name, "must contain a letter or digit");
        }

        /** The name and its aliases. */
        public List<String> spellings() {
            List<String> out = new ArrayList<>(aliases.size() + 1);
            out.add(name);
            out.addAll(aliases);
            return out;
        }
    }

    private static final class Defaults {
        static final Gazetteer INSTANCE = newBuilder().addDefaults().build(true);
    }

    /** The shipped list, read once. */
    public static Gazetteer defaults() {
        return Defaults.INSTANCE;
    }

    /** A builder that starts empty; call {@link Builder#addDefaults()} to start from the shipped list. */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** The entries, in the order they were added. */
    public List<Entry> entries() {
        return entries;
    }

    /** The number of entries. */
    public int size() {
        return entries.size();
    }

    /** The entry with this canonical name (ignoring case, spaces and hyphens), or {@code null}. */
    public Entry entry(String name) {
        if (name == null) {
            return null;
        }
        String key = fold(name).toLowerCase(Locale.ROOT);
        for (Entry e : entries) {
            if (fold(e.name()).toLowerCase(Locale.ROOT).equals(key)) {
                return e;
            }
        }
        return null;
    }

    /**
     * A spelling as matched: without spaces, hyphens and underscores (the case is kept, case-sensitive
     * entries compare it).
     */
    static String fold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !isJoiner(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '_' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013';
    }

    /** Whether a token is a hyphen-like joiner that spellings ignore. */
    static boolean isJoiner(Token t) {
        return t.kind() == TokenKind.SYMBOL && t.text().length() == 1 && isJoiner(t.text().charAt(0));
    }

    /**
     * A mention found in the tokens.
     *
     * @param entry the entry
     * @param first index of the first token
     * @param last index of the last token of the name and its folded suffix, inclusive
     */
    record Match(Entry entry, int first, int last) {
    }

    /**
     * The first mention that starts at or after token {@code from} and ends before token {@code limit}, the
     * longest at its start, or {@code null}: {@link #matchAt} at each token in turn. For a whole text, make
     * {@link #keysOf} once and call {@link #nextMatch(List, int[], int, int)}.
     */
    Match nextMatch(List<Token> tokens, int from, int limit) {
        return nextMatch(tokens, keysOf(tokens), from, limit);
    }

    /**
     * What each token of a view starts by its word id, as {@link #keyById} gives it (0: no key), read for the
     * whole text in one pass over the ids (a branch-free loop, cheaper than a word-id call and a test per
     * token); null when the ids cannot be used (another list, or keys not registered).
     */
    int[] keysOf(List<Token> tokens) {
        TokenList ids = idsFor(tokens);
        if (ids == null) {
            return null;
        }
        int[] out = new int[ids.size()];
        ids.readById(keyById, out);
        return out;
    }

    /**
     * {@link #keysOf}'s table by word id (read it with {@link #KEY_BITS}), or null when word ids are not used: for
     * a caller that reads more flags by word id in the same pass.
     */
    int[] keyTable() {
        return keyById;
    }

    /**
     * As {@link #nextMatch(List, int, int)}, with {@code keys} from {@link #keysOf} (or a table of the caller's
     * holding {@link #keyTable} in its {@link #KEY_BITS}) for these tokens: nearly every token is turned away by
     * its entry there and its shape.
     */
    Match nextMatch(List<Token> tokens, int[] keys, int from, int limit) {
        if (keys == null) {
            return nextMatchByText(tokens, from, limit);
        }
        TokenList ids = (TokenList) tokens;
        for (int i = from; i < limit; i++) {
            int key = keys[i] & KEY_BITS;
            int afterFirst;
            if (key != 0) {
                // A key: plain or not, a word or a number leads to its node (firstNode's answer), and the
                // common case, a next word that cannot go on, is answered without reading the node.
                if ((key & NOT_LETTERS_KEY) != 0) {
                    TokenKind kind = ids.kind(i); // not ids.get(i): a one-char word ("a") is made when read
                    if (kind != TokenKind.WORD && kind != TokenKind.NUMBER) {
                        continue;
                    }
                }
                afterFirst = (key & OFFSET_MASK) - 1;
                if ((key & TERMINAL_KEY) == 0 && cannotGoOn(ids, afterFirst, i + 1, limit)) {
                    continue;
                }
            } else if ((ids.shape(i) & (TokenList.ASCII | TokenList.DIGIT)) == TokenList.ASCII) {
                continue; // plain and no key: no spelling starts here
            } else {
                afterFirst = firstNode(ids, ids, i);
            }
            if (afterFirst != NO_START) {
                Match m = walk(tokens, i, limit, afterFirst);
                if (m != null) {
                    return m;
                }
            }
        }
        return null;
    }

    /** {@link #nextMatch(List, int, int)} where word ids cannot be used: each first token looked up by its text. */
    private Match nextMatchByText(List<Token> tokens, int from, int limit) {
        for (int i = from; i < limit; i++) {
            int afterFirst = firstNode(tokens, null, i);
            if (afterFirst >= 0 && deadEnd(afterFirst, tokens, i + 1, limit)) {
                continue;
            }
            if (afterFirst != NO_START) {
                Match m = walk(tokens, i, limit, afterFirst);
                if (m != null) {
                    return m;
                }
            }
        }
        return null;
    }

    /**
     * Whether a walk whose first token led to {@code node}, where no spelling ends, surely finds nothing, read
     * from the word ids and shapes where they can tell (see {@link #pairBits}), else by {@link #deadEnd}. The
     * joiners the walk skips are skipped here too; a "benchmark" after a joiner may end a spelling inside itself
     * ("GenAI-benchmark") and goes to the walk.
     */
    private boolean cannotGoOn(TokenList ids, int node, int next, int limit) {
        int end = Math.min(limit, ids.size());
        int j = next;
        if (j >= end) {
            return true;
        }
        int word = ids.wordId(j);
        while (isJoinerId(word) && ids.kind(j) == TokenKind.SYMBOL) {
            if (++j >= end) {
                return true; // nothing but joiners left, and no spelling ends at the key's node
            }
            word = ids.wordId(j);
        }
        // A URL with a registered plain id may take the test too: the walk stops at a URL, so it is a dead end.
        if (word >= 0 && word < pairIdLimit && word != emptyId && !isJoinerId(word) && (j == next || word != benchmarkId)
                && (ids.shape(j) & (TokenList.ASCII | TokenList.DIGIT)) == TokenList.ASCII) {
            int bit = pairBit(node, word);
            return (pairBits[bit >>> 6] & (1L << bit)) == 0;
        }
        // The walk goes from the key's node straight into token j's chars (the joiners add none).
        return deadEnd(node, ids, j, limit);
    }

    /** Whether a registered word is a joiner the walk skips ('-' or '_'; the others are not ASCII). */
    private boolean isJoinerId(int word) {
        return word >= 0 && (word == hyphenId || word == underscoreId);
    }

    /**
     * Whether a walk whose first token led to {@code node} surely finds nothing: no spelling ends at the node
     * and token {@code j}, the next, cannot go on from it (its first char is no child, it is a URL, or the
     * tokens end). Most first tokens are common words that begin some spelling ("a", "the", "in"), and the
     * next word almost never continues it: this answers with one child look-up instead of a walk. Joiners,
     * which the walk skips, and empty tokens go to the walk.
     */
    private boolean deadEnd(int node, TokenList ids, int j, int limit) {
        // deadEnd(node, List, ...) read from the token list's arrays: a token is never empty, and a symbol token
        // is one character, so its first character and kind say what the token object would.
        if (terminal(node)) {
            return false;
        }
        if (j >= limit || j >= ids.size()) {
            return true;
        }
        TokenKind kind = ids.kind(j);
        char first = ids.firstChar(j);
        if (kind == TokenKind.SYMBOL && isJoiner(first)) {
            return false;
        }
        if (kind == TokenKind.URL) {
            return true;
        }
        return child(node, Character.toLowerCase(first)) == NONE;
    }

    /** The same test read from the tokens themselves, where no token list is at hand. */
    private boolean deadEnd(int node, List<Token> tokens, int j, int limit) {
        if (terminal(node)) {
            return false;
        }
        if (j >= limit || j >= tokens.size()) {
            return true;
        }
        Token next = tokens.get(j);
        String text = next.text();
        if (text.isEmpty() || isJoiner(next)) {
            return false;
        }
        if (next.kind() == TokenKind.URL) {
            return true;
        }
        return child(node, Character.toLowerCase(text.charAt(0))) == NONE;
    }

    /** Whether a spelling ends at the node at {@code node}. */
    private boolean terminal(int node) {
        return trie[node + 1] != 0;
    }

    /** The offset of the child of the node at {@code node} for char {@code c}, or {@link #NONE}. */
    private int child(int node, char c) {
        int[] t = trie;
        int n = t[node];
        int from = node + 2;
        if (n <= 8) {
            for (int k = 0; k < n; k++) {
                if (t[from + k] == c) {
                    return t[from + n + k];
                }
            }
            return NONE;
        }
        int lo = 0;
        int hi = n - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int m = t[from + mid];
            if (m < c) {
                lo = mid + 1;
            } else if (m > c) {
                hi = mid - 1;
            } else {
                return t[from + n + mid];
            }
        }
        return NONE;
    }

    /**
     * The longest mention that starts at token {@code i} and ends before token {@code limit}, or
     * {@code null}. Walks at most {@link #MAX_TOKENS} tokens.
     */
    Match matchAt(List<Token> tokens, int i, int limit) {
        int afterFirst = firstNode(tokens, idsFor(tokens), i);
        return afterFirst == NO_START ? null : walk(tokens, i, limit, afterFirst);
    }

    /** {@code tokens} when its word ids know every key of {@link #keyById}, else null (compare strings). */
    private TokenList idsFor(List<Token> tokens) {
        int[] byId = keyById;
        return byId != null && tokens instanceof TokenList list && list.idsCover(byId.length) ? list : null;
    }

    /**
     * Where a walk from token {@code i} goes after its first token: {@link #NO_START} when no spelling can
     * start there, the trie node after the token when it is a plain word that is a key of
     * {@link #plainPrefixes}, or {@link #NONE} when the walk must go through the token char by char (it has a
     * digit or a char beyond ASCII). {@code ids} is the view's list when its word ids may be used.
     */
    private int firstNode(List<Token> tokens, TokenList ids, int i) {
        Token start = tokens.get(i);
        if (start.kind() != TokenKind.WORD && start.kind() != TokenKind.NUMBER) {
            return NO_START;
        }
        String first = start.text();
        if (first.isEmpty()) {
            return NO_START;
        }
        // Fast path: most words start no spelling, and for a plain word one look-up of its word id (or of its
        // lower-case text) says so. Only the keys of plainPrefixes are plain, so a hit is a plain word whose
        // walk ends there.
        int afterFirst;
        if (ids != null) {
            int id = ids.wordId(i);
            int key = id >= 0 && id < keyById.length ? keyById[id] : 0;
            afterFirst = (key & OFFSET_MASK) - 1;
        } else {
            Node n = plainPrefix(start.lower());
            afterFirst = n == null ? NONE : n.offset;
        }
        if (afterFirst == NONE && (isPlain(first) || child(ROOT, Character.toLowerCase(first.charAt(0))) == NONE)) {
            return NO_START;
        }
        return afterFirst;
    }

    /** The longest mention from token {@code i}, whose first token leads to {@code afterFirst} (see {@link #firstNode}). */
    private Match walk(List<Token> tokens, int i, int limit, int afterFirst) {
        int node = ROOT;
        Match best = null;
        int end = Math.min(limit, Math.min(tokens.size(), i + MAX_TOKENS));
        int j = i;
        if (afterFirst != NONE) {
            // The first token is walked already (a WORD or NUMBER, see firstNode): its text is not read again
            // unless a spelling ends with it.
            node = afterFirst;
            if (terminal(node)) {
                best = accept(node, tokens, i, i, tokens.get(i).text().length(), false, limit);
            }
            j++;
        }
        for (; j < end && node != NONE; j++) {
            Token t = tokens.get(j);
            if (j > i && isJoiner(t)) {
                continue;
            }
            if (t.kind() == TokenKind.URL) {
                break;
            }
            String text = t.text();
            for (int k = 0; k < text.length() && node != NONE; k++) {
                if (k > 0 && terminal(node) && inTokenSuffix(text, k)) {
                    Match m = accept(node, tokens, i, j, k, true, limit);
                    if (m != null) {
                        best = m;
                    }
                }
                char c = text.charAt(k);
                node = child(node, Character.toLowerCase(c));
                if (k == 4 && node != NONE && terminal(node) && j > i && t.lower().equals("benchmark")
                        && isJoiner(tokens.get(j - 1))) {
                    // "GenAI-benchmark": a spelling of the entry "GenAI-Bench"
                    Match m = accept(node, tokens, i, j, k + 1, false, limit);
                    if (m != null) {
                        best = m;
                    }
                }
            }
            if (node != NONE && terminal(node)) {
                Match m = accept(node, tokens, i, j, text.length(), false, limit);
                if (m != null) {
                    best = m;
                }
            }
        }
        // Tested last, as few walks find anything: a name hyphenated onto a capitalised word is another one.
        return best == null || hyphenatedOnto(tokens, i) ? null : best;
    }

    /**
     * The match for the entries at {@code node} when the name ends in token {@code nameEnd} after its first
     * {@code chars} chars, inside it when {@code inToken} ({@code ImageNet64}), or {@code null} when no entry
     * accepts the spelling and context.
     */
    private Match accept(int node, List<Token> tokens, int first, int nameEnd, int chars,
            boolean inToken, int limit) {
        // The written spelling, the prose test and the suffix are computed when a target first needs them:
        // most accepts are of a common word that only a case-sensitive entry spells ("quality", not QuALITY).
        String w = null;
        int suffixEnd = -1;
        int prose = -1;
        for (Target t : terminalTargets[trie[node + 1] - 1]) {
            if (t.entry.caseSensitive()) {
                if (w == null) {
                    w = written(tokens, first, nameEnd, chars);
                }
                if (!t.folded.equals(w)) {
                    continue;
                }
            } else {
                if (prose < 0) {
                    prose = looksLikeProse(tokens, first, nameEnd) ? 1 : 0;
                }
                if (prose == 1) {
                    continue;
                }
            }
            boolean foldable = Character.isLetter(t.folded.charAt(t.folded.length() - 1));
            if (inToken) {
                if (foldable) {
                    return new Match(t.entry, first, nameEnd);
                }
                continue;
            }
            if (suffixEnd < 0) {
                suffixEnd = suffixAfter(tokens, nameEnd, limit);
            }
            if (foldable && suffixEnd > nameEnd) {
                return new Match(t.entry, first, suffixEnd);
            }
            if (!continuesAsAnotherName(tokens, nameEnd, limit) && !modelSize(tokens, nameEnd + 1, limit)) {
                return new Match(t.entry, first, nameEnd);
            }
        }
        return null;
    }

    /**
     * The text the walk spelled from token {@code first} to the first {@code chars} chars of token
     * {@code last}, as written: joiners after the first token do not count. Built only when a case-sensitive
     * entry compares it, so the walk itself builds no string.
     */
    private static String written(List<Token> tokens, int first, int last, int chars) {
        StringBuilder sb = new StringBuilder();
        for (int j = first; j < last; j++) {
            Token t = tokens.get(j);
            if (j == first || !isJoiner(t)) {
                sb.append(t.text());
            }
        }
        return sb.append(tokens.get(last).text(), 0, chars).toString();
    }

    /**
     * Whether a mention spans words written apart with a lower-case one among them ("book corpus", "text
     * VQA", "open images"): ordinary prose that spells a name only when spaces and case are ignored. Short
     * function words inside a name ("Tanks and Temples") do not count.
     */
    private static boolean looksLikeProse(List<Token> tokens, int first, int last) {
        boolean spaced = false;
        boolean lower = false;
        for (int i = first; i <= last; i++) {
            Token t = tokens.get(i);
            boolean wordStart = i == first || t.spaceBefore();
            spaced |= i > first && t.spaceBefore();
            lower |= wordStart && t.kind() == TokenKind.WORD && t.text().length() > 1
                    && Character.isLowerCase(t.text().charAt(0)) && !FUNCTION_WORDS.contains(t.lower())
                    && !isVersion(t.text());
        }
        return spaced && lower;
    }

    /** "v2", "v1.5": a version written after a name ("LongBench v2"), which is no prose word. */
    private static boolean isVersion(String text) {
        if (text.length() < 2 || text.charAt(0) != 'v') {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isDigit(c) && !(c == '.' && i > 1)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the rest of a token from {@code k} is a resolution or year: {@code 64}, {@code 256x256}, {@code 2017}. */
    private static boolean inTokenSuffix(String text, int k) {
        int i = k;
        int a = 0;
        while (i < text.length() && Character.isDigit(text.charAt(i)) && i - k < 5) {
            a = a * 10 + (text.charAt(i) - '0');
            i++;
        }
        if (i == k || !sizeOrYear(a)) {
            return false;
        }
        if (i == text.length()) {
            return true;
        }
        char x = text.charAt(i);
        if (x != 'x' && x != 'X' && x != '\u00d7') {
            return false;
        }
        int j = i + 1;
        while (j < text.length() && Character.isDigit(text.charAt(j))) {
            j++;
        }
        return j > i + 1 && j == text.length();
    }

    /** Resolutions (8 to 4096 pixels, as image sizes are written) and years. */
    private static boolean sizeOrYear(double v) {
        if (v != Math.rint(v)) {
            return false;
        }
        int n = (int) v;
        if (n >= 1990 && n <= 2039) {
            return true;
        }
        return n == 8 || n == 16 || n == 28 || n == 32 || n == 48 || n == 64 || n == 96 || n == 128 || n == 256
                || n == 384 || n == 512 || n == 768 || n == 1024 || n == 2048 || n == 4096;
    }

    /**
     * The last token of a resolution, size or year written after token {@code last} ({@code -256},
     * {@code 256x256}, {@code 256 × 256}, {@code 64px}, {@code -1K}, {@code 2017}), or {@code last} when there
     * is none.
     */
    private static int suffixAfter(List<Token> tokens, int last, int limit) {
        int end = Math.min(limit, tokens.size());
        int i = last + 1;
        boolean hyphen = false;
        if (i < end && isJoiner(tokens.get(i)) && !tokens.get(i).spaceBefore()) {
            hyphen = true;
            i++;
            if (i < end && tokens.get(i).spaceBefore()) {
                return last;
            }
        }
        if (i >= end || !tokens.get(i).isNumber()) {
            return last;
        }
        Token num = tokens.get(i);
        Token next = i + 1 < end ? tokens.get(i + 1) : null;
        boolean nextJoined = next != null && !next.spaceBefore();
        // "ImageNet-1K", "COCO-30K": the full set or a sized subset of it.
        if ((num.number() == 1 || hyphen) && nextJoined && next.kind() == TokenKind.WORD && next.lower().equals("k")) {
            return i + 1;
        }
        if (!sizeOrYear(num.number())) {
            return last;
        }
        if (next == null) {
            return i;
        }
        if (next.kind() == TokenKind.WORD && nextJoined && (next.lower().equals("px") || isTimesSize(next.lower()))) {
            return i + 1;
        }
        if ((next.isSymbol('\u00d7') || next.is("x") || next.is("times")) && i + 2 < end
                && tokens.get(i + 2).isNumber() && sizeOrYear(tokens.get(i + 2).number())) {
            return i + 2;
        }
        if (nextJoined && (next.kind() == TokenKind.WORD || next.kind() == TokenKind.NUMBER)) {
            return last;
        }
        return i;
    }

    /** {@code x256} or {@code times256}: the second half of a resolution the tokenizer kept as one word. */
    private static boolean isTimesSize(String lower) {
        int k = lower.startsWith("x") ? 1 : lower.startsWith("times") ? 5 : 0;
        if (k == 0 || k == lower.length()) {
            return false;
        }
        for (int i = k; i < lower.length(); i++) {
            if (!Character.isDigit(lower.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the name ending at token {@code last} runs on into a longer name: joined to the next word
     * ({@code COCO-Stuff}, {@code CelebA-HQ}), which is another data set.
     */
    private static boolean continuesAsAnotherName(List<Token> tokens, int last, int limit) {
        int n = last + 1;
        if (n >= limit || n >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(n);
        if (next.spaceBefore()) {
            return false;
        }
        if (next.kind() == TokenKind.WORD || next.kind() == TokenKind.NUMBER) {
            return true;
        }
        if (isJoiner(next) && n + 1 < limit && n + 1 < tokens.size()) {
            Token after = tokens.get(n + 1);
            return !after.spaceBefore() && (after.kind() == TokenKind.NUMBER
                    || (after.kind() == TokenKind.WORD && Character.isUpperCase(after.text().charAt(0))));
        }
        return false;
    }

    /** Whether a parameter count follows ("Alpaca 7B", "Dolly 12B"): the name is a model's, not the data set's. */
    private static boolean modelSize(List<Token> tokens, int i, int limit) {
        int end = Math.min(limit, tokens.size());
        if (i + 1 >= end || !tokens.get(i).isNumber()) {
            return false;
        }
        Token unit = tokens.get(i + 1);
        return !unit.spaceBefore() && (unit.text().equals("B") || unit.text().equals("M") || unit.lower().equals("b"));
    }

    /** Whether token {@code i} is the tail of a hyphenated name ({@code Tiny-ImageNet}, {@code Mini-COCO}). */
    private static boolean hyphenatedOnto(List<Token> tokens, int i) {
        if (i < 2) {
            return false;
        }
        Token hyphen = tokens.get(i - 1);
        Token before = tokens.get(i - 2);
        return isJoiner(hyphen) && !hyphen.spaceBefore() && !tokens.get(i).spaceBefore()
                && before.kind() == TokenKind.WORD && Character.isUpperCase(before.text().charAt(0));
    }

    /**
     * A trie node while the gazetteer is built: children collected in a map, then frozen into sorted arrays and
     * written into the flat {@link #trie} that matching reads.
     */
    private static final class Node {
        Map<Character, Node> building = new HashMap<>(4);
        char[] keys = new char[0];
        Node[] nodes = new Node[0];
        final List<Target> targets = new ArrayList<>(1);
        /** The offset of this node's record in {@link #trie}, set by {@link #layOut}. */
        int offset;

        Node add(char c) {
            return building.computeIfAbsent(c, k -> new Node());
        }

        void freeze() {
            List<Character> sorted = new ArrayList<>(building.keySet());
            java.util.Collections.sort(sorted);
            keys = new char[sorted.size()];
            nodes = new Node[sorted.size()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = sorted.get(i);
                nodes[i] = building.get(sorted.get(i));
                nodes[i].freeze();
            }
            building = null;
        }

        /** Gives this node and its subtree their offsets, depth first from {@code at}; returns the end. */
        int layOut(int at) {
            offset = at;
            int next = at + 2 + 2 * keys.length;
            for (Node n : nodes) {
                next = n.layOut(next);
            }
            return next;
        }

        /** Writes the records of this subtree, collecting the targets of terminal nodes. */
        void write(int[] trie, List<Target[]> terminals) {
            trie[offset] = keys.length;
            if (!targets.isEmpty()) {
                terminals.add(targets.toArray(new Target[0]));
                trie[offset + 1] = terminals.size();
            }
            for (int k = 0; k < keys.length; k++) {
                trie[offset + 2 + k] = keys[k];
                trie[offset + 2 + keys.length + k] = nodes[k].offset;
                nodes[k].write(trie, terminals);
            }
        }
    }

    private record Target(Entry entry, String folded) {
    }

    /**
     * Collects entries for a {@link Gazetteer}. An entry whose name is already present replaces the earlier
     * one (so a user can correct a shipped entry). Not thread-safe.
     */
    public static final class Builder {
        private final Map<String, Entry> byName = new LinkedHashMap<>();

        private Builder() {
        }

        /** Adds the shipped list. */
        public Builder addDefaults() {
            try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("gazetteer resource " + RESOURCE + " is missing from the class path");
                }
                return read(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }

        /** Adds a case-insensitive entry. */
        public Builder add(String name, DatasetKind kind, String... aliases) {
            return add(new Entry(name, kind, false, List.of(Validate.notNull(aliases, "aliases"))));
        }

        /** Adds an entry. */
        public Builder add(Entry entry) {
            Validate.notNull(entry, "entry");
            byName.put(fold(entry.name()).toLowerCase(Locale.ROOT), entry);
            return this;
        }

        /**
         * Adds the entries of a list in the file format of the class comment. The caller closes
         * {@code reader}.
         *
         * @param source a name for the list, used in error messages
         * @throws IllegalArgumentException on a malformed line, naming the source and the line number
         * @throws IOException if reading fails
         */
        public Builder read(Reader reader, String source) throws IOException {
            Validate.notNull(reader, "reader");
            BufferedReader r = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.strip().startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length < 3 || cols.length > 4) {
                    throw new IllegalArgumentException(source + ":" + n + ": expected 4 tab-separated columns, got "
                            + cols.length + ": " + line);
                }
                DatasetKind kind = switch (cols[1].strip()) {
                    case "dataset" -> DatasetKind.DATASET;
                    case "benchmark" -> DatasetKind.BENCHMARK;
                    default -> throw new IllegalArgumentException(source + ":" + n + ": kind must be dataset or "
                            + "benchmark, not '" + cols[1] + "'");
                };
                boolean cs = switch (cols[2].strip()) {
                    case "s" -> true;
                    case "i" -> false;
                    default -> throw new IllegalArgumentException(source + ":" + n + ": case must be i or s, not '"
                            + cols[2] + "'");
                };
                List<String> aliases = new ArrayList<>();
                if (cols.length == 4) {
                    for (String a : cols[3].split("\\|")) {
                        if (!a.isBlank()) {
                            aliases.add(a.strip());
                        }
                    }
                }
                try {
                    add(new Entry(cols[0].strip(), kind, cs, aliases));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(source + ":" + n + ": " + e.getMessage(), e);
                }
            }
            return this;
        }

        /**
         * The gazetteer.
         *
         * @throws IllegalStateException if one spelling belongs to two entries (the message names both)
         */
        public Gazetteer build() {
            return build(false);
        }

        /**
         * The gazetteer; with {@code registerWords}, its spellings' prefixes are registered in the process-wide
         * {@link Lexicon} so that matching compares word ids: only for a list built once per process (the
         * shipped one, and tests), since the lexicon never shrinks.
         */
        Gazetteer build(boolean registerWords) {
            // Two entries may share a spelling only when both are case-sensitive and differ in case.
            Map<String, List<Entry>> byKey = new HashMap<>();
            for (Entry e : byName.values()) {
                Set<String> own = new LinkedHashSet<>();
                for (String s : e.spellings()) {
                    String folded = fold(s);
                    if (!own.add(folded.toLowerCase(Locale.ROOT))) {
                        continue;
                    }
                    List<Entry> others = byKey.computeIfAbsent(folded.toLowerCase(Locale.ROOT), k -> new ArrayList<>());
                    for (Entry o : others) {
                        boolean clash = !e.caseSensitive() || !o.caseSensitive()
                                || o.spellings().stream().anyMatch(x -> fold(x).equals(folded));
                        if (clash) {
                            throw new IllegalStateException("spelling '" + s + "' belongs to two entries: '"
                                    + o.name() + "' and '" + e.name() + "'");
                        }
                    }
                    others.add(e);
                }
            }
            return new Gazetteer(new ArrayList<>(byName.values()), registerWords);
        }
    }
}

package org.paperclaims.extractors.dataset;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.paperclaims.extractors.internal.Acronyms;
import org.paperclaims.extractors.internal.CueFlags;
import org.paperclaims.extractors.internal.PhraseSet;
import org.paperclaims.extractors.internal.TokenText;
import org.paperclaims.extractors.internal.Vocabulary;
import org.paperclaims.extractors.internal.WordShape;
import org.paperclaims.internal.Lexicon;
import org.paperclaims.internal.Validate;
import org.paperclaims.model.DatasetClaim;
import org.paperclaims.model.DatasetKind;
import org.paperclaims.pipeline.Document;
import org.paperclaims.pipeline.Extractor;
import org.paperclaims.pipeline.Key;
import org.paperclaims.text.Sentence;
import org.paperclaims.text.TextView;
import org.paperclaims.text.Token;
import org.paperclaims.text.TokenKind;
import org.paperclaims.text.TokenList;

/**
 * Finds the named data sets and benchmarks a paper uses or reports on ({@code dataset} claims).
 *
 * <p>Two sources of names:
 * <ol>
 * <li>The {@link Gazetteer} (shipped list {@code datasets.tsv}, extensible through
 *     {@link #DatasetExtractor(Gazetteer)}), matched in one left-to-right pass over the tokens: at each
 *     token the longest entry that starts there wins and the pass continues after it. Spelling, case and
 *     suffix rules are those of {@link Gazetteer}.</li>
 * <li>Patterns for names the list lacks (vocabulary in {@code dataset-patterns.txt}): a proper-noun-like
 *     name (CamelCase, capitals or digits, or capitalised inside a sentence) right before a data set noun
 *     ("the FooBar dataset", "the Foo and Bar benchmarks") or in a list after a plural one
 *     ("benchmarks such as Foo and Bar"). Generic phrases ("diverse datasets", "our dataset", "several
 *     VQA benchmarks") are no names.</li>
 * </ol>
 *
 * <p>Normalisation rules of the claims:
 * <ul>
 * <li>{@code name}: the gazetteer's canonical name ({@code ImageNet} for "ImageNet 256x256", {@code CelebA}
 *     for "Celeb-A", {@code GSM8K} for "GSM8k"); for a pattern-found name, the name as written.</li>
 * <li>{@code kind}: the gazetteer's kind; for a pattern-found name {@code benchmark} when the noun says
 *     suite or leaderboard or the name ends in {@code Bench}/{@code Arena}, else {@code dataset} (a single
 *     problem set called a benchmark is still a data set).</li>
 * <li>{@code text}: the first mention as written, with a folded resolution or year suffix.</li>
 * <li>One claim per canonical name per abstract, at its first mention.</li>
 * </ul>
 */
public final class DatasetExtractor implements Extractor {
    private static final Vocabulary VOCAB = Vocabulary.load("dataset-patterns.txt");
    private static final PhraseSet DATASET_NOUNS = VOCAB.phrases("dataset-nouns");
    private static final PhraseSet NEUTRAL_NOUNS = VOCAB.phrases("neutral-nouns");
    private static final PhraseSet BENCHMARK_NOUNS = VOCAB.phrases("benchmark-nouns");
    /**
     * The first words of the three noun sets above, flagged by word id: a token not among them starts no
     * noun, which spares the three phrase look-ups at nearly every token (the flags of a whole text are read
     * once, one int per token).
     */
    private static final CueFlags NOUN_STARTS = new CueFlags().phrases(1, VOCAB.entries("dataset-nouns"))
            .phrases(1, VOCAB.entries("neutral-nouns")).phrases(1, VOCAB.entries("benchmark-nouns"));
    /**
     * The word ids of the same first words, or null when one could not be registered: with the gazetteer's key
     * table they make {@link #flagsById}.
     */
    private static final int[] NOUN_START_IDS = firstWordIds(VOCAB.entries("dataset-nouns"),
            VOCAB.entries("neutral-nouns"), VOCAB.entries("benchmark-nouns"));
    /** The flag of a noun's first word in {@link #flagsById}, beside the gazetteer's {@link Gazetteer#KEY_BITS}. */
    private static final int NOUN_START = 1 << 31;
    private static final List<String> BENCHMARK_ENDINGS = VOCAB.entries("benchmark-name-endings").stream()
            .map(s -> s.toLowerCase(Locale.ROOT)).toList();
    private static final PhraseSet LIST_CUES = VOCAB.phrases("list-cues");
    private static final Set<String> GENERIC = VOCAB.words("generic-names");
    private static final PhraseSet NAMING = VOCAB.phrases("naming-words");
    private static final PhraseSet DATASET_WORDS = VOCAB.phrases("dataset-words");
    /** Name groups (runs of joined tokens) one pattern-found name may have: "Waymo Open Dataset". */
    private static final int MAX_NAME_GROUPS = 4;
    /** Pattern-found names moved to an earlier mention; caps the cost on adversarial text. */
    private static final int MAX_RELOCATED = 64;
    /** The most tokens one joined run ("Needle-in-a-Haystack") may have. */
    private static final int MAX_GROUP_TOKENS = 12;
    /** Names one list or coordination may give: "the A, B, C and D benchmarks". */
    private static final int MAX_LIST = 8;

    private final Gazetteer gazetteer;
    /**
     * By word id: the gazetteer's key (see {@link Gazetteer#keyTable}) and {@link #NOUN_START}, read for a whole
     * text in one pass instead of one per table; null when the gazetteer does not use word ids.
     */
    private final int[] flagsById;

    /** The extractor with the shipped gazetteer (the one {@link java.util.ServiceLoader} creates). */
    public DatasetExtractor() {
        this(Gazetteer.defaults());
    }

    /**
     * An extractor with a gazetteer of your own, e.g.
     * {@code new DatasetExtractor(Gazetteer.newBuilder().addDefaults().add("FooSet", DatasetKind.DATASET).build())},
     * to use in place of the standard one with
     * {@code ClaimChain.newBuilder().exclude("dataset").add(extractor)}.
     */
    public DatasetExtractor(Gazetteer gazetteer) {
        this.gazetteer = Validate.notNull(gazetteer, "gazetteer");
        int[] keys = gazetteer.keyTable();
        if (keys != null && NOUN_START_IDS != null) {
            int length = keys.length;
            for (int id : NOUN_START_IDS) {
                length = Math.max(length, id + 1);
            }
            int[] flags = java.util.Arrays.copyOf(keys, length);
            for (int id : NOUN_START_IDS) {
                flags[id] |= NOUN_START;
            }
            this.flagsById = flags;
        } else {
            this.flagsById = null;
        }
    }

    /** The lexicon ids of the phrases' first words (tokenised as PhraseSet does), or null if one is not registered. */
    @SafeVarargs
    private static int[] firstWordIds(List<String>... phraseLists) {
        List<Integer> ids = new ArrayList<>();
        for (List<String> phrases : phraseLists) {
            for (String p : phrases) {
                List<Token> toks = TextView.of(p).tokens();
                if (!toks.isEmpty()) {
                    int id = Lexicon.register(toks.get(0).lower());
                    if (id < 0) {
                        return null;
                    }
                    ids.add(id);
                }
            }
        }
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The shipped gazetteer plus {@code extra} entries (an entry with a shipped name replaces it). */
    public static DatasetExtractor withExtraEntries(Gazetteer.Entry... extra) {
        Validate.notNull(extra, "extra");
        Gazetteer.Builder b = Gazetteer.newBuilder().addDefaults();
        for (Gazetteer.Entry e : extra) {
            b.add(e);
        }
        return new DatasetExtractor(b.build());
    }

    /** The gazetteer this extractor matches. */
    public Gazetteer gazetteer() {
        return gazetteer;
    }

    @Override
    public String id() {
        return "dataset";
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(Key.claims(DatasetClaim.class));
    }

    @Override
    public void extract(Document document) {
        TextView view = document.text();
        List<Token> tokens = view.tokens();
        List<Found> found = new ArrayList<>();
        boolean[] covered = new boolean[tokens.size()];
        Set<String> redefined = null; // made for the rare text that redefines a name
        // Both the gazetteer's keys and the noun starts from one pass over the word ids when the view's ids serve.
        int[] flags = flagsById != null && tokens instanceof TokenList list && list.idsCover(flagsById.length)
                ? new int[tokens.size()] : null;
        if (flags != null) {
            ((TokenList) tokens).readById(flagsById, flags);
        }
        int[] keys = flags != null ? flags : gazetteer.keysOf(tokens);
        for (Sentence s : view.sentences()) {
            int i = s.firstToken();
            Gazetteer.Match m;
            while ((m = gazetteer.nextMatch(tokens, keys, i, s.endToken())) != null) {
                if (redefines(view, s, m)) {
                    if (redefined == null) {
                        redefined = new HashSet<>();
                    }
                    redefined.add(m.entry().name());
                }
                found.add(new Found(m.entry().name(), m.entry().kind(), m.first(), m.last()));
                for (int k = m.first(); k <= m.last(); k++) {
                    covered[k] = true;
                }
                i = m.last() + 1;
            }
        }
        if (redefined != null) {
            Set<String> names = redefined;
            found.removeIf(f -> names.contains(f.name));
        }
        int known = found.size();
        int[] nounStarts = flags != null ? flags : NOUN_STARTS.of(tokens);
        int nounFlag = flags != null ? NOUN_START : -1; // cue flags: any bit
        for (Sentence s : view.sentences()) {
            patterns(tokens, s, nounStarts, nounFlag, covered, found);
        }
        if (found.isEmpty()) {
            return; // most texts: no set to sort, no claims
        }
        firstMentions(tokens, found, known);
        emit(document, view, found);
    }

    /**
     * Whether the abstract defines the matched abbreviation as something else: "grouped-query attention
     * (GQA)" or "GQA (grouped-query attention)" is no data set, in this sentence or any other.
     */
    private boolean redefines(TextView view, Sentence s, Gazetteer.Match m) {
        List<Token> tokens = view.tokens();
        String abbr = view.text(m.first(), m.last());
        int before = m.first() - 1;
        int after = m.last() + 1;
        if (before > s.firstToken() && tokens.get(before).isSymbol('(') && after < s.endToken()
                && tokens.get(after).isSymbol(')')) {
            int lf = Acronyms.longFormEndingAt(tokens, abbr, s.firstToken(), before - 1);
            return lf >= 0 && !spellsEntry(tokens, lf, before - 1, m.entry());
        }
        if (after + 2 < s.endToken() && tokens.get(after).isSymbol('(')) {
            for (int close = after + 2; close < Math.min(s.endToken(), after + 16); close++) {
                if (tokens.get(close).isSymbol(')')) {
                    return Acronyms.spellsWhole(tokens, abbr, after + 1, close - 1)
                            && !spellsEntry(tokens, after + 1, close - 1, m.entry());
                }
            }
        }
        return false;
    }

    /** Whether tokens {@code first..last} name {@code entry} or call it a data set ("... Benchmark (FOO)"). */
    private boolean spellsEntry(List<Token> tokens, int first, int last, Gazetteer.Entry entry) {
        if (DATASET_WORDS.find(tokens, first, last + 1) >= 0) {
            return true;
        }
        String k = key(TokenText.of(tokens, first, last));
        return entry.spellings().stream().anyMatch(x -> key(x).equals(k));
    }

    /** Adds one claim per name, at its first mention. */
    private static void emit(Document document, TextView view, List<Found> found) {
        found.sort((a, b) -> Integer.compare(a.first, b.first));
        Set<String> seen = new HashSet<>();
        for (Found f : found) {
            if (!seen.add(key(f.name))) {
                continue;
            }
            int start = view.tokens().get(f.first).start();
            int end = view.tokens().get(f.last).end();
            document.add(new DatasetClaim(view.original().substring(start, end), start, end, f.name, f.kind));
        }
    }

    /** The key under which two names are the same: letters and digits in lower case. */
    static String key(String name) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            } else if (c == '+') {
                // HumanEval+ and ScanNet++ are other data sets than HumanEval and ScanNet.
                sb.append("plus");
            }
        }
        return sb.toString();
    }

    private record Found(String name, DatasetKind kind, int first, int last) {
    }

    /** A run of tokens joined without spaces ({@code Needle-in-a-Haystack}), inclusive bounds. */
    private record Group(int first, int last) {
    }

    // ---- patterns ---------------------------------------------------------------------------------------

    private void patterns(List<Token> tokens, Sentence s, int[] nounStarts, int nounFlag, boolean[] covered,
            List<Found> found) {
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            if ((nounStarts[k] & nounFlag) == 0) {
                continue;
            }
            int len;
            DatasetKind nounKind;
            if ((len = BENCHMARK_NOUNS.matchAt(tokens, k)) > 0) {
                nounKind = DatasetKind.BENCHMARK;
            } else if ((len = DATASET_NOUNS.matchAt(tokens, k)) > 0 || (len = NEUTRAL_NOUNS.matchAt(tokens, k)) > 0) {
                nounKind = null;
            } else {
                continue;
            }
            if (covered[k]) {
                continue;
            }
            List<int[]> names = new ArrayList<>();
            boolean plural = tokens.get(k + len - 1).lower().endsWith("s")
                    || tokens.get(k + len - 1).lower().equals("corpora");
            namesBefore(tokens, s, k, covered, names);
            // "MRI datasets", "Hugging Face datasets": one name before a plural noun describes a kind of data,
            // unless "the" points at it ("the GLUE benchmarks").
            if (plural && names.size() == 1 && !coordinated(tokens, s, names.get(0)[0])
                    && !(names.get(0)[0] > s.firstToken() && tokens.get(names.get(0)[0] - 1).is("the"))) {
                names.clear();
            }
            if (names.isEmpty()) {
                int[] a = appositiveBefore(tokens, s, k, covered);
                if (a != null) {
                    names.add(a);
                }
            }
            int[] named = namedAfter(tokens, s, k + len);
            if (named != null && !covered[named[0]]) {
                names.add(named);
            }
            if (plural) {
                namesAfter(tokens, s, k + len, covered, names);
            }
            for (int[] n : names) {
                String name = TokenText.of(tokens, n[0], n[1]);
                DatasetKind kind = nounKind != null ? nounKind : kindOfName(name);
                found.add(new Found(name, kind, n[0], n[1]));
                for (int x = n[0]; x <= n[1]; x++) {
                    covered[x] = true;
                }
            }
            k += len - 1;
        }
    }

    /** Names right before the noun at {@code k}: "the Foo benchmark", "the Foo, Bar and Baz datasets". */
    private static void namesBefore(List<Token> tokens, Sentence s, int k, boolean[] covered, List<int[]> out) {
        int end = k - 1;
        for (int n = 0; n < MAX_LIST && end >= s.firstToken(); n++) {
            int[] name = nameEndingAt(tokens, s, end, covered);
            if (name == null) {
                return;
            }
            out.add(name);
            int j = name[0] - 1;
            boolean sep = false;
            while (j >= s.firstToken() && (tokens.get(j).isSymbol(',') || tokens.get(j).is("and")
                    || tokens.get(j).is("or"))) {
                sep = true;
                j--;
            }
            if (!sep) {
                return;
            }
            // Names already found by the gazetteer take part in the list but are not repeated.
            while (j >= s.firstToken() && covered[j]) {
                j--;
                if (j >= s.firstToken() && (tokens.get(j).isSymbol(',') || tokens.get(j).is("and"))) {
                    j--;
                }
            }
            end = j;
        }
    }

    /**
     * The name a noun phrase describes: "FooBench, a suite of ...", "FooSet is a large-scale dataset",
     * "FooSet, our constructed dataset", or
     * {@code null}. Up to four lower-case words may stand between the article and the noun.
     */
    private static int[] appositiveBefore(List<Token> tokens, Sentence s, int k, boolean[] covered) {
        int j = k - 1;
        int words = 0;
        while (j >= s.firstToken() && words < 4 && !tokens.get(j).is("a") && !tokens.get(j).is("an")
                && !tokens.get(j).is("our")) {
            Token t = tokens.get(j);
            boolean lowerWord = t.isWord() && Character.isLowerCase(t.text().charAt(0));
            if (!lowerWord && !Gazetteer.isJoiner(t) && !t.isNumber()) {
                return null;
            }
            words += t.isWord() ? 1 : 0;
            j--;
        }
        if (j < s.firstToken() + 1 || !(tokens.get(j).is("a") || tokens.get(j).is("an") || tokens.get(j).is("our"))) {
            return null; // "FooSet, a new dataset", "FooSet, our constructed dataset"
        }
        j--;
        if (!(tokens.get(j).isSymbol(',') || tokens.get(j).is("is"))) {
            return null;
        }
        return j - 1 >= s.firstToken() ? nameEndingAt(tokens, s, j - 1, covered) : null;
    }

    /** The name a noun is given right after it: "a new dataset, called FooSet", or {@code null}. */
    private static int[] namedAfter(List<Token> tokens, Sentence s, int from) {
        int i = from;
        if (i < s.endToken() && tokens.get(i).isSymbol(',')) {
            i++;
        }
        if (i >= s.endToken() || !NAMING.contains(tokens.get(i))) {
            return null;
        }
        i++;
        if (i < s.endToken() && tokens.get(i).is("the")) {
            i++;
        }
        return i < s.endToken() ? nameStartingAt(tokens, s, i) : null;
    }

    /** Whether the name starting at {@code first} follows "and", "or" or a comma after a covered name. */
    private static boolean coordinated(List<Token> tokens, Sentence s, int first) {
        int j = first - 1;
        if (j <= s.firstToken() || !(tokens.get(j).is("and") || tokens.get(j).is("or") || tokens.get(j).isSymbol(','))) {
            return false;
        }
        int k = tokens.get(j - 1).isSymbol(',') ? j - 2 : j - 1;
        // "FooSet and BarSet benchmarks" shares the noun; "MRI datasets, Hugging Face datasets" does not.
        return k >= s.firstToken() && isNamePart(tokens.get(k)) && !DATASET_NOUNS.contains(tokens.get(k))
                && !NEUTRAL_NOUNS.contains(tokens.get(k)) && !BENCHMARK_NOUNS.contains(tokens.get(k));
    }

    /** Names listed after a plural noun: "benchmarks such as Foo, Bar and Baz", "datasets (Foo, Bar)". */
    private static void namesAfter(List<Token> tokens, Sentence s, int from, boolean[] covered, List<int[]> out) {
        int at = from;
        if (at + 1 < s.endToken() && tokens.get(at).isSymbol(',') && !tokens.get(at + 1).isSymbol('(')) {
            at++; // "datasets, including Foo and Bar"
        }
        int cue = at < s.endToken() ? LIST_CUES.matchAt(tokens, at) : 0;
        if (cue == 0) {
            return;
        }
        int i = at + cue;
        for (int n = 0; n < MAX_LIST && i < s.endToken(); n++) {
            if (covered[i]) {
                while (i < s.endToken() && covered[i]) {
                    i++;
                }
            } else {
                int[] name = nameStartingAt(tokens, s, i);
                if (name == null) {
                    return;
                }
                out.add(name);
                i = name[1] + 1;
            }
            boolean sep = false;
            while (i < s.endToken() && (tokens.get(i).isSymbol(',') || tokens.get(i).is("and")
                    || tokens.get(i).is("or"))) {
                sep = true;
                i++;
            }
            if (!sep) {
                return;
            }
        }
    }

    /** The name whose last group ends at token {@code end}, as {first, last}, or {@code null}. */
    private static int[] nameEndingAt(List<Token> tokens, Sentence s, int end, boolean[] covered) {
        List<Group> groups = new ArrayList<>();
        int j = end;
        while (j >= s.firstToken() && groups.size() < MAX_NAME_GROUPS) {
            Group g = groupEndingAt(tokens, s, j);
            if (g == null || covered[g.last] || covered[g.first] || strength(tokens, g) == 0) {
                break;
            }
            groups.add(0, g);
            j = g.first - 1;
        }
        return accept(tokens, s, groups);
    }

    /** The name whose first group starts at token {@code start}, as {first, last}, or {@code null}. */
    private static int[] nameStartingAt(List<Token> tokens, Sentence s, int start) {
        List<Group> groups = new ArrayList<>();
        int j = start;
        while (j < s.endToken() && groups.size() < MAX_NAME_GROUPS) {
            Group g = groupStartingAt(tokens, s, j);
            if (g == null || strength(tokens, g) == 0) {
                break;
            }
            groups.add(g);
            j = g.last + 1;
        }
        return accept(tokens, s, groups);
    }

    /**
     * The span of {@code groups} when they make a name: a sentence-initial capitalised word is dropped
     * ("Extensive FooBar ..."), generic words are no name, and a name of only capitalised words must not
     * start the sentence.
     */
    private static int[] accept(List<Token> tokens, Sentence s, List<Group> groups) {
        while (!groups.isEmpty()) {
            Group g = groups.get(0);
            boolean initialWeak = g.first == s.firstToken() && strength(tokens, g) == 1;
            if (initialWeak || generic(tokens, g)) {
                groups.remove(0);
            } else {
                break;
            }
        }
        if (groups.isEmpty()) {
            return null;
        }
        Group last = groups.get(groups.size() - 1);
        if (generic(tokens, last)) {
            return null;
        }
        return new int[] {groups.get(0).first, last.last};
    }

    /** Whether a group is a generic word or made only of them ("Chinese-English", "LLM"). */
    private static boolean generic(List<Token> tokens, Group g) {
        if (GENERIC.contains(key(groupText(tokens, g)))) {
            return true;
        }
        for (int i = g.first; i <= g.last; i++) {
            Token t = tokens.get(i);
            if (t.isWord() && !GENERIC.contains(t.lower())) {
                return false;
            }
        }
        return true;
    }

    private static Group groupEndingAt(List<Token> tokens, Sentence s, int end) {
        if (!isNamePart(tokens.get(end))) {
            return null;
        }
        int first = end;
        while (first - 1 >= s.firstToken() && end - first < MAX_GROUP_TOKENS && !tokens.get(first).spaceBefore()
                && joinable(tokens.get(first - 1))) {
            first--;
        }
        while (first < end && !isNamePart(tokens.get(first))) {
            first++;
        }
        return new Group(first, end);
    }

    private static Group groupStartingAt(List<Token> tokens, Sentence s, int start) {
        if (start >= s.endToken() || !isNamePart(tokens.get(start))) {
            return null;
        }
        int last = start;
        while (last + 1 < s.endToken() && last - start < MAX_GROUP_TOKENS && !tokens.get(last + 1).spaceBefore()
                && joinable(tokens.get(last + 1))) {
            last++;
        }
        while (last > start && !isNamePart(tokens.get(last))) {
            last--;
        }
        return new Group(start, last);
    }

    private static boolean isNamePart(Token t) {
        return t.kind() == TokenKind.WORD || t.kind() == TokenKind.NUMBER;
    }

    private static boolean joinable(Token t) {
        return isNamePart(t) || Gazetteer.isJoiner(t) || t.isSymbol('.') || t.isSymbol('+');
    }

    /**
     * How name-like a group is: 2 for CamelCase, capitals or digits inside a word, or a hyphenated compound
     * with a capitalised part ({@code ShapeNet}, {@code GSM8K}, {@code Needle-in-a-Haystack}); 1 for a
     * capitalised word; 0 otherwise.
     */
    private static int strength(List<Token> tokens, Group g) {
        int letters = 0;
        boolean capitalised = false;
        boolean inner = false;
        int words = 0;
        for (int i = g.first; i <= g.last; i++) {
            Token t = tokens.get(i);
            if (t.kind() != TokenKind.WORD) {
                continue;
            }
            words++;
            WordShape shape = WordShape.of(t.text());
            letters += shape.letters();
            inner |= shape.innerCapitalOrDigit();
            if (shape.capitalised()) {
                capitalised = true;
                if (i > g.first) {
                    inner = true;
                }
            }
        }
        if (letters < 2 || words == 0) {
            return 0;
        }
        if (inner && (capitalised || words > 1)) {
            return 2;
        }
        if (tokens.get(g.first).isNumber() && capitalised) {
            return 2;
        }
        return capitalised ? 1 : 0;
    }

    private static String groupText(List<Token> tokens, Group g) {
        StringBuilder sb = new StringBuilder();
        for (int i = g.first; i <= g.last; i++) {
            sb.append(tokens.get(i).text());
        }
        return sb.toString();
    }

    private static DatasetKind kindOfName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String e : BENCHMARK_ENDINGS) {
            if (lower.endsWith(e)) {
                return DatasetKind.BENCHMARK;
            }
        }
        return DatasetKind.DATASET;
    }

    /**
     * Whether a run of tokens starting with {@code t} may have the {@link #key} {@code target}: false when
     * its first char is a letter or digit other than the key's first, so that most tokens are passed over
     * without building the run's text.
     */
    private static boolean mayStartKey(Token t, String target) {
        String text = t.text();
        if (text.isEmpty() || target.isEmpty()) {
            return true;
        }
        char c = text.charAt(0);
        return !Character.isLetterOrDigit(c) || Character.toLowerCase(c) == target.charAt(0);
    }

    /**
     * Moves each pattern-found name to its first mention: "We train on FooBar ... the FooBar dataset" claims
     * the first "FooBar". Costs the text length times the number of names found, both small.
     */
    private static void firstMentions(List<Token> tokens, List<Found> found, int from) {
        if (from >= found.size()) {
            return; // only gazetteer names, which are first mentions already
        }
        Set<String> done = new HashSet<>();
        for (int f = from; f < found.size(); f++) {
            Found x = found.get(f);
            if (!done.add(key(x.name)) || done.size() > MAX_RELOCATED) {
                continue;
            }
            String target = key(x.name);
            int span = x.last - x.first;
            for (int i = 0; i < x.first; i++) {
                if (!mayStartKey(tokens.get(i), target)) {
                    continue;
                }
                if (i + span < tokens.size() && key(TokenText.of(tokens, i, i + span)).equals(target)
                        && (i == 0 || tokens.get(i).spaceBefore() || !isNamePart(tokens.get(i - 1)))
                        && (i + span + 1 >= tokens.size() || tokens.get(i + span + 1).spaceBefore()
                                || !isNamePart(tokens.get(i + span + 1)))) {
                    found.set(f, new Found(x.name, x.kind, i, i + span));
                    break;
                }
            }
        }
    }
}

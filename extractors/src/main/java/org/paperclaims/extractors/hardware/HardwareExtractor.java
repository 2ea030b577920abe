package org.paperclaims.extractors.hardware;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.paperclaims.extractors.internal.CueFlags;
import org.paperclaims.extractors.internal.NumberWords;
import org.paperclaims.extractors.internal.PhraseSet;
import org.paperclaims.extractors.internal.Vocabulary;
import org.paperclaims.extractors.internal.WordShape;
import org.paperclaims.model.HardwareClaim;
import org.paperclaims.pipeline.Document;
import org.paperclaims.pipeline.Extractor;
import org.paperclaims.pipeline.Key;
import org.paperclaims.text.TextView;
import org.paperclaims.text.Token;
import org.paperclaims.text.TokenList;

/**
 * Finds the devices figures were measured on ({@code hardware} claims): "an RTX 4090 GPU", "8 x Nvidia 6000
 * Ada GPU (48G)", "a single A100-80GB GPU", "the MediaTek Dimensity 9300", "a single GPU".
 *
 * <p>Normalisation rules (vocabulary in {@code hardware.txt}):
 * <ul>
 * <li>name: the device as written without vendor or brand words ({@code NVIDIA}, {@code GeForce},
 *     {@code MediaTek}...) and without a plural "s" ({@code A100s} is {@code A100}); a family's name runs
 *     over its designation ({@code RTX 4090 Ti}, {@code Snapdragon 8 Gen 3}, {@code TPU v4}). Apple chips
 *     ({@code M2}) count only after "Apple" or before "Pro", "Max", "chip"... A generic {@code GPU},
 *     {@code CPU}, {@code TPU} or {@code NPU} (plural folded to singular) is a device only with a stated
 *     count and not as a budget ("8 GPU hours") or an owner ("a single GPU's resources"); adjectives may
 *     stand between count and processor ("a single mid-range GPU").</li>
 * <li>count: a number just before the device ("8 x", "8×", "8", "eight", glued "8xH100"), "single" 1, "dual" 2; an
 *     article ("an A100") is no count; else {@code null}.</li>
 * <li>memoryGB: "A100-80GB", "80GB A100", "A100 (80GB)", "GPU (48G)", "GPUs (24GB each)", "with 80 GB memory"; else
 *     {@code null}.</li>
 * <li>One claim per device name per abstract, at its first mention; a count or memory missing there is
 *     taken from a later mention of the same device.</li>
 * </ul>
 */
public final class HardwareExtractor implements Extractor {
    private static final Vocabulary VOCAB = Vocabulary.load("hardware.txt");
    private static final PhraseSet VENDORS = VOCAB.phrases("vendors");
    private static final PhraseSet DEVICES = VOCAB.phrases("devices");
    private static final Set<String> DEVICE_WORDS = VOCAB.words("devices");
    private static final Set<String> FAMILIES = VOCAB.words("families");
    private static final Set<String> STANDALONE = VOCAB.words("standalone-families");
    private static final Set<String> DESIGNATORS = VOCAB.words("designators");
    private static final Set<String> APPLE_CHIPS = VOCAB.words("apple-chip");
    private static final Set<String> APPLE_SUFFIX = VOCAB.words("apple-chip-suffix");
    private static final Set<String> GENERIC = VOCAB.words("generic");
    private static final PhraseSet GENERIC_ADJ = VOCAB.phrases("generic-adjectives");
    private static final Set<String> NOT_DEVICE_AFTER = VOCAB.words("not-device-after");
    private static final PhraseSet DEVICE_NOUNS = VOCAB.phrases("device-nouns");
    private static final Map<String, Integer> COUNT_WORDS = counts(VOCAB.entries("count-words"));
    /** A designation longer than this is not a device name any more. */
    private static final int MAX_DESIGNATION = 5;
    private static final int MAX_COUNT = 100_000;

    // Cue flags (see CueFlags): what could start a device at a token, so that most tokens are skipped unread.
    private static final int DEVICE_START = 1;
    private static final int PLURAL_DEVICE = 1 << 1;
    private static final int FAMILY = 1 << 2;
    private static final int APPLE_CHIP = 1 << 3;
    private static final int GENERIC_WORD = 1 << 4;
    /** The device words with a plural "s" ("A100s"): the one cue whose flag is taken as the full test. */
    private static final Set<String> PLURAL_DEVICE_WORDS = new HashSet<>(plurals(DEVICE_WORDS));
    private static final CueFlags CUES = new CueFlags()
            .phrases(DEVICE_START, VOCAB.entries("devices"))
            .words(PLURAL_DEVICE, plurals(DEVICE_WORDS))
            .words(FAMILY, VOCAB.entries("families"))
            .words(APPLE_CHIP, VOCAB.entries("apple-chip"))
            .words(GENERIC_WORD, VOCAB.entries("generic"));
    /** Each family's first character as the vocabulary writes it (the first entry wins), for a case check. */
    private static final Map<String, Character> FAMILY_CASE = familyCases(VOCAB.entries("families"));

    @Override
    public String id() {
        return "hardware";
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(Key.claims(HardwareClaim.class));
    }

    @Override
    public void extract(Document document) {
        TextView view = document.text();
        Map<String, Mention> byName = new LinkedHashMap<>();
        for (Mention m : mentions(view)) {
            Mention first = byName.get(m.key());
            if (first == null) {
                byName.put(m.key(), m);
            } else {
                byName.put(m.key(), first.merge(m));
            }
        }
        for (Mention m : byName.values()) {
            if (m.generic && m.count == null) {
                continue;
            }
            document.add(new HardwareClaim(view.original().substring(m.start, m.end), m.start, m.end, m.name,
                    m.count, m.memoryGB));
        }
    }

    /**
     * Every device mention of {@code view}, in order, generic ones included (with or without count).
     * Shared with the timing extractor's tests; linear in the number of tokens.
     */
    static List<Mention> mentions(TextView view) {
        TokenList tokens = view.tokens();
        int[] flags = cues(tokens);
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (cannotStartDevice(tokens, flags, i)) {
                i++;
                continue;
            }
            Mention fused = fusedCount(view, i);
            if (fused != null) {
                out.add(fused);
                i = fused.lastToken + 1;
                continue;
            }
            int[] dev = deviceAt(view, i, flags[i]);
            if (dev == null) {
                i++;
                continue;
            }
            Mention m = mention(view, i, dev[0], dev[1] != 0);
            out.add(m);
            i = Math.max(i + dev[0], m.lastToken + 1);
        }
        return out;
    }

    /** The cue flags of every token. */
    static int[] cues(TokenList tokens) {
        return CUES.of(tokens);
    }

    /**
     * The common case, decided from the token's cue flags and shape without reading the token: a plain ASCII
     * token without a digit and without a cue flag is no number (numbers start with a digit), no fused family
     * ("RTX3090" holds a digit) and no vocabulary word, so neither {@link #fusedCount} nor {@link #deviceAt}
     * can start at it.
     */
    static boolean cannotStartDevice(TokenList tokens, int[] flags, int i) {
        return flags[i] == 0 && (tokens.shape(i) & (TokenList.ASCII | TokenList.DIGIT)) == TokenList.ASCII;
    }

    /**
     * "8xH100", "4xA100": a count glued to a device by an "x", which the tokenizer keeps in the device's word
     * ("8", "xH100"); {@code null} for anything else.
     */
    static Mention fusedCount(TextView view, int i) {
        Token n = view.token(i);
        if (n == null || !n.isNumber()) {
            return null; // the common case, decided before the next token is read
        }
        Token w = view.token(i + 1);
        if (w == null || !w.isWord() || !view.joined(n, w) || w.text().length() < 3
                || w.text().charAt(0) != 'x' || !Character.isUpperCase(w.text().charAt(1))) {
            return null;
        }
        double count = n.number();
        String device = w.text().substring(1);
        if (count < 1 || count > 100_000 || count != Math.rint(count)
                || !DEVICE_WORDS.contains(device.toLowerCase(Locale.ROOT))) {
            return null;
        }
        return new Mention(device, false, (int) count, null, n.start(), w.end(), i + 1);
    }

    /**
     * {length, generic?1:0} of a device name starting at token {@code i}, or {@code null}; {@code f} is the
     * token's cue flags ({@link CueFlags#of}).
     */
    static int[] deviceAt(TextView view, int i, int f) {
        List<Token> tokens = view.tokens();
        Token t = tokens.get(i);
        if (!t.isWord() && !t.isNumber()) {
            return null;
        }
        if (f == 0 && !t.isNumber() && !fusedFamily(t)) {
            // The common case: a word that starts no device name (each branch below needs a cue flag, a
            // number or a fused family word), decided before the tokens around it are read.
            return null;
        }
        // A device name does not continue a hyphenated word ("multi-GPU").
        if (i > 0 && view.joined(tokens.get(i - 1), t) && tokens.get(i - 1).isSymbol('-')) {
            return null;
        }
        int len = (f & DEVICE_START) == 0 ? 0 : DEVICES.matchAt(tokens, i);
        if (len > 0 && endsWord(view, i + len - 1)) {
            return new int[] {len, 0};
        }
        // PLURAL_DEVICE: the word is a device word with an "s" ("A100s").
        // Flags of -1 mean "not known" (the view's word ids could not be used): the set decides then.
        if (t.isWord() && (f & PLURAL_DEVICE) != 0 && (f != -1 || PLURAL_DEVICE_WORDS.contains(t.lower()))
                && endsWord(view, i)) {
            return new int[] {1, 0};
        }
        if (t.isWord() && (f & FAMILY) != 0 && FAMILIES.contains(t.lower())
                && t.text().charAt(0) == familyCase(t.lower())) {
            int d = designation(view, i + 1);
            if (d > 0) {
                return new int[] {1 + d, 0};
            }
            if (STANDALONE.contains(t.lower())) {
                return new int[] {1, 0};
            }
        }
        if (t.isWord() && fusedFamily(t)) {
            return new int[] {1 + designation(view, i + 1), 0};
        }
        if (t.isNumber() && vendorModelNumber(view, i)) {
            return new int[] {1 + designation(view, i + 1), 0};
        }
        if (t.isWord() && (f & APPLE_CHIP) != 0 && APPLE_CHIPS.contains(t.lower()) && isApple(tokens, i)) {
            return new int[] {1 + designation(view, i + 1), 0};
        }
        if (t.isWord() && (f & GENERIC_WORD) != 0 && GENERIC.contains(t.lower())) {
            return new int[] {1, 1};
        }
        return null;
    }

    /**
     * A consumer card named by its number alone after the vendor, the family word left out: "NVIDIA 2080Ti
     * GPU", "GeForce 3090 GPUs". The number must be a whole 3-4 digit designation and the name must end in a
     * device noun, so that "NVIDIA 2024" or "Google 2023 report" are no devices.
     */
    private static boolean vendorModelNumber(TextView view, int i) {
        Token t = view.token(i);
        Token prev = view.token(i - 1);
        if (prev == null || !prev.isWord() || !(prev.is("nvidia") || prev.is("geforce"))) {
            return false;
        }
        double v = t.number();
        if (v != Math.rint(v) || v < 100 || v > 9999) {
            return false;
        }
        Token after = view.token(i + 1 + designation(view, i + 1));
        return after != null && DEVICE_NOUNS.matchAt(view.tokens(), after.index()) > 0;
    }

    /** The first character of a family as the vocabulary writes it, for a case check ("Core" not "core"). */
    private static char familyCase(String lower) {
        Character c = FAMILY_CASE.get(lower);
        return c != null ? c : lower.charAt(0);
    }

    private static Map<String, Character> familyCases(List<String> entries) {
        Map<String, Character> m = new HashMap<>();
        for (String e : entries) {
            m.putIfAbsent(e.toLowerCase(Locale.ROOT), e.charAt(0));
        }
        return Map.copyOf(m);
    }

    /** The device words with a plural "s", as a token of several devices reads ("A100s"). */
    private static List<String> plurals(Set<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            out.add(w + "s");
        }
        return out;
    }

    /** A family with its designation written as one word: "RTX3090", "GTX1080". */
    private static boolean fusedFamily(Token t) {
        String w = t.lower();
        // Compared in place: this runs at every word of the text.
        return w.length() > 3 && (w.charAt(0) == 'r' || w.charAt(0) == 'g') && w.charAt(1) == 't'
                && w.charAt(2) == 'x' && Character.isDigit(w.charAt(3));
    }

    private static boolean isApple(List<Token> tokens, int i) {
        if (i > 0 && tokens.get(i - 1).is("apple")) {
            return true;
        }
        return i + 1 < tokens.size() && APPLE_SUFFIX.contains(tokens.get(i + 1).lower());
    }

    /** Whether the device name's last token is not glued to a following letter run ("A100x" is no A100). */
    private static boolean endsWord(TextView view, int last) {
        Token next = view.token(last + 1);
        return next == null || !view.joined(view.token(last), next) || !next.isWord() || next.is("s");
    }

    /** The number of tokens of a model designation starting at {@code i}: numbers, words with digits, designators. */
    private static int designation(TextView view, int i) {
        List<Token> tokens = view.tokens();
        int n = 0;
        int lastGood = 0;
        while (i + n < tokens.size() && n < MAX_DESIGNATION) {
            Token t = tokens.get(i + n);
            Token prev = tokens.get(i + n - 1);
            boolean ok;
            if (t.isNumber()) {
                ok = !isMemoryUnit(view.token(i + n + 1));
            } else if (t.isWord()) {
                ok = WordShape.hasDigit(t.lower()) || DESIGNATORS.contains(t.lower())
                        || (prev.isNumber() && view.joined(prev, t) && t.text().length() <= 2
                                && Character.isUpperCase(t.text().charAt(0)));
            } else {
                ok = t.isSymbol('-') && view.joined(prev, t) && i + n + 1 < tokens.size()
                        && view.joined(t, tokens.get(i + n + 1)) && (tokens.get(i + n + 1).isNumber()
                                || WordShape.hasDigit(tokens.get(i + n + 1).lower()));
            }
            if (!ok) {
                break;
            }
            n++;
            if (!t.isSymbol('-')) {
                lastGood = n;
            }
        }
        return lastGood;
    }


    private static boolean isMemoryUnit(Token t) {
        return t != null && (t.is("gb") || t.is("g") || t.is("gib"));
    }

    /** Reads count, memory and the extent of the mention around a device name at {@code [i, i+len)}. */
    private static Mention mention(TextView view, int i, int len, boolean generic) {
        List<Token> tokens = view.tokens();
        int sentenceStart = view.sentences().get(tokens.get(i).sentence()).firstToken();
        int sentenceEnd = view.sentences().get(tokens.get(i).sentence()).endToken();
        String name = nameOf(view, i, i + len - 1, generic);
        int first = i;
        int last = i + len - 1;
        Double memory = null;
        Integer count = null;

        // Before the name: vendor words, memory ("80GB"), generic adjectives, then the count.
        int j = i - 1;
        while (j >= sentenceStart) {
            int v = VENDORS.matchEndingAt(tokens, j);
            if (v > 0) {
                j -= v;
                continue;
            }
            int adj = generic ? GENERIC_ADJ.matchEndingAt(tokens, j) : 0;
            if (adj > 0 && j - adj + 1 >= sentenceStart) {
                j -= adj; // "a single mid-range GPU"
                continue;
            }
            break;
        }
        if (j - 1 >= sentenceStart && isMemoryUnit(tokens.get(j)) && tokens.get(j - 1).isNumber()) {
            memory = tokens.get(j - 1).number();
            first = j - 1;
            j -= 2;
            if (j >= sentenceStart && tokens.get(j).isSymbol('-')) {
                j--;
            }
        }
        int[] c = countBefore(view, j, sentenceStart, generic);
        if (c != null) {
            count = c[0];
            first = c[1];
        }

        // After the name: "-80GB", " 80GB", "GPU", "(48G)", "with 80 GB memory".
        int k = last + 1;
        if (memory == null) {
            Token a = view.token(k);
            Token b = view.token(k + 1);
            Token u = view.token(k + 2);
            if (a != null && a.isSymbol('-') && b != null && b.isNumber() && isMemoryUnit(u)) {
                memory = b.number();
                last = k + 2;
                k = last + 1;
            } else if (a != null && a.isNumber() && isMemoryUnit(b)) {
                memory = a.number();
                last = k + 1;
                k = last + 1;
            }
        }
        if (!generic) {
            int nl = DEVICE_NOUNS.matchAt(tokens, k);
            if (nl > 0 && k < sentenceEnd) {
                last = k + nl - 1;
                k = last + 1;
            }
        } else if (notADevice(view, k) || possessive(view, k)) {
            count = null;
        }
        if (memory == null) {
            Token open = view.token(k);
            Token num = view.token(k + 1);
            Token unit = view.token(k + 2);
            Token close = view.token(k + 3);
            if (open != null && open.isSymbol('(') && num != null && num.isNumber() && isMemoryUnit(unit)
                    && close != null && close.isSymbol(')')) {
                memory = num.number();
                last = k + 3;
            } else if (open != null && open.isSymbol('(') && num != null && num.isNumber() && isMemoryUnit(unit)
                    && close != null && close.is("each") && view.token(k + 4) != null && view.token(k + 4).isSymbol(')')) {
                memory = num.number(); // "dual A5000 GPUs (24GB each)"
                last = k + 4;
            } else if (open != null && open.is("with") && num != null && num.isNumber() && isMemoryUnit(unit)) {
                Token what = view.token(k + 3);
                if (what != null && what.is("of")) {
                    what = view.token(k + 4);
                }
                if (what != null && (what.is("memory") || what.is("vram") || what.is("hbm") || what.is("ram"))) {
                    memory = num.number();
                    last = what.index();
                }
            }
        }
        if (memory != null && !(memory > 0 && memory < 10_000)) {
            memory = null;
        }
        return new Mention(name, generic, count, memory, tokens.get(first).start(), tokens.get(last).end(), last);
    }

    /** "split a single GPU's resources": a generic processor as an owner of resources, not a device measured on. */
    private static boolean possessive(TextView view, int k) {
        Token a = view.token(k);
        Token b = view.token(k + 1);
        return a != null && b != null && (a.isSymbol('\'') || a.isSymbol('\u2019')) && b.is("s")
                && view.joined(a, b);
    }

    /** "8 GPU hours", "GPU-hours", "GPU memory": a generic processor word that is no device. */
    private static boolean notADevice(TextView view, int k) {
        Token a = view.token(k);
        if (a == null) {
            return false;
        }
        if (NOT_DEVICE_AFTER.contains(a.lower())) {
            return true;
        }
        Token b = view.token(k + 1);
        return a.isSymbol('-') && b != null && NOT_DEVICE_AFTER.contains(b.lower());
    }

    /** {count, first token} of a count ending at token {@code j}, or {@code null}. */
    private static int[] countBefore(TextView view, int j, int floor, boolean generic) {
        List<Token> tokens = view.tokens();
        if (j < floor) {
            return null;
        }
        Token t = tokens.get(j);
        // "8 x A100", "8×H100", "8x A100"
        if ((t.isSymbol('×') || t.is("x") || t.isSymbol('*')) && j - 1 >= floor && tokens.get(j - 1).isNumber()) {
            Integer n = asCount(tokens.get(j - 1).number());
            return n == null ? null : new int[] {n, j - 1};
        }
        // "an 8-GPU node"
        if (generic && t.isSymbol('-') && j - 1 >= floor && tokens.get(j - 1).isNumber()
                && view.joined(tokens.get(j - 1), t)) {
            Integer n = asCount(tokens.get(j - 1).number());
            return n == null ? null : new int[] {n, j - 1};
        }
        if (t.isNumber()) {
            // "256x256 on 8 GPUs" is fine, but "3.5 GPU" or "2024 A100" are not counts.
            if (j - 1 >= floor && (tokens.get(j - 1).isSymbol('.') || tokens.get(j - 1).isSymbol('×'))) {
                return null;
            }
            Integer n = asCount(t.number());
            return n == null ? null : new int[] {n, j};
        }
        Integer w = COUNT_WORDS.get(t.lower());
        if (w == null) {
            double v = NumberWords.value(t);
            w = Double.isNaN(v) ? null : asCount(v);
        }
        if (w != null) {
            int first = j;
            if (j - 1 >= floor && (tokens.get(j - 1).is("a") || tokens.get(j - 1).is("an"))) {
                first = j - 1;
            }
            return new int[] {w, first};
        }
        return null;
    }

    private static Integer asCount(double v) {
        if (Double.isNaN(v) || v < 1 || v > MAX_COUNT || v != Math.rint(v)) {
            return null;
        }
        return (int) v;
    }

    private static String nameOf(TextView view, int first, int last, boolean generic) {
        String name = view.text(first, last);
        String lower = name.toLowerCase(Locale.ROOT);
        if (generic) {
            return (lower.endsWith("s") ? name.substring(0, name.length() - 1) : name).toUpperCase(Locale.ROOT);
        }
        if (first == last && lower.endsWith("s") && !DEVICE_WORDS.contains(lower)
                && DEVICE_WORDS.contains(lower.substring(0, lower.length() - 1))) {
            return name.substring(0, name.length() - 1);
        }
        return name;
    }

    private static Map<String, Integer> counts(List<String> entries) {
        Map<String, Integer> m = new HashMap<>();
        for (String e : entries) {
            int sp = e.lastIndexOf(' ');
            m.put(e.substring(0, sp).toLowerCase(Locale.ROOT), Integer.parseInt(e.substring(sp + 1)));
        }
        return Map.copyOf(m);
    }

    /** The normalised look-up key of a device name: lower case, letters and digits only. */
    static String key(String name) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < name.length(); k++) {
            char ch = Character.toLowerCase(name.charAt(k));
            if (Character.isLetterOrDigit(ch)) {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    /** One device mention: its name, whether it is a generic processor, what it states, and its span. */
    record Mention(String name, boolean generic, Integer count, Double memoryGB, int start, int end, int lastToken) {
        String key() {
            return HardwareExtractor.key(name);
        }

        /** This first mention, completed with what a later mention of the same device states. */
        Mention merge(Mention later) {
            if (generic && count == null && later.count != null) {
                return later;
            }
            return new Mention(name, generic, count != null ? count : later.count,
                    memoryGB != null ? memoryGB : later.memoryGB, start, end, lastToken);
        }
    }
}

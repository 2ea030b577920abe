package org.paperclaims.extractors.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.paperclaims.extractors.internal.Bounds;
import org.paperclaims.extractors.internal.PhraseSet;
import org.paperclaims.extractors.internal.Vocabulary;
import org.paperclaims.extractors.internal.WordSet;
import org.paperclaims.extractors.internal.WordShape;
import org.paperclaims.model.Bound;
import org.paperclaims.model.ModelClaim;
import org.paperclaims.pipeline.Document;
import org.paperclaims.pipeline.Extractor;
import org.paperclaims.pipeline.Key;
import org.paperclaims.text.Sentence;
import org.paperclaims.text.TextView;
import org.paperclaims.text.Token;
import org.paperclaims.text.TokenKind;
import org.paperclaims.text.TokenList;

/**
 * Finds models with their size, or sizes alone ({@code model} claims): "OPT-175B", "Llama-3.2-3B-Instruct",
 * "Mistral 7B", "GPT-2 (1.5B parameters)", "a 1.5B model", "2.7B parameters", "1.5 billion parameters".
 *
 * <p>Normalisation rules (vocabulary in {@code models.txt}):
 * <ul>
 * <li>parameters: the figure times its suffix ({@code K} 10^3, {@code M} 10^6, {@code B} 10^9,
 *     {@code T} 10^12, either case) or scale word ("million", "billion"), rounded to a whole number.</li>
 * <li>name: a hyphenated name that carries the size is the name as written, with what is glued to it
 *     ({@code Llama2-7B-chat}); a family or name-like word before a spaced size gives the name with the
 *     size ({@code Mistral 7B}), also before a glued version and size ({@code Llama 2-7B}); a bare size takes the name of the word before its parenthesis
 *     ("GPT-2 (1.5B parameters)") or of a name set off by a dash, comma or colon just before it
 *     ("DiCo-H, scaled to 1B parameters", but not "In X, our 2.7B model"); else {@code null}. A name never
 *     starts with a preposition or determiner ("In", "For", "The").</li>
 * <li>a bare size counts only before a parameter or model noun, also across a list ("7B and 13B
 *     models"), also past a hyphenated modifier ("7B and 70B Llama-like models"); never before a data noun ("7B tokens", "10M images"), after a bound ("≤ 4B
 *     parameters", "up to 70B parameters": a limit, not a model), nor in a data set's name
 *     ("LAION-5B", "ImageNet-1K"); a K suffix only before a parameter noun.</li>
 * <li>One claim per (name, parameters) per abstract, at its first mention.</li>
 * </ul>
 */
public final class ModelExtractor implements Extractor {
    private static final Vocabulary VOCAB = Vocabulary.load("models.txt");
    private static final Map<String, Double> SUFFIXES = multipliers("suffixes");
    private static final Map<String, Double> SCALES = multipliers("scale-words");
    private static final PhraseSet PARAMETER_NOUNS = VOCAB.phrases("parameter-nouns");
    private static final PhraseSet MODEL_NOUNS = VOCAB.phrases("model-nouns");
    private static final Set<String> NOT_PARAMETERS = VOCAB.words("not-parameters");
    private static final Set<String> DATA_NAMES = VOCAB.words("data-names");
    private static final Set<String> FAMILIES = VOCAB.words("families");
    private static final PhraseSet LIMITS = VOCAB.phrases("limits");
    /** How far a list of sizes may run before its noun ("7B, 13B, and 70B parameters"). */
    private static final int LIST_WINDOW = 12;
    /** How far back a name set off by a separator is looked for. */
    private static final int NAME_WINDOW = 8;
    private static final int MAX_NAME_TOKENS = 8;
    /** Words that open a new noun phrase after a comma, and words that never start a model's name. */
    private static final Set<String> POSSESSIVES = Set.of("our", "its", "their", "we", "my");
    private static final Set<String> NOT_NAME_HEADS = Set.of("in", "on", "at", "for", "with", "by", "from", "to",
            "of", "the", "our", "we", "this", "these", "using", "when", "while", "after");

    @Override
    public String id() {
        return "model";
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(Key.claims(ModelClaim.class));
    }

    @Override
    public void extract(Document document) {
        TextView view = document.text();
        TokenList tokens = view.tokens();
        Set<String> seen = null; // made at the first claim: most texts have none
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            if (tokens.kind(i) != TokenKind.NUMBER || !mayStartSize(tokens, i)) {
                continue; // decided from the kinds and the word ids, no token read
            }
            Size size = sizeAt(view, i);
            if (size == null) {
                continue;
            }
            Found f = embedded(view, size);
            if (f == null) {
                f = bare(view, size);
            }
            if (f == null) {
                continue;
            }
            String key = (f.name == null ? "" : f.name.toLowerCase(Locale.ROOT)) + "|" + f.parameters;
            seen = seen == null ? new HashSet<>() : seen;
            if (seen.add(key)) {
                int start = tokens.get(f.first).start();
                int end = tokens.get(f.last).end();
                document.add(new ModelClaim(view.original().substring(start, end), start, end, f.name, f.parameters));
            }
            i = Math.max(i, size.last);
        }
    }

    /** Every suffix and scale word: a size's unit is one of them, right after its figure or after a hyphen. */
    private static final WordSet UNITS = WordSet.of(union(SUFFIXES.keySet(), SCALES.keySet()));

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new HashSet<>(a);
        u.addAll(b);
        return u;
    }

    /**
     * Whether the number at {@code i} may start a size: its unit ({@link #sizeAt}) is the next token or the one
     * after, so a number followed by neither (most numbers: "35%", "on 3 tasks") is ruled out by two word ids.
     */
    static boolean mayStartSize(TokenList tokens, int i) {
        return i + 1 < tokens.size() && (UNITS.contains(tokens, i + 1)
                || i + 2 < tokens.size() && UNITS.contains(tokens, i + 2));
    }

    /** A size: figure at {@code first}, its suffix or scale word ending at {@code last}. */
    record Size(int first, int last, long parameters, boolean thousands, boolean scaleWord) {
    }

    private record Found(String name, long parameters, int first, int last) {
    }

    /** A size starting at token {@code i}: "7B", "1.5b", "400M", "1.5 billion", "175-billion". */
    static Size sizeAt(TextView view, int i) {
        Token n = view.token(i);
        if (n == null || !n.isNumber()) {
            return null;
        }
        // The unit first, the number's value (parsed from its text) only for a number with one.
        Token s = view.token(i + 1);
        if (s == null) {
            return null;
        }
        if (s.isWord() && view.joined(n, s)) {
            Double m = SUFFIXES.get(s.lower());
            if (m == null || !(n.number() > 0)) {
                return null;
            }
            return size(n.number() * m, i, i + 1, s.is("k"), false);
        }
        int k = i + 1;
        if (s.isSymbol('-') && view.joined(n, s)) {
            k++;
        }
        Token w = view.token(k);
        Double m = w == null ? null : SCALES.get(w.lower());
        if (m == null || !(n.number() > 0)) {
            return null;
        }
        return size(n.number() * m, i, k, m < 1e6, true);
    }

    private static Size size(double value, int first, int last, boolean thousands, boolean scaleWord) {
        if (!(value >= 1000) || value > 1e15) {
            return null;
        }
        return new Size(first, last, Math.round(value), thousands, scaleWord);
    }

    /** A hyphenated name that carries the size: "OPT-175B", "Llama-3.2-3B-Instruct", "VAR-d30-2B". */
    private static Found embedded(TextView view, Size size) {
        List<Token> tokens = view.tokens();
        if (size.scaleWord || size.thousands) {
            return null;
        }
        int first = size.first;
        // Left over glued tokens: "Llama", "-", "3.2", "-" before "3B".
        while (first - 1 >= 0 && view.joined(tokens.get(first - 1), tokens.get(first))
                && gluable(tokens.get(first - 1)) && size.first - first < MAX_NAME_TOKENS) {
            first--;
        }
        // "Llama 2-7B": a family word spaced before a glued version-and-size belongs to the name.
        if (first < size.first && tokens.get(first).isNumber() && first - 1 >= 0 && tokens.get(first).spaceBefore()
                && tokens.get(first - 1).isWord() && FAMILIES.contains(familyOf(tokens.get(first - 1)))
                && startsUpper(tokens.get(first - 1))) {
            first--;
        }
        while (first < size.first && !tokens.get(first).isWord()) {
            first++;
        }
        if (first == size.first) {
            return null;
        }
        // The size must be set off by a hyphen or be glued to a name: "Qwen-7B", not "3.2-3" ranges.
        Token before = tokens.get(size.first - 1);
        if (!before.isSymbol('-') && !before.isSymbol('_')) {
            return null;
        }
        Token beforeHyphen = view.token(size.first - 2);
        if (beforeHyphen != null && beforeHyphen.isNumber() && first == size.first - 2) {
            return null;
        }
        int last = size.last;
        while (last + 2 < tokens.size() && (tokens.get(last + 1).isSymbol('-') || tokens.get(last + 1).isSymbol('_'))
                && view.joined(tokens.get(last), tokens.get(last + 1))
                && view.joined(tokens.get(last + 1), tokens.get(last + 2))
                && (tokens.get(last + 2).isWord() || tokens.get(last + 2).isNumber())
                && last - size.last < MAX_NAME_TOKENS) {
            last += 2;
        }
        if (DATA_NAMES.contains(tokens.get(first).lower())) {
            return null;
        }
        Token after = view.token(last + 1);
        if (after != null && NOT_PARAMETERS.contains(after.lower())) {
            return null;
        }
        return new Found(view.text(first, last), size.parameters, first, last);
    }

    private static boolean gluable(Token t) {
        return t.isWord() || t.isNumber() || t.isSymbol('-') || t.isSymbol('.') || t.isSymbol('_');
    }

    /** A size standing alone, which counts only before a parameter or model noun (possibly across a list). */
    private static Found bare(TextView view, Size size) {
        List<Token> tokens = view.tokens();
        Sentence s = view.sentenceOf(tokens.get(size.first));
        int floor = s.firstToken();
        Token prev = view.token(size.first - 1);
        // "1-2B" and "3.2-3B" are ranges or versions, not sizes of their own.
        if (prev != null && prev.isSymbol('-') && view.joined(prev, tokens.get(size.first))) {
            return null;
        }
        if (Bounds.before(tokens, size.first, floor).bound() != Bound.EXACT
                || size.first - 1 >= floor && LIMITS.matchEndingAt(tokens, size.first - 1) > 0) {
            return null;
        }
        int noun = nounAfter(view, s, size.last + 1);
        int nounLen = noun >= 0 ? Math.max(PARAMETER_NOUNS.matchAt(tokens, noun), MODEL_NOUNS.matchAt(tokens, noun)) : 0;
        boolean parameterNoun = noun >= 0 && PARAMETER_NOUNS.matchAt(tokens, noun) > 0;
        if (size.thousands && !parameterNoun) {
            return null;
        }
        // "Mistral 7B", "LLaMA-2 13B": a family or versioned name right before the size.
        int[] spaced = nameBefore(view, floor, size.first - 1, true);
        if (spaced != null && tokens.get(size.first).spaceBefore() && !size.scaleWord) {
            String name = view.text(spaced[0], size.last);
            int last = noun == size.last + 1 ? noun + nounLen - 1 : size.last;
            return new Found(name, size.parameters, spaced[0], last);
        }
        // "JackFram 68M as the draft model": a coined name before a spaced size, in a model's role.
        if (spaced == null && tokens.get(size.first).spaceBefore() && !size.scaleWord && prev != null
                && prev.isWord() && startsUpper(prev) && (innerUpper(prev.text()) || WordShape.hasDigit(prev.text()))
                && prev.index() > floor && modelRole(view, s, size.last + 1)) {
            return new Found(view.text(prev.index(), size.last), size.parameters, prev.index(), size.last);
        }
        if (noun < 0) {
            return null;
        }
        int last = noun == size.last + 1 || (noun == size.last + 2) ? noun + nounLen - 1 : size.last;
        // "a text-driven FooGIL model with 775M parameters"
        if (prev != null && prev.is("with") && size.first - 2 >= floor && MODEL_NOUNS.matchAt(tokens, size.first - 2) > 0) {
            int[] named = nameBefore(view, floor, size.first - 3, false);
            if (named != null && named[0] == named[1] && (innerUpper(tokens.get(named[0]).text())
                    || WordShape.hasDigit(tokens.get(named[0]).text()))) {
                return new Found(view.text(named[0], named[1]), size.parameters, named[0], last);
            }
        }
        // "GPT-2 (1.5B parameters)"
        if (prev != null && prev.isSymbol('(')) {
            int[] named = nameBefore(view, floor, size.first - 2, false);
            if (named != null) {
                Token close = view.token(last + 1);
                int end = close != null && close.isSymbol(')') ? last + 1 : last;
                return new Found(view.text(named[0], named[1]), size.parameters, named[0], end);
            }
        }
        // "DiCo-H, scaled to 1B parameters", "Kandinsky 5.0 Video Pro - 19B parameter".
        for (int j = size.first - 1; j >= Math.max(floor, size.first - NAME_WINDOW); j--) {
            Token t = tokens.get(j);
            if (t.isNumber() || t.isSymbol('(') || t.isSymbol(')') || t.isSymbol(';')) {
                break;
            }
            boolean dash = t.isSymbol('-') && t.spaceBefore() && j + 1 < tokens.size() && tokens.get(j + 1).spaceBefore();
            if (dash || t.isSymbol(',') || t.isSymbol(':') || t.isSymbol('\u2013') || t.isSymbol('\u2014')) {
                // "In GenAI-Bench, our 2.7B model": a possessive after a comma starts a new phrase (while
                // "X, a 7B model" and "X - a line-up of 6B" are appositions naming X).
                if (t.isSymbol(',') && j + 1 < size.first && POSSESSIVES.contains(tokens.get(j + 1).lower())) {
                    break;
                }
                int[] named = nameBefore(view, floor, j - 1, false);
                if (named != null && !setting(tokens, floor, named[0])) {
                    return new Found(view.text(named[0], named[1]), size.parameters, named[0], last);
                }
                break;
            }
        }
        int first = size.first;
        Token article = view.token(first - 1);
        if (article != null && (article.is("a") || article.is("an")) && first - 1 >= floor) {
            first--;
        }
        return new Found(null, size.parameters, first, last);
    }

    /** Roles a model plays in a comparison: "68M as the draft model", "as the target". */
    private static final Set<String> ROLES = Set.of("draft", "target", "teacher", "student", "verifier", "backbone",
            "model", "models", "drafter");

    /** Whether a model's role follows token {@code from}: "as the draft model", "as a drafter". */
    private static boolean modelRole(TextView view, Sentence s, int from) {
        List<Token> tokens = view.tokens();
        if (from >= s.endToken() || !tokens.get(from).is("as")) {
            return false;
        }
        for (int j = from + 1; j < Math.min(s.endToken(), from + 4); j++) {
            Token t = tokens.get(j);
            if (ROLES.contains(t.lower())) {
                return true;
            }
            if (!(t.is("the") || t.is("a") || t.is("an") || t.is("our"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the name starting at {@code first} is the object of a preposition ("On an NVIDIA H100, X prunes
     * a 8B-parameter transformer"): a setting of the sentence, not a name set off before the size.
     */
    private static boolean setting(List<Token> tokens, int floor, int first) {
        int j = first - 1;
        while (j >= floor && (tokens.get(j).is("a") || tokens.get(j).is("an") || tokens.get(j).is("the"))) {
            j--;
        }
        if (j < floor) {
            return false;
        }
        Token p = tokens.get(j);
        return p.is("on") || p.is("in") || p.is("with") || p.is("using") || p.is("at") || p.is("under")
                || p.is("across") || p.is("from") || p.is("for") || p.is("by");
    }

    /**
     * The first token of the parameter or model noun that a size (or a list of sizes) at {@code from}
     * stands before, or -1: "7B parameters", "7B-parameter", "1.3B parameter models", "7B and 13B models".
     */
    private static int nounAfter(TextView view, Sentence s, int from) {
        List<Token> tokens = view.tokens();
        int j = from;
        if (j < s.endToken() && tokens.get(j).isSymbol('-') && view.joined(tokens.get(j - 1), tokens.get(j))) {
            j++;
        }
        int limit = Math.min(s.endToken(), from + LIST_WINDOW);
        while (j < limit) {
            Token t = tokens.get(j);
            if (PARAMETER_NOUNS.matchAt(tokens, j) > 0 || MODEL_NOUNS.matchAt(tokens, j) > 0) {
                return j;
            }
            if (NOT_PARAMETERS.contains(t.lower())) {
                return -1;
            }
            // A list of sizes: ", 13B", "and 70B", "/13B".
            if (t.isSymbol(',') || t.isSymbol('/') || t.is("and") || t.is("or") || t.is("to")) {
                j++;
                continue;
            }
            // A hyphenated modifier before the noun: "70B Llama-like models", "7B decoder-only LLMs",
            // "350M state-of-the-art models".
            if (t.isWord()) {
                int k = j;
                while (k + 2 < s.endToken() && k - j < MAX_NAME_TOKENS && tokens.get(k + 1).isSymbol('-')
                        && view.joined(tokens.get(k), tokens.get(k + 1))
                        && view.joined(tokens.get(k + 1), tokens.get(k + 2)) && tokens.get(k + 2).isWord()) {
                    k += 2;
                }
                if (k > j && k + 1 < s.endToken()
                        && (PARAMETER_NOUNS.matchAt(tokens, k + 1) > 0 || MODEL_NOUNS.matchAt(tokens, k + 1) > 0)) {
                    return k + 1;
                }
            }
            Size next = sizeAt(view, j);
            if (next != null) {
                j = next.last + 1;
                continue;
            }
            return -1;
        }
        return -1;
    }

    /**
     * {first, last} of a name-like run of tokens ending at {@code last}: glued tokens and capitalised words
     * ("Kandinsky 5.0 Video Pro", "DiCo-H", "GPT-2"). With {@code sizeFollows}, the run must look like a
     * model name before a size: a known family or a word with a digit, hyphen or inner capital.
     */
    private static int[] nameBefore(TextView view, int floor, int last, boolean sizeFollows) {
        List<Token> tokens = view.tokens();
        if (last < floor) {
            return null;
        }
        Token end = tokens.get(last);
        if (!(end.isWord() || end.isNumber())) {
            return null;
        }
        // Every spaced word of a name is capitalised: "Video Pro", not "For example".
        if (end.isWord() && !startsUpper(end) && !(last > floor && view.joined(tokens.get(last - 1), end))) {
            return null;
        }
        int first = last;
        while (first - 1 >= floor && last - first < MAX_NAME_TOKENS) {
            Token p = tokens.get(first - 1);
            Token cur = tokens.get(first);
            boolean glued = view.joined(p, cur) && gluable(p) && !p.isSymbol('.');
            boolean capital = cur.spaceBefore() && (cur.isNumber() || startsUpper(cur))
                    && (p.isNumber() && !sizeFollows || p.isWord() && startsUpper(p))
                    && !(sizeFollows && last - first >= 2);
            if (!glued && !capital) {
                break;
            }
            first--;
        }
        while (first < last && (!tokens.get(first).isWord() || NOT_NAME_HEADS.contains(tokens.get(first).lower())
                && tokens.get(first + 1).spaceBefore())) {
            first++;
        }
        Token head = tokens.get(first);
        if (!head.isWord() || !startsUpper(head)) {
            return null;
        }
        // The "B" of a size before ("1B, 3B") is no name.
        if (first > 0 && tokens.get(first - 1).isNumber() && view.joined(tokens.get(first - 1), head)
                && SUFFIXES.containsKey(head.lower())) {
            return null;
        }
        boolean distinctive = false;
        for (int k = first; k <= last; k++) {
            Token t = tokens.get(k);
            if (t.isSymbol('-') || t.isNumber() || WordShape.hasDigit(t.text()) || innerUpper(t.text())
                    || FAMILIES.contains(t.lower())) {
                distinctive = true;
            }
        }
        if (sizeFollows) {
            return distinctive && FAMILIES.contains(familyOf(head)) || distinctive && first < last ? new int[] {first, last}
                    : null;
        }
        // A single capitalised word at the start of a sentence ("Moreover") is no name.
        if (!distinctive && first == floor && first == last) {
            return null;
        }
        return new int[] {first, last};
    }

    /** The family a word belongs to: "LLaMA3" belongs to "llama", "Qwen2.5" to "qwen". */
    private static String familyOf(Token t) {
        String w = t.lower();
        int k = 0;
        while (k < w.length() && Character.isLetter(w.charAt(k))) {
            k++;
        }
        return w.substring(0, k);
    }

    private static boolean startsUpper(Token t) {
        return !t.text().isEmpty() && Character.isUpperCase(t.text().charAt(0));
    }


    private static boolean innerUpper(String s) {
        for (int k = 1; k < s.length(); k++) {
            if (Character.isUpperCase(s.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Double> multipliers(String section) {
        Map<String, Double> m = new HashMap<>();
        for (String e : VOCAB.entries(section)) {
            int sp = e.lastIndexOf(' ');
            m.put(e.substring(0, sp).strip().toLowerCase(Locale.ROOT), Double.parseDouble(e.substring(sp + 1)));
        }
        return Map.copyOf(m);
    }
}

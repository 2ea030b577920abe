package org.paperclaims.extractors.method;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.paperclaims.extractors.internal.Acronyms;
import org.paperclaims.extractors.internal.CueFlags;
import org.paperclaims.extractors.internal.PhraseSet;
import org.paperclaims.extractors.internal.TokenText;
import org.paperclaims.extractors.internal.Vocabulary;
import org.paperclaims.extractors.internal.WordShape;
import org.paperclaims.model.MethodClaim;
import org.paperclaims.pipeline.Document;
import org.paperclaims.pipeline.Extractor;
import org.paperclaims.pipeline.Key;
import org.paperclaims.text.Sentence;
import org.paperclaims.text.TextView;
import org.paperclaims.text.Token;
import org.paperclaims.text.TokenKind;
import org.paperclaims.text.TokenList;

/**
 * Finds the methods a paper itself introduces ({@code method} claims), with the vocabulary of
 * {@code method.txt}.
 *
 * <p>Evidence, in the abstract and the title ({@link Document#title()}, when the caller gives one):
 * <ul>
 * <li>An intro verb with the paper as subject ("we propose", "this paper introduces") followed by a name
 *     ("we introduce FooNet, a ..."), by a spelled-out name and its abbreviation ("we present Lexical
 *     Unit Decoding (LUD)", "FOO (Fast Orbit Optimizer)"), or by a noun phrase and a name in apposition
 *     ("we propose a simple technique, FooTrim, to ..."; an enumeration "framework: (1) Foo-VAE (FV) ...
 *     (2) Foo-Transformer" gives each named item).</li>
 * <li>A naming word in a sentence of the authors: "a framework named FooNet", "termed foo-distill",
 *     "We term this framework M-Foo."</li>
 * <li>An appositive with a novelty word: "FooNet, a novel ...".</li>
 * <li>The title's "Name: ..." prefix when the abstract mentions it (also through a LaTeX macro such as
 *     {@code \foo} for a title "FOO: ...").</li>
 * </ul>
 * Names after baseline cues ("such as", "compared to") are not the paper's; surveys introduce no method.
 *
 * <p>Normalisation rules of the claims:
 * <ul>
 * <li>{@code name}: the short name as written at the chosen mention ({@code LUD}, {@code MeshCraft},
 *     {@code Kandinsky 5.0}); the title's spelling when the mention is a macro or a one-letter misspelling
 *     of the title's name.</li>
 * <li>{@code longName}: the spelled-out name when the abstract pairs one with the short name, as written
 *     ({@code Lexical Unit Decoding}), without a trailing generic head ("framework") when it stands before
 *     a ", NAME" apposition; else {@code null}.</li>
 * <li>{@code text}: the first mention, with its spelled-out form when they are written together
 *     ("Lexical Unit Decoding (LUD)").</li>
 * <li>One claim per method (by name or long name), at its first mention; a paper may propose several.</li>
 * </ul>
 */
public final class MethodExtractor implements Extractor {
    private static final Vocabulary VOCAB = Vocabulary.load("method.txt");
    private static final PhraseSet INTRO = VOCAB.phrases("intro-verbs");
    private static final PhraseSet SUBJECTS = VOCAB.phrases("subjects");
    private static final PhraseSet NAMING = VOCAB.phrases("naming-words");
    private static final Set<String> NAMING_VERBS = VOCAB.words("naming-verbs");
    private static final Set<String> NOVELTY = VOCAB.words("novelty");
    private static final PhraseSet SURVEY = VOCAB.phrases("survey");
    private static final PhraseSet NP_STOPS = VOCAB.phrases("np-stops");
    private static final PhraseSet FOLLOWERS = VOCAB.phrases("name-followers");
    private static final Set<String> GENERIC_HEADS = VOCAB.words("generic-heads");
    private static final PhraseSet BASELINE = VOCAB.phrases("baseline-cues");
    private static final Set<String> GENERIC = VOCAB.words("generic-names");
    /**
     * Whether every generic name is letters only. Then a text holding any other character is none of them: the
     * text of a name of several joined tokens always holds one (a run of letters is one token), and so does its
     * lower case (lower-casing turns no other character into a letter), which spares building that text.
     */
    private static final boolean GENERIC_LETTERS_ONLY = GENERIC.stream()
            .allMatch(w -> w.chars().allMatch(Character::isLetter));
    private static final Set<String> DATA_HEADS = VOCAB.words("data-heads");
    private static final Set<String> NOT_OURS = VOCAB.words("not-ours");
    private static final PhraseSet STUDY = VOCAB.phrases("study");
    private static final Set<String> LATEX = VOCAB.words("latex-commands");

    // Cue flags (see CueFlags): which lists a token could start, so that most tokens are skipped unread.
    private static final int SUBJECT = 1;
    private static final int NAMING_START = 1 << 1;
    private static final int INTRO_START = 1 << 2;
    private static final int NAMING_VERB = 1 << 3;
    private static final int NOVEL = 1 << 4;
    private static final int OUR = 1 << 5;
    private static final int COMMA_OR_IS = 1 << 6;
    private static final int A_OR_AN = 1 << 7;
    private static final int SUBJECT_ALONE = 1 << 8;
    private static final int SUBJECT_SECOND = 1 << 9;
    private static final int NP_STOP = 1 << 10;
    private static final int GENERIC_HEAD = 1 << 11;
    private static final int DATA_HEAD = 1 << 12;
    private static final int NOT_OUR = 1 << 13;
    private static final int SURVEY_START = 1 << 14;
    private static final int STUDY_START = 1 << 15;
    private static final int OPEN_PAREN = 1 << 16;
    private static final int NAMING_KEY = 1 << 17;
    /** An appositive needs all three: a comma or "is", then "a" or "an", then a novelty word. */
    private static final int APPOSITIVE_CUES = COMMA_OR_IS | A_OR_AN | NOVEL;
    private static final CueFlags CUES = new CueFlags()
            .phrases(SUBJECT, VOCAB.entries("subjects"))
            .phraseShapes(SUBJECT_ALONE, SUBJECT_SECOND, VOCAB.entries("subjects"))
            .phrases(NAMING_START, VOCAB.entries("naming-words"))
            .phrases(INTRO_START, VOCAB.entries("intro-verbs"))
            .words(NAMING_VERB, VOCAB.entries("naming-verbs"))
            .words(NOVEL, VOCAB.entries("novelty"))
            .words(OUR, List.of("our"))
            .words(COMMA_OR_IS, List.of(",", "is"))
            .words(A_OR_AN, List.of("a", "an"))
            .phrases(NP_STOP, VOCAB.entries("np-stops"))
            .words(GENERIC_HEAD, VOCAB.entries("generic-heads"))
            .words(DATA_HEAD, VOCAB.entries("data-heads"))
            .words(NOT_OUR, VOCAB.entries("not-ours"))
            .phrases(SURVEY_START, VOCAB.entries("survey"))
            .phrases(STUDY_START, VOCAB.entries("study"))
            .words(OPEN_PAREN, List.of("("))
            .words(NAMING_KEY, longestWords(VOCAB.entries("naming-words")));
    /** How far after an intro verb a study phrase makes the object a study ("We present, to our knowledge, ..."). */
    private static final int STUDY_WINDOW = 10;
    /** How far the noun phrase after an intro verb may run before its apposition or abbreviation. */
    private static final int NP_WINDOW = 16;
    /** Capitalised words one name may have: "TMR++ Aligned Preference Optimization". */
    private static final int MAX_NAME_GROUPS = 6;
    /** How far before a naming word a baseline cue is looked for. */
    private static final int CUE_WINDOW = 12;
    /** How far an enumeration's further items are looked for, in tokens per sentence. */
    private static final int ENUM_WINDOW = 80;
    /** The most tokens one joined run ("Foo-Bar-2") may have. */
    private static final int MAX_GROUP_TOKENS = 12;
    /** The longest title prefix taken for a name, in words. */
    private static final int MAX_TITLE_WORDS = 4;

    @Override
    public String id() {
        return "method";
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(Key.claims(MethodClaim.class));
    }

    @Override
    public void extract(Document document) {
        for (MethodClaim c : claims(document.text(), document.title(), true)) {
            document.add(c);
        }
    }

    /**
     * The claims of {@code view} under {@code title} (may be null). With {@code prefiltered}, a sentence is
     * searched only from the cues it holds; without it every search runs in every sentence (the general path
     * the tests compare the fast one with). Both give the same claims.
     */
    static List<MethodClaim> claims(TextView view, String title, boolean prefiltered) {
        if (title != null && surveyTitle(title)) {
            return List.of();
        }
        List<Token> tokens = view.tokens();
        List<Cand> cands = new ArrayList<>();
        int[] flags = CUES.of(tokens);
        for (Sentence s : view.sentences()) {
            // Each search below finds nothing in a sentence without the cues it starts from, and most sentences
            // hold few of them: one pass over the sentence's flags decides which searches run at all.
            int present = prefiltered ? presentFlags(flags, s) : -1;
            if ((present & SUBJECT) != 0 && (present & INTRO_START) != 0) {
                introduced(tokens, flags, view.sentences(), s, cands);
            }
            // A naming phrase holds its longest word ("which we call" holds "which"), and no phrase runs past the
            // sentence's final stop: "we" alone, in most sentences, starts none.
            if ((present & (NAMING_KEY | NAMING_VERB)) != 0) {
                named(tokens, flags, s, cands);
            }
            if ((present & APPOSITIVE_CUES) == APPOSITIVE_CUES) {
                appositives(tokens, flags, s, cands);
            }
            if ((present & OUR) != 0) {
                ours(tokens, flags, s, cands);
            }
        }
        Searched repository = repositoryNamed(view, flags, cands);
        TitleName titleName = titleName(title);
        String prefix = titleName == null ? null : titleName.text();
        String greek = prefix == null ? null : spelledGreek(prefix);
        if (prefix != null) {
            // A repository named as the title ("MeshCraft: ..." and github.com/owner/MeshCraft) has been searched
            // for already, and a title name's title case is the one UNKNOWN reads from the same tokens.
            Cand t = repository != null && repository.name().equals(prefix) ? repository.found()
                    : titleMention(view, prefix, titleName.titleCase() ? 1 : 0);
            if (t == null && !greek.equals(prefix)) {
                // "PixArt-α" in the title, "PIXART-$\\alpha$" in the abstract
                t = titleMention(view, greek, UNKNOWN);
            }
            if (t == null && view.normalized().indexOf('\\') >= 0) {
                t = nameMacro(tokens); // a macro needs a backslash, which most texts have none of after normalisation
            }
            if (t != null) {
                cands.add(enrich(tokens, view.sentenceOf(tokens.get(t.first)), t));
            }
        }
        return emit(view, prefix, greek, cands);
    }

    /**
     * The first words of the survey phrases when each is plain lower-case ASCII letters or digits, else
     * {@code null}: every survey phrase holds its first word, so a title holding none of them is no survey.
     */
    private static final List<String> SURVEY_FIRST_WORDS = asciiFirstWords(VOCAB.entries("survey"));

    private static List<String> asciiFirstWords(List<String> phrases) {
        List<String> out = new ArrayList<>();
        for (String p : phrases) {
            List<Token> toks = TextView.of(p).tokens();
            if (toks.isEmpty()) {
                continue;
            }
            String w = toks.get(0).lower();
            if (w.isEmpty() || !w.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
                return null;
            }
            out.add(w);
        }
        // A word holding another ("surveys", "overview") adds nothing: a title with it holds the shorter one.
        out.removeIf(w -> out.stream().anyMatch(o -> !o.equals(w) && w.contains(o)));
        return List.copyOf(new java.util.LinkedHashSet<>(out));
    }

    /** Whether the title names a survey, which introduces no method. */
    static boolean surveyTitle(String title) {
        // Fast path: a title of plain ASCII without LaTeX characters reads as itself, so a survey word is one
        // of its tokens only if it stands in the title as written; most titles hold none and need no view.
        if (SURVEY_FIRST_WORDS != null) {
            String lower = plainAsciiLower(title);
            if (lower != null) {
                boolean any = false;
                for (String w : SURVEY_FIRST_WORDS) {
                    any |= lower.contains(w);
                }
                if (!any) {
                    return false;
                }
            }
        }
        return surveyTitleByView(title);
    }

    /**
     * {@code s} in lower case when it is plain: printable ASCII without the characters LaTeX normalisation reads
     * (backslash, dollar and braces); else {@code null}. One pass that tests and lowers
     * each character ('A' to 'Z' are the only ones to change), where a test and then
     * {@link String#toLowerCase} read every character twice, the second time through the Unicode tables.
     */
    static String plainAsciiLower(String s) {
        int n = s.length();
        byte[] lower = new byte[n];
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            byte l = c < 0x80 ? PLAIN_LOWER[c] : 0;
            if (l == 0) {
                return null;
            }
            lower[i] = l;
        }
        return new String(lower, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** Each plain character in lower case, 0 for any other ASCII character: one read tests and lowers it. */
    private static final byte[] PLAIN_LOWER = new byte[0x80];

    static {
        for (char c = 0x20; c <= 0x7e; c++) {
            if (c != '\\' && c != '$' && c != '{' && c != '}') {
                PLAIN_LOWER[c] = (byte) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
            }
        }
    }

    /** {@link #surveyTitle} read from a view of the title: the general path, for any title. */
    static boolean surveyTitleByView(String title) {
        return SURVEY.find(TextView.of(title).tokens(), 0, Integer.MAX_VALUE) >= 0;
    }


    // ---- candidates -------------------------------------------------------------------------------------

    /**
     * A method found: its claim text covers tokens {@code first..last}, its name {@code nameFirst..nameLast}
     * and its long name {@code longFirst..longLast} (-1 when there is none).
     */
    private record Cand(int first, int last, int nameFirst, int nameLast, int longFirst, int longLast) {
        static Cand of(int nameFirst, int nameLast) {
            return new Cand(nameFirst, nameLast, nameFirst, nameLast, -1, -1);
        }
    }

    /** A name: tokens {@code first..last}, how name-like (0-2), and how many space-separated groups. */
    private record Unit(int first, int last, int strength, int groups) {
    }

    /** "we propose ...", "this paper introduces ...": the object of each intro verb with the paper as subject. */
    private static void introduced(List<Token> tokens, int[] flags, List<Sentence> all, Sentence s,
            List<Cand> out) {
        int subject = -1;
        for (int k = s.firstToken(); k < s.endToken() && subject < 0; k++) {
            if (subjectAt(tokens, flags, k)) {
                subject = k;
            }
        }
        if (subject < 0) {
            return;
        }
        for (int k = subject + 1; k < s.endToken(); k++) {
            int len = (flags[k] & INTRO_START) == 0 ? 0 : INTRO.matchAt(tokens, k);
            if (len == 0) {
                continue;
            }
            if (adjectival(tokens, s, k)) {
                continue;
            }
            int i = k + len;
            if (found(SURVEY, SURVEY_START, tokens, flags, i, Math.min(s.endToken(), i + 5))
                    || found(STUDY, STUDY_START, tokens, flags, i, Math.min(s.endToken(), i + STUDY_WINDOW))) {
                continue;
            }
            object(tokens, flags, all, s, i, out);
            k = i - 1;
        }
    }

    /** The longest word of each phrase, tokenised as {@code PhraseSet} does: a word each phrase holds. */
    private static List<String> longestWords(List<String> phrases) {
        List<String> out = new ArrayList<>();
        for (String p : phrases) {
            String longest = "";
            for (Token t : TextView.of(p).tokens()) {
                if (t.lower().length() > longest.length()) {
                    longest = t.lower();
                }
            }
            if (!longest.isEmpty()) {
                out.add(longest);
            }
        }
        return out;
    }

    /** Every flag set on some token of the sentence. */
    private static int presentFlags(int[] flags, Sentence s) {
        int present = 0;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            present |= flags[k];
        }
        return present;
    }

    /** Whether a phrase of {@code set} starts in {@code [from, to)}, looked up only where its first-word flag is set. */
    private static boolean found(PhraseSet set, int flag, List<Token> tokens, int[] flags, int from, int to) {
        for (int k = Math.max(0, from); k < Math.min(to, tokens.size()); k++) {
            if ((flags[k] & flag) != 0 && set.matchAt(tokens, k) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a token in {@code [from, to)} carries {@code flag}: a few array reads that rule out a window whose
     * search needs such a token, before any of its tokens is read.
     */
    private static boolean anyFlag(int[] flags, int flag, int from, int to) {
        for (int k = Math.max(0, from), end = Math.min(to, flags.length); k < end; k++) {
            if ((flags[k] & flag) != 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether an np-stop phrase ("to", "of", "and then") starts at token {@code k}. */
    private static boolean npStopAt(List<Token> tokens, int k, int f) {
        return (f & NP_STOP) != 0 && NP_STOPS.matchAt(tokens, k) > 0;
    }

    /** Whether token {@code t} (with flags {@code f}) is a generic head noun ("framework", "method"). */
    private static boolean genericHead(Token t, int f) {
        return (f & GENERIC_HEAD) != 0 && GENERIC_HEADS.contains(t.lower());
    }

    /** Whether a subject phrase ("we", "this paper") starts at token {@code k}; most tokens are decided by flags. */
    private static boolean subjectAt(List<Token> tokens, int[] flags, int k) {
        int f = flags[k];
        int next = k + 1 < flags.length ? flags[k + 1] : 0;
        if ((f & SUBJECT) == 0 || ((f & SUBJECT_ALONE) == 0 && (next & SUBJECT_SECOND) == 0)) {
            return false;
        }
        return SUBJECTS.matchAt(tokens, k) > 0;
    }

    /** "the proposed module", "was recently proposed": the verb is no introduction of the paper's own. */
    private static boolean adjectival(List<Token> tokens, Sentence s, int k) {
        if (k == s.firstToken()) {
            return false;
        }
        String prev = tokens.get(k - 1).lower();
        return prev.equals("the") || prev.equals("our") || prev.equals("was") || prev.equals("were")
                || prev.equals("been") || prev.equals("recently") || prev.equals("previously")
                || prev.equals("is") || prev.equals("are") || prev.equals("originally");
    }

    /** The method named by the object that starts at token {@code i}. */
    private static void object(List<Token> tokens, int[] flags, List<Sentence> all, Sentence s, int i,
            List<Cand> out) {
        if (i >= s.endToken()) {
            return;
        }
        Cand abbreviated = longThenAbbreviation(tokens, flags, s, i);
        if (abbreviated != null) {
            out.add(abbreviated);
            return;
        }
        Unit u = unit(tokens, s, i);
        if (u != null) {
            Cand c = abbreviationThenLong(tokens, s, u);
            if (c != null) {
                out.add(c);
                return;
            }
            int after = u.last + 1;
            boolean punct = after >= s.endToken() || isPunct(tokens.get(after));
            if (describedAsData(tokens, flags, s, after)) {
                return;
            }
            if (u.strength == 2 && after + 1 < s.endToken() && tokens.get(after).is("and")) {
                // "We introduce FooNet and BarNet, two ...": both are the paper's.
                Unit v = unit(tokens, s, after + 1);
                if (v != null && v.strength == 2 && followerOk(tokens, s, v.last + 1)) {
                    out.add(Cand.of(u.first, u.last));
                    out.add(Cand.of(v.first, v.last));
                    return;
                }
            }
            if (dottedSystem(tokens, u) && after < s.endToken() && tokens.get(after).isSymbol(',')) {
                out.add(Cand.of(u.first, u.last)); // "We present llm.npu, the first ..."
                return;
            }
            if ((u.strength == 2 && (punct || FOLLOWERS.matchAt(tokens, after) > 0))
                    || (u.strength == 1 && Character.isUpperCase(tokens.get(u.first).text().charAt(0))
                            && (punct || tokens.get(after).is("as") || tokens.get(after).is("which")))) {
                out.add(Cand.of(u.first, u.last));
                return;
            }
        }
        if (determinerNamedHead(tokens, s, i, out)) {
            return;
        }
        apposition(tokens, flags, all, s, i, out);
    }

    /** A lower-case dotted system name ("llm.npu"): words of two or more letters joined by dots. */
    private static boolean dottedSystem(List<Token> tokens, Unit u) {
        if (u.strength != 1 || u.groups != 1 || !Character.isLowerCase(firstLetter(tokens, u.first, u.last))) {
            return false;
        }
        for (int k = u.first; k <= u.last; k++) {
            if (tokens.get(k).isSymbol('.')) {
                return true;
            }
        }
        return false;
    }

    /** "We present the FooNet architecture, ...": a name between a determiner and a generic head noun. */
    private static boolean determinerNamedHead(List<Token> tokens, Sentence s, int i, List<Cand> out) {
        Token det = tokens.get(i);
        if (!(det.is("the") || det.is("a") || det.is("an"))) {
            return false;
        }
        Unit u = unit(tokens, s, i + 1);
        int head = u == null ? -1 : u.last + 1;
        if (u == null || u.strength != 2 || head >= s.endToken() || !GENERIC_HEADS.contains(tokens.get(head).lower())) {
            return false;
        }
        out.add(Cand.of(u.first, u.last));
        return true;
    }

    /**
     * Whether the name is described as data right after it ("VoiceMix, a new 500-hour dataset"): a data set
     * or benchmark the paper releases, which the dataset extractor reports, not a method.
     */
    private static boolean describedAsData(List<Token> tokens, int[] flags, Sentence s, int after) {
        if (after + 1 >= s.endToken() || !tokens.get(after).isSymbol(',')
                || !(tokens.get(after + 1).is("a") || tokens.get(after + 1).is("an"))) {
            return false;
        }
        for (int j = after + 2; j < Math.min(s.endToken(), after + 8); j++) {
            int f = flags[j];
            if (npStopAt(tokens, j, f) || tokens.get(j).isSymbol(',')) {
                return false;
            }
            if ((f & DATA_HEAD) != 0 && DATA_HEADS.contains(tokens.get(j).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Lexical Unit Decoding (LUD)" at the start of the object (after determiners and adjectives only), or
     * {@code null}.
     */
    private static Cand longThenAbbreviation(List<Token> tokens, int[] flags, Sentence s, int i) {
        int end = Math.min(s.endToken(), i + NP_WINDOW);
        if (!anyFlag(flags, OPEN_PAREN, i + 1, end)) {
            return null; // the common case: no parenthesis in the window, so no abbreviation; no token to read
        }
        int firstComma = -1;
        for (int j = i + 1; j < end; j++) {
            Token t = tokens.get(j);
            if (t.isSymbol(',') && listedCapitalised(tokens, s, j)) {
                // "Rotate, Clip, and Partition (RCP)": the comma may be inside the long form
                firstComma = firstComma < 0 ? j : firstComma;
                continue;
            }
            if (t.isSymbol(',') || t.isSymbol(';') || t.isSymbol(':')) {
                return null;
            }
            if (!t.isSymbol('(')) {
                continue;
            }
            int close = closing(tokens, s, j);
            if (close < 0) {
                return null;
            }
            int a = j + 1;
            if (tokens.get(a).is("or")) {
                a++;
            }
            Unit abbr = unit(tokens, s, a);
            if (abbr == null || abbr.last != close - 1 || abbr.groups != 1) {
                j = close;
                continue;
            }
            String written = TokenText.of(tokens, abbr.first, abbr.last);
            int lf = longForm(tokens, written, i, j - 1);
            // Only determiners and adjectives may stand before the long form ("a novel ..."); "of" and the
            // like may stand inside it ("Mixture of Depth Experts").
            if (lf < 0 || NP_STOPS.find(tokens, i, lf) >= 0 || (firstComma >= 0 && lf > firstComma)) {
                return null;
            }
            if (modifiesHead(tokens, flags, s, close + 1)) {
                return null; // "a classifier-free guidance (CFG) rescaling method": CFG names a part, not ours
            }
            lf = extendCapitalised(tokens, i, lf);
            return new Cand(lf, close, abbr.first, abbr.last, lf, j - 1);
        }
        return null;
    }

    /** A comma between capitalised words, the second possibly after "and": "Rotate, Clip, and Partition". */
    private static boolean listedCapitalised(List<Token> tokens, Sentence s, int comma) {
        if (comma - 1 < s.firstToken() || comma + 2 >= s.endToken()) {
            return false;
        }
        Token next = tokens.get(comma + 1);
        if (next.is("and") || next.is("or")) {
            next = tokens.get(comma + 2);
        }
        return capitalisedWord(tokens.get(comma - 1)) && capitalisedWord(next);
    }

    private static boolean capitalisedWord(Token t) {
        return t.isWord() && !t.text().isEmpty() && Character.isUpperCase(t.text().charAt(0));
    }

    /**
     * Whether lower-case words and then a generic head noun ("rescaling method") follow token {@code a}: the
     * abbreviation before them qualifies that head instead of naming the paper's method.
     */
    private static boolean modifiesHead(List<Token> tokens, int[] flags, Sentence s, int a) {
        for (int k = a; k < Math.min(s.endToken(), a + 3); k++) {
            Token t = tokens.get(k);
            int f = flags[k];
            if (!t.isWord() || t.text().isEmpty() || !Character.isLowerCase(t.text().charAt(0))
                    || npStopAt(tokens, k, f)) {
                return false; // "(SFD) of diffusion models": a phrase of its own, not a head the name qualifies
            }
            if (genericHead(t, f)) {
                return k > a;
            }
        }
        return false;
    }

    /** The long form of {@code abbreviation} ending at token {@code last}, also without a version suffix ("DITTO-2"). */
    private static int longForm(List<Token> tokens, String abbreviation, int floor, int last) {
        int lf = Acronyms.longFormEndingAt(tokens, abbreviation, floor, last);
        if (lf < 0) {
            String stem = stripVersion(abbreviation);
            if (!stem.equals(abbreviation)) {
                lf = Acronyms.longFormEndingAt(tokens, stem, floor, last);
            }
        }
        return lf;
    }

    private static String stripVersion(String s) {
        int e = s.length();
        while (e > 0 && (Character.isDigit(s.charAt(e - 1)) || s.charAt(e - 1) == '-' || s.charAt(e - 1) == '.')) {
            e--;
        }
        return e >= 2 ? s.substring(0, e) : s;
    }

    /** Widens a long form's start back over capitalised words ("Distilled" in "Distilled Diffusion ..."). */
    private static int extendCapitalised(List<Token> tokens, int floor, int lf) {
        int f = lf;
        while (f - 1 >= floor) {
            Token p = tokens.get(f - 1);
            if (p.isWord() && Character.isUpperCase(p.text().charAt(0)) && !GENERIC.contains(p.lower())) {
                f--;
            } else {
                break;
            }
        }
        return f;
    }

    /** "DAWN (Dynamic frame Avatar With Non-autoregressive diffusion)": a name spelled out after it. */
    private static Cand abbreviationThenLong(List<Token> tokens, Sentence s, Unit u) {
        int open = u.last + 1;
        if (open >= s.endToken() || !tokens.get(open).isSymbol('(')) {
            return null;
        }
        int close = closing(tokens, s, open);
        if (close < 0 || close - open < 3) {
            return null;
        }
        String written = TokenText.of(tokens, u.first, u.last);
        int from = open + 1;
        // "FOO (short for Fast Orbit Optimizer)", "FOO (i.e., Fast Orbit Optimizer)"
        while (from < close && from - open <= 6 && (tokens.get(from).isSymbol('.') || tokens.get(from).isSymbol(',')
                || tokens.get(from).is("short") || tokens.get(from).is("for") || tokens.get(from).is("i")
                || tokens.get(from).is("e") || tokens.get(from).is("i.e") || tokens.get(from).is("or"))) {
            from++;
        }
        if (from < close && Acronyms.spellsWhole(tokens, written, from, close - 1)) {
            return new Cand(u.first, close, u.first, u.last, from, close - 1);
        }
        return null;
    }

    /**
     * "a novel framework, FooNet, ...", "a two-stage framework: (1) Foo-VAE (FV) ... (2) Foo-Transformer":
     * a name after the noun phrase that starts at token {@code i}.
     */
    private static void apposition(List<Token> tokens, int[] flags, List<Sentence> all, Sentence s, int i,
            List<Cand> out) {
        int end = Math.min(s.endToken(), i + NP_WINDOW);
        for (int j = i; j < end; j++) {
            Token t = tokens.get(j);
            int f = flags[j];
            if (npStopAt(tokens, j, f) || t.isSymbol(';')) {
                return;
            }
            if (j > i && genericHead(t, f)) {
                // "a novel framework FooNet that ...": the name right after the head noun.
                Unit u = unit(tokens, s, j + 1);
                if (u != null && u.strength == 2 && followerOk(tokens, s, u.last + 1)) {
                    Cand c = nameWithAbbreviation(tokens, s, u);
                    out.add(c != null ? c : Cand.of(u.first, u.last));
                    return;
                }
            }
            if (!t.isSymbol(',') && !t.isSymbol(':')) {
                continue;
            }
            if (j == i) {
                return;
            }
            int a = j + 1;
            int naming = a < s.endToken() ? NAMING.matchAt(tokens, a) : 0;
            a += naming;
            if (a < s.endToken() && tokens.get(a).is("i.e")) {
                a++;
            }
            int marker = enumerationMarker(tokens, s, a);
            boolean enumerated = marker > 0;
            a += marker;
            Unit u = unit(tokens, s, a);
            if (u == null) {
                return;
            }
            Cand c = nameWithAbbreviation(tokens, s, u);
            if (c == null && u.strength == 1 && weakNameInApposition(tokens, s, u)) {
                c = Cand.of(u.first, u.last);
            }
            if (c == null && u.strength == 2 && followerOk(tokens, s, u.last + 1)) {
                int lf = naming > 0 ? -1 : Acronyms.longFormEndingAt(tokens, TokenText.of(tokens, u.first, u.last), i, j - 1);
                if (lf >= 0 && tokens.get(lf).isWord() && Character.isUpperCase(tokens.get(lf).text().charAt(0))) {
                    int ll = j - 1;
                    while (ll > lf && GENERIC_HEADS.contains(tokens.get(ll).lower())) {
                        ll--;
                    }
                    c = new Cand(u.first, u.last, u.first, u.last, lf, ll);
                } else {
                    c = Cand.of(u.first, u.last);
                }
            }
            if (c != null) {
                out.add(c);
                if (enumerated) {
                    enumeration(tokens, s, c.last + 1, out);
                    // Items written as sentences of their own: "... representation. (2) Foo-Transformer ..."
                    for (int n = s.index() + 1; n < Math.min(all.size(), s.index() + 4); n++) {
                        Sentence next = all.get(n);
                        if (enumerationMarker(tokens, next, next.firstToken()) == 0) {
                            break;
                        }
                        enumeration(tokens, next, next.firstToken(), out);
                    }
                }
            }
            return;
        }
    }

    /**
     * Whether a capitalised name in apposition stands alone: "a new paradigm, Lookahead Decoding, which"
     * (several capitalised words, or one followed by a comma or parenthesis), but not the first item of a
     * list ("variants: Small, Base and Large").
     */
    private static boolean weakNameInApposition(List<Token> tokens, Sentence s, Unit u) {
        if (!Character.isUpperCase(tokens.get(u.first).text().charAt(0))) {
            return false;
        }
        int after = u.last + 1;
        if (after >= s.endToken()) {
            return u.groups >= 2;
        }
        Token next = tokens.get(after);
        if (next.isSymbol(',') && after + 1 < s.endToken()) {
            Token then = tokens.get(after + 1);
            if (then.isWord() && Character.isUpperCase(then.text().charAt(0))) {
                return false;
            }
        }
        if (u.groups >= 2) {
            return followerOk(tokens, s, after);
        }
        return next.isSymbol(',') || next.isSymbol('(');
    }

    /** Further items "(2) Foo-Transformer" of an enumeration whose first item named a method. */
    private static void enumeration(List<Token> tokens, Sentence s, int from, List<Cand> out) {
        for (int j = from; j < Math.min(s.endToken(), from + ENUM_WINDOW); j++) {
            int m = enumerationMarker(tokens, s, j);
            if (m == 0) {
                continue;
            }
            Unit u = unit(tokens, s, j + m);
            if (u != null) {
                Cand c = nameWithAbbreviation(tokens, s, u);
                if (c == null && u.strength == 2) {
                    c = Cand.of(u.first, u.last);
                }
                if (c != null) {
                    out.add(c);
                    j = c.last;
                }
            }
        }
    }

    /** "(1)", "1)", "(i)" at token {@code a}: the number of its tokens, else 0. */
    private static int enumerationMarker(List<Token> tokens, Sentence s, int a) {
        if (a + 2 < s.endToken() && tokens.get(a).isSymbol('(') && tokens.get(a + 2).isSymbol(')')
                && (tokens.get(a + 1).isNumber() || isRoman(tokens.get(a + 1)))) {
            return 3;
        }
        if (a + 1 < s.endToken() && tokens.get(a).isNumber() && tokens.get(a + 1).isSymbol(')')) {
            return 2;
        }
        return 0;
    }

    private static boolean isRoman(Token t) {
        return t.isWord() && (t.lower().equals("i") || t.lower().equals("ii") || t.lower().equals("iii")
                || t.lower().equals("iv"));
    }

    /** "Distilled Decoding 2 (DD2)" or "DAWN (Dynamic ...)": the unit with its abbreviation, or {@code null}. */
    private static Cand nameWithAbbreviation(List<Token> tokens, Sentence s, Unit u) {
        int open = u.last + 1;
        if (open < s.endToken() && tokens.get(open).isSymbol('(')) {
            int close = closing(tokens, s, open);
            if (close > open + 1) {
                int a = tokens.get(open + 1).is("or") ? open + 2 : open + 1;
                Unit abbr = unit(tokens, s, a);
                if (abbr != null && abbr.last == close - 1 && abbr.groups == 1 && abbr.strength == 2
                        && longForm(tokens, TokenText.of(tokens, abbr.first, abbr.last), u.first, u.last) >= u.first) {
                    return new Cand(u.first, close, abbr.first, abbr.last, u.first, u.last);
                }
            }
        }
        return abbreviationThenLong(tokens, s, u);
    }

    private static boolean followerOk(List<Token> tokens, Sentence s, int after) {
        return after >= s.endToken() || isPunct(tokens.get(after)) || FOLLOWERS.matchAt(tokens, after) > 0;
    }

    /** "a framework named FooNet", "termed foo-distill", "We term this framework M-Foo." in the authors' sentences. */
    private static void named(List<Token> tokens, int[] flags, Sentence s, List<Cand> out) {
        int subject = -1;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            int f = flags[k];
            if ((f & (SUBJECT | NAMING_START | NAMING_VERB)) == 0) {
                continue; // the common case: the token starts no subject and no naming phrase
            }
            if (subjectAt(tokens, flags, k)) {
                subject = k;
            }
            int len = (f & NAMING_START) == 0 ? 0 : NAMING.matchAt(tokens, k);
            if (len > 0 && subject >= 0 && !soCalled(tokens, s, k)) {
                int a = k + len;
                if (a < s.endToken() && (tokens.get(a).is("the") || tokens.get(a).is("as"))) {
                    a++;
                }
                boolean cued = BASELINE.find(tokens, Math.max(subject, k - CUE_WINDOW), k) >= 0;
                Cand spelled = cued ? null : longThenAbbreviation(tokens, flags, s, a);
                if (spelled != null) {
                    // "a strategy named discrete diffusion forcing (D2F)", "namely structurally-aware pruning (SAP)"
                    out.add(spelled);
                    k = spelled.last;
                    continue;
                }
                Unit u = unit(tokens, s, a);
                boolean listed = tokens.get(k).is("namely");
                if (u != null && (u.strength == 2 || (u.strength == 1 && !listed)) && !cued) {
                    Cand c = nameWithAbbreviation(tokens, s, u);
                    out.add(c != null ? c : Cand.of(u.first, u.last));
                    k = u.last;
                }
                continue;
            }
            if ((f & NAMING_VERB) != 0 && k > s.firstToken() && tokens.get(k - 1).is("we")
                    && NAMING_VERBS.contains(tokens.get(k).lower())) {
                for (int j = k + 1; j < Math.min(s.endToken(), k + 10); j++) {
                    Unit u = unit(tokens, s, j);
                    if (u != null && u.strength == 2 && (u.last + 1 >= s.endToken() || isPunct(tokens.get(u.last + 1)))) {
                        out.add(Cand.of(u.first, u.last));
                        k = u.last;
                        break;
                    }
                }
            }
        }
    }

    private static boolean soCalled(List<Token> tokens, Sentence s, int k) {
        return k - 2 >= s.firstToken() && tokens.get(k - 1).isSymbol('-') && tokens.get(k - 2).is("so");
    }

    /** "FooNet, a novel framework ...": a name in apposition with a novelty word, outside baseline context. */
    private static void appositives(List<Token> tokens, int[] flags, Sentence s, List<Cand> out) {
        for (int c = s.firstToken() + 1; c + 2 < s.endToken(); c++) {
            if ((flags[c] & COMMA_OR_IS) == 0 || (flags[c + 1] & A_OR_AN) == 0) {
                continue;
            }
            if (!(tokens.get(c).isSymbol(',') || tokens.get(c).is("is"))
                    || !(tokens.get(c + 1).is("a") || tokens.get(c + 1).is("an"))) {
                continue;
            }
            boolean novel = false;
            for (int j = c + 2; j < Math.min(s.endToken(), c + 5); j++) {
                novel |= (flags[j] & NOVEL) != 0 && NOVELTY.contains(tokens.get(j).lower());
            }
            if (!novel || describedAsData(tokens, flags, s, c)) {
                continue;
            }
            int first = groupStart(tokens, s, c - 1);
            if (first < 0) {
                continue;
            }
            Unit u = unit(tokens, s, first);
            if (u == null || u.last != c - 1 || u.strength != 2) {
                continue;
            }
            if (BASELINE.matchEndingAt(tokens, first - 1) > 0
                    || (first - 2 >= s.firstToken() && BASELINE.matchEndingAt(tokens, first - 2) > 0)) {
                continue;
            }
            out.add(Cand.of(u.first, u.last));
        }
    }

    /**
     * The title's name with what the abstract writes around it: "Diffusion ConvNet (DiCo)" when the
     * mention is the abbreviation, "Score Distillation (SD)" when it is the long form.
     */
    private static Cand enrich(List<Token> tokens, Sentence s, Cand c) {
        int before = c.first - 1;
        int after = c.last + 1;
        if (before > s.firstToken() && tokens.get(before).isSymbol('(') && after < s.endToken()
                && tokens.get(after).isSymbol(')')) {
            int lf = Acronyms.longFormEndingAt(tokens, TokenText.of(tokens, c.first, c.last), s.firstToken(), before - 1);
            if (lf >= 0) {
                lf = extendCapitalised(tokens, s.firstToken(), lf);
                return new Cand(lf, after, c.first, c.last, lf, before - 1);
            }
            return c;
        }
        Cand w = nameWithAbbreviation(tokens, s, new Unit(c.first, c.last, 2, 1));
        return w != null ? w : c;
    }

    /** "Our framework, FooNet, ...": the authors' method named in apposition to "our" and a generic head. */
    private static void ours(List<Token> tokens, int[] flags, Sentence s, List<Cand> out) {
        for (int k = s.firstToken(); k + 3 < s.endToken(); k++) {
            if ((flags[k] & OUR) == 0 || !tokens.get(k).is("our")) {
                continue;
            }
            Cand spelled = longThenAbbreviation(tokens, flags, s, k + 1);
            if (spelled != null && spelled.longFirst == k + 1 && capitalisedWord(tokens.get(k + 1))) {
                out.add(spelled); // "our Diffusion Transformers (DiTs)"
                continue;
            }
            Cand bracketed = headThenBracketedName(tokens, flags, s, k + 1);
            if (bracketed != null) {
                out.add(bracketed); // "our LDM-based approach (Tango)"
                continue;
            }
            for (int h = k + 1; h < Math.min(s.endToken() - 2, k + 4); h++) {
                if (!tokens.get(h).isWord() || !Character.isLowerCase(tokens.get(h).text().charAt(0))) {
                    break;
                }
                if ((flags[h] & NOT_OUR) != 0 && NOT_OURS.contains(tokens.get(h).lower())) {
                    // "our base model, Llama-2", "our largest model, FooNet-XL": not the method itself.
                    break;
                }
                if (genericHead(tokens.get(h), flags[h]) && tokens.get(h + 1).isSymbol(',')) {
                    Unit u = unit(tokens, s, h + 2);
                    if (u != null && u.strength == 2 && followerOk(tokens, s, u.last + 1)) {
                        out.add(Cand.of(u.first, u.last));
                    }
                    break;
                }
            }
        }
    }

    /**
     * "our latent diffusion model (LDM)-based approach (Tango) outperforms ...": a capitalised name alone in
     * parentheses right after the generic head of the authors' noun phrase starting at {@code from}.
     */
    private static Cand headThenBracketedName(List<Token> tokens, int[] flags, Sentence s, int from) {
        int to = Math.min(s.endToken() - 3, from + 10);
        if (!anyFlag(flags, OPEN_PAREN, from + 1, to + 1)) {
            return null; // no parenthesis after any head of the window: no token to read
        }
        for (int h = from; h < to; h++) {
            Token t = tokens.get(h);
            int f = flags[h];
            if (t.isSymbol(',') || t.isSymbol(';') || t.isSymbol(':') || t.isSymbol('.')
                    || ((f & NOT_OUR) != 0 && NOT_OURS.contains(t.lower())) || (t.isWord() && npStopAt(tokens, h, f))) {
                return null;
            }
            if (!genericHead(t, f) || !tokens.get(h + 1).isSymbol('(')) {
                continue;
            }
            int close = closing(tokens, s, h + 1);
            Unit u = unit(tokens, s, h + 2);
            if (close < 0 || u == null || u.last != close - 1 || u.groups != 1
                    || !Character.isUpperCase(firstLetter(tokens, u.first, u.last))) {
                continue;
            }
            if (close + 1 < s.endToken() && !tokens.get(close + 1).spaceBefore() && tokens.get(close + 1).isSymbol('-')) {
                continue; // "(LDM)-based": a modifier, not the name
            }
            return Cand.of(u.first, u.last);
        }
        return null;
    }

    /**
     * The name of the paper's code repository ("github.com/owner/CTF") when the abstract spells it out with
     * its abbreviation ("from coarse to fine (CTF)"), or writes it as a coined name ("LookaheadDecoding" as
     * "Lookahead decoding"): the repository is named after the method, so that mention is the method. Returns
     * the name searched for as a coined name and what was found, or {@code null} when there was no such search.
     */
    private static Searched repositoryNamed(TextView view, int[] flags, List<Cand> out) {
        if (!mayNameCodeHost(view.normalized())) {
            return null;
        }
        List<Token> tokens = view.tokens();
        String repo = firstRepositoryName(view, true);
        if (repo == null) {
            return null;
        }
        String key = Acronyms.alnumLower(repo);
        if (key.length() < 2) {
            return null;
        }
        for (Sentence s : view.sentences()) {
            for (int open = s.firstToken() + 1; open + 2 < s.endToken(); open++) {
                if ((flags[open] & OPEN_PAREN) == 0 || !tokens.get(open).isSymbol('(')
                        || startsOtherwise(tokens.get(open + 1).text(), key.charAt(0))) {
                    continue; // not an abbreviation in parentheses that could spell the repository's name
                }
                int close = closing(tokens, s, open);
                Unit abbr = close < 0 ? null : unit(tokens, s, open + 1);
                if (abbr == null || abbr.last != close - 1 || abbr.groups != 1
                        || !Acronyms.alnumLower(TokenText.of(tokens, abbr.first, abbr.last)).equals(key)) {
                    continue;
                }
                int lf = longForm(tokens, TokenText.of(tokens, abbr.first, abbr.last), s.firstToken(), open - 1);
                if (lf >= 0 && BASELINE.find(tokens, Math.max(s.firstToken(), lf - CUE_WINDOW), lf) < 0) {
                    out.add(new Cand(lf, close, abbr.first, abbr.last, lf, open - 1));
                    return null;
                }
            }
        }
        boolean coined = anyUpperOrDigit(repo);
        if (coined && key.length() >= 5) {
            Cand c = titleMention(view, repo, UNKNOWN);
            if (c != null) {
                out.add(c);
            }
            return new Searched(repo, c);
        }
        return null;
    }

    /** A name {@link #titleMention} was asked for (with {@link #UNKNOWN} title case) and its mention, or null. */
    private record Searched(String name, Cand found) {
    }

    /**
     * The repository name of the first URL token that has one, or {@code null}. With {@code byKinds}, the URL
     * tokens are found from {@link TokenList#kind(int)} (a byte a token, cheaper than searching the text for
     * their starts); without it every token is read (the general path the tests compare it with).
     */
    static String firstRepositoryName(TextView view, boolean byKinds) {
        List<Token> tokens = view.tokens();
        if (byKinds && tokens instanceof TokenList list) {
            for (int i = 0, n = list.size(); i < n; i++) {
                if (list.kind(i) == TokenKind.URL) {
                    String repo = repositoryName(list.get(i).text());
                    if (repo != null) {
                        return repo;
                    }
                }
            }
            return null;
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() == TokenKind.URL) {
                String repo = repositoryName(t.text());
                if (repo != null) {
                    return repo;
                }
            }
        }
        return null;
    }

    private static final List<String> CODE_HOSTS = List.of("github.com/", "gitlab.com/", "codeberg.org/");

    /**
     * Whether {@code text} may hold a code host's address: a host name ending at some '/', ignoring case
     * (more loosely than {@link #repositoryName} reads it, so never missing one). Most abstracts hold none,
     * and this look at their few slashes spares reading every token for a URL.
     */
    static boolean mayNameCodeHost(String text) {
        for (int slash = text.indexOf('/'); slash > 0; slash = text.indexOf('/', slash + 1)) {
            char before = text.charAt(slash - 1);
            for (String host : CODE_HOSTS) {
                int from = slash + 1 - host.length();
                char last = host.charAt(host.length() - 2);
                // An ASCII character matches an ASCII one ignoring case only if they agree but for bit 0x20: most
                // slashes ("and/or", "https://") are ruled out by the character before them.
                if (from >= 0 && !(before < 0x80 && last < 0x80 && (before | 0x20) != (last | 0x20))
                        && text.regionMatches(true, from, host, 0, host.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "CTF" for "https://github.com/owner/CTF": the repository of a code host's URL, or {@code null}. */
    static String repositoryName(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        int host = -1;
        for (String h : CODE_HOSTS) {
            int at = lower.indexOf(h);
            if (at >= 0) {
                host = at + h.length();
                break;
            }
        }
        if (host < 0) {
            return null;
        }
        int slash = url.indexOf('/', host);
        if (slash < 0) {
            return null;
        }
        int end = slash + 1;
        while (end < url.length() && url.charAt(end) != '/' && url.charAt(end) != '?' && url.charAt(end) != '#') {
            end++;
        }
        String name = url.substring(slash + 1, end);
        if (name.endsWith(".git")) {
            name = name.substring(0, name.length() - 4);
        }
        return name.isEmpty() ? null : name;
    }

    // ---- title ------------------------------------------------------------------------------------------

    /** The name before the title's colon ("MeshCraft" in "MeshCraft: Exploring ..."), or {@code null}. */
    static String titlePrefix(String title) {
        TitleName name = titleName(title);
        return name == null ? null : name.text();
    }

    /**
     * The title's name ({@link #titlePrefix}) and whether it is a phrase in title case (see
     * {@link #lowerCasedPhrase}), both read from one reading of its tokens.
     */
    private record TitleName(String text, boolean titleCase) {
    }

    private static TitleName titleName(String title) {
        if (title == null) {
            return null;
        }
        int colon = title.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String p = title.substring(0, colon).strip();
        int read = simpleTitleName(p);
        if (read == NOT_SIMPLE) {
            read = titleNameOf(viewPrefixTokens(p));
        }
        if (read == NO_NAME
                || ((!GENERIC_LETTERS_ONLY || lettersOnly(p)) && GENERIC.contains(p.toLowerCase(Locale.ROOT)))) {
            return null;
        }
        return new TitleName(p, read == TITLE_CASE);
    }

    /** How {@link #titleNameOf} reads a title's prefix: no name, a name, a name in title case, or not simple. */
    static final int NO_NAME = 0;
    static final int NAME = 1;
    static final int TITLE_CASE = 2;
    static final int NOT_SIMPLE = -1;

    /** Whether the tokens of a title's prefix make a name ({@link #NAME}, {@link #TITLE_CASE}) or not. */
    static int titleNameOf(List<PrefixToken> t) {
        int words = 0;
        boolean marked = false;
        for (PrefixToken x : t) {
            if (x.kind() == TokenKind.WORD) {
                words++;
                if (!Character.isUpperCase(x.text().charAt(0)) && !x.ofOrAnd()) {
                    // "Towards accurate ...": a phrase, not a name, unless it is a coined spelling like "f-distill".
                    marked |= WordShape.hasUpperCase(x.text());
                    if (!marked) {
                        return NO_NAME;
                    }
                }
            }
            if (x.kind() == TokenKind.NUMBER || anyUpperOrDigit(x.text())) {
                marked = true;
            }
        }
        if (words == 0 || words > MAX_TITLE_WORDS || !marked) {
            return NO_NAME;
        }
        return titleCase(t) ? TITLE_CASE : NAME;
    }

    /**
     * {@link #titleNameOf} the {@link #simplePrefixTokens} of {@code p}, read from its characters in one pass
     * without making the tokens (nearly every title name is such a text, and this runs for every abstract);
     * {@link #NOT_SIMPLE} when {@code p} is not such a text.
     */
    static int simpleTitleName(String p) {
        int n = p.length();
        for (int i = 0; i < n; i++) {
            char c = p.charAt(i);
            if (c >= 0x80 || !SIMPLE_NAME_CHAR[c]) {
                return NOT_SIMPLE;
            }
            // "sim", "leq", "geq": tested at their last letter in the same pass
            if (i >= 2 && ((c == 'm' && p.charAt(i - 1) == 'i' && p.charAt(i - 2) == 's')
                    || (c == 'q' && p.charAt(i - 1) == 'e' && (p.charAt(i - 2) == 'l' || p.charAt(i - 2) == 'g')))) {
                return NOT_SIMPLE;
            }
        }
        int words = 0;
        int laterCapitals = 0;
        boolean marked = false;
        int i = 0;
        while (i < n) {
            char c = p.charAt(i);
            int j = i + 1;
            if (asciiDigit(c)) {
                while (j < n && asciiDigit(p.charAt(j))) {
                    j++;
                }
                marked = true;
            } else if (asciiLetter(c)) {
                while (j < n && (asciiLetter(p.charAt(j)) || asciiDigit(p.charAt(j)))) {
                    j++;
                }
                boolean upper = false;
                boolean upperOrDigit = false;
                for (int k = i; k < j; k++) {
                    char ch = p.charAt(k);
                    upper |= ch >= 'A' && ch <= 'Z';
                    upperOrDigit |= (ch >= 'A' && ch <= 'Z') || asciiDigit(ch);
                }
                words++;
                boolean capitalised = c >= 'A' && c <= 'Z';
                laterCapitals += words > 1 && capitalised ? 1 : 0;
                boolean ofOrAnd = (j - i == 2 && p.regionMatches(true, i, "of", 0, 2))
                        || (j - i == 3 && p.regionMatches(true, i, "and", 0, 3));
                if (!capitalised && !ofOrAnd) {
                    marked |= upper;
                    if (!marked) {
                        return NO_NAME;
                    }
                }
                marked |= upperOrDigit;
            }
            i = j;
        }
        if (words == 0 || words > MAX_TITLE_WORDS || !marked) {
            return NO_NAME;
        }
        return words >= 2 && laterCapitals > 0 ? TITLE_CASE : NAME;
    }

    /** A token of a title name as {@link #titleName} reads it: its kind, its text, and whether it is "of" or "and". */
    record PrefixToken(TokenKind kind, String text, boolean ofOrAnd) {
    }

    /** The tokens of a title name as the text view gives them. */
    static List<PrefixToken> prefixTokens(String prefix) {
        List<PrefixToken> simple = simplePrefixTokens(prefix);
        return simple != null ? simple : viewPrefixTokens(prefix);
    }

    /** The tokens of {@code prefix} read from its view: the general path, for any text. */
    static List<PrefixToken> viewPrefixTokens(String prefix) {
        List<Token> tokens = TextView.of(prefix).tokens();
        List<PrefixToken> out = new ArrayList<>(tokens.size());
        for (Token x : tokens) {
            out.add(new PrefixToken(x.kind(), x.text(), x.lower().equals("of") || x.lower().equals("and")));
        }
        return out;
    }

    /**
     * The tokens of a name made of ASCII letters, digits, spaces and hyphens, read from its characters, or
     * {@code null} for any other name. Such a text is one the view leaves as written (no backslash, dollar or
     * brace; no "sim", "leq" or "geq" a lost backslash could have left) and tokenises simply: letter-initial
     * runs of letters and digits are words, digit runs numbers, a hyphen a symbol. Nearly every title name is
     * such a text, and reading it here spares building a view of it for each abstract.
     */
    static List<PrefixToken> simplePrefixTokens(String prefix) {
        int n = prefix.length();
        for (int i = 0; i < n; i++) {
            char c = prefix.charAt(i);
            if (!(asciiLetter(c) || asciiDigit(c) || c == ' ' || c == '-')) {
                return null;
            }
        }
        if (prefix.contains("sim") || prefix.contains("leq") || prefix.contains("geq")) {
            return null;
        }
        List<PrefixToken> out = new ArrayList<>(4);
        int i = 0;
        while (i < n) {
            char c = prefix.charAt(i);
            int j = i + 1;
            if (c == ' ') {
                i = j;
                continue;
            }
            TokenKind kind;
            if (asciiDigit(c)) {
                while (j < n && asciiDigit(prefix.charAt(j))) {
                    j++;
                }
                kind = TokenKind.NUMBER;
            } else if (asciiLetter(c)) {
                while (j < n && (asciiLetter(prefix.charAt(j)) || asciiDigit(prefix.charAt(j)))) {
                    j++;
                }
                kind = TokenKind.WORD;
            } else {
                kind = TokenKind.SYMBOL;
            }
            String text = prefix.substring(i, j);
            out.add(new PrefixToken(kind, text, kind == TokenKind.WORD
                    && (text.equalsIgnoreCase("of") || text.equalsIgnoreCase("and"))));
            i = j;
        }
        return out;
    }

    /** The characters of a simple title name ({@link #simplePrefixTokens}): ASCII letters, digits, space, hyphen. */
    private static final boolean[] SIMPLE_NAME_CHAR = new boolean[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            SIMPLE_NAME_CHAR[c] = asciiLetter(c) || asciiDigit(c) || c == ' ' || c == '-';
        }
    }

    private static boolean asciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean asciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static final String GREEK = "αβγδεζηθικλμνξπρστυφχψωΑΒΓΔΕΖΗΘΙΚΛΜΝΞΠΡΣΤΥΦΧΨΩ";
    private static final String[] GREEK_NAMES = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta",
        "theta", "iota", "kappa", "lambda", "mu", "nu", "xi", "pi", "rho", "sigma", "tau", "upsilon", "phi", "chi",
        "psi", "omega"};

    /** {@code s} with each Greek letter spelled as its LaTeX name ("PixArt-α" to "PixArt-alpha"). */
    static String spelledGreek(String s) {
        if (!hasGreek(s)) {
            return s; // most names: nothing to spell, and no copy to build
        }
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int g = GREEK.indexOf(c);
            if (g < 0 && c == 'ς') {
                g = GREEK.indexOf('σ');
            }
            if (g >= 0) {
                sb.append(GREEK_NAMES[g % GREEK_NAMES.length]);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean hasGreek(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // Every Greek letter lies at or above 'Α' (U+0391): one compare rejects Latin text.
            if (c >= '\u0391' && (GREEK.indexOf(c) >= 0 || c == 'ς')) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first use of a LaTeX macro that stands for the paper's name ("Our \\name can generate ..."): a
     * lower-case macro that is no formatting or math command (method.txt [latex-commands]) and that the
     * abstract uses twice, or once after "our" or a naming word; {@code null} when there is none.
     */
    private static Cand nameMacro(List<Token> tokens) {
        int first = -1;
        String word = null;
        int uses = 0;
        for (int k = 0; k + 1 < tokens.size(); k++) {
            Token m = tokens.get(k + 1);
            if (!tokens.get(k).isSymbol('\\') || !m.isWord() || m.spaceBefore() || !m.text().equals(m.lower())
                    || LATEX.contains(m.lower())) {
                continue;
            }
            if (word == null) {
                word = m.lower();
                first = k;
            }
            if (m.lower().equals(word)) {
                uses++;
                Token before = k > 0 ? tokens.get(k - 1) : null;
                if (before != null && (before.is("our") || before.is("as") || NAMING.matchEndingAt(tokens, k - 1) > 0)) {
                    uses++;
                }
            }
        }
        return uses >= 2 ? Cand.of(first, first + 1) : null;
    }

    /** {@link #titleMention}'s {@code titleCase} when it is not known yet. */
    private static final int UNKNOWN = -1;

    /**
     * The first mention of the title's name in the abstract, compared by letters and digits only;
     * {@code titleCase} says whether {@code prefix} is a phrase in title case (1, 0, or {@link #UNKNOWN}: then
     * it is read from a view of {@code prefix} when first needed).
     */
    private static Cand titleMention(TextView view, String prefix, int titleCase) {
        return titleMention(view, prefix, titleCase, true);
    }

    /**
     * {@link #titleMention(TextView, String, int)}; with {@code byCharacters}, where the view allows it, the
     * tokens a mention may start at are found from the text's characters (the general path, which tests every
     * token, is what the tests compare it with). Both give the same mention.
     */
    static Cand titleMention(TextView view, String prefix, int titleCase, boolean byCharacters) {
        String target = Acronyms.alnumLower(prefix);
        if (target.isEmpty()) {
            return null;
        }
        Mention m = new Mention(prefix, target, titleCase);
        List<Token> tokens = view.tokens();
        char head = target.charAt(0);
        if (byCharacters && tokens instanceof TokenList list && head < 0x80
                && view.normalized() == view.original()) {
            return mentionByCharacters(view.original(), list, m);
        }
        for (int a = 0; a < tokens.size(); a++) {
            Cand c = mentionFrom(tokens, a, m);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /** The tokens {@code "first..last"} of {@link #titleMention}'s mention, or {@code null}: for the tests. */
    static String titleMentionSpan(TextView view, String prefix, int titleCase, boolean byCharacters) {
        Cand c = titleMention(view, prefix, titleCase, byCharacters);
        return c == null ? null : c.first + ".." + c.last;
    }

    /** The name looked for by {@link #titleMention}: as written, in letters and digits, and how it reads. */
    private static final class Mention {
        final String prefix;
        final String target;
        /** "Spotlight: ..." is not the word "spotlight" in prose: a capitalised name needs a capital. */
        final boolean hasUpper;
        /** Whether the name is a phrase in title case: 1, 0, or {@link #UNKNOWN} until first needed. */
        int titleCase;

        Mention(String prefix, String target, int titleCase) {
            this.prefix = prefix;
            this.target = target;
            this.hasUpper = WordShape.hasUpperCase(prefix);
            this.titleCase = titleCase;
        }
    }

    /** The mention of {@code m} that starts at token {@code a}, or {@code null}. */
    private static Cand mentionFrom(List<Token> tokens, int a, Mention m) {
        Token first = tokens.get(a);
        String target = m.target;
        if (startsOtherwise(first.text(), target.charAt(0))) {
            return null; // the common case: the token's first letter is not the name's, so no match starts here
        }
        if (first.kind() == TokenKind.SYMBOL && !first.isSymbol('\\')) {
            return null;
        }
        if (a > 0 && !first.spaceBefore() && joins(tokens.get(a - 1))) {
            return null;
        }
        int matched = 0;
        for (int b = a; b < tokens.size() && matched < target.length(); b++) {
            matched = matchLettersAndDigits(tokens.get(b).text(), target, matched);
            if (matched < 0) {
                break;
            }
            if (matched == target.length() && endsGroup(tokens, b)
                    && (!m.hasUpper || first.isSymbol('\\') || hasUpper(tokens, a, b))) {
                if (m.titleCase == UNKNOWN) {
                    m.titleCase = titleCase(prefixTokens(m.prefix)) ? 1 : 0;
                }
                if (!lowerCasedPhrase(tokens, a, b, m.titleCase == 1)) {
                    return Cand.of(a, b);
                }
            }
        }
        return null;
    }

    /**
     * {@link #titleMention} in a view whose text needed no normalisation ({@code text} is its reading, and a
     * token's start is its offset there), for a name starting with an ASCII letter or digit. Testing every
     * token reads each token's text; here the list's own arrays point at the few tokens a mention can start at,
     * in token order:
     * <ul>
     * <li>an ASCII token starts with its first character, so it can start a mention only where that is the
     *     name's first character in either case, which the list records for every token; the text's characters
     *     from the token's start then turn away most of those without reading further tokens;</li>
     * <li>any other token (a non-ASCII letter such as the Kelvin sign may lower-case to an ASCII one, a word
     *     may start with a letter outside the Basic Multilingual Plane) is tested as the general path does;
     *     the tokens' shapes name them without reading the tokens.</li>
     * </ul>
     * Such a text holds no backslash, so no macro symbol starts a mention.
     */
    private static Cand mentionByCharacters(String text, TokenList tokens, Mention m) {
        char lower = m.target.charAt(0);
        char upper = lower >= 'a' && lower <= 'z' ? (char) (lower - ('a' - 'A')) : lower;
        boolean digit = lower >= '0' && lower <= '9';
        for (int i = 0, n = tokens.size(); i < n; i++) {
            if ((tokens.shape(i) & TokenList.ASCII) == 0) {
                Cand c = mentionFrom(tokens, i, m);
                if (c != null) {
                    return c;
                }
                continue;
            }
            char first = tokens.firstChar(i);
            if (first != lower && first != upper) {
                continue;
            }
            int p = tokens.get(i).start();
            if (p > 0 && continuesToken(text.charAt(p - 1), digit)) {
                continue; // joined to the letter or digit before it, as the general path reads it
            }
            // Most places fail at the name's second letter ("model" for "MeshCraft"): decided from the text,
            // without reading the following tokens.
            if (alnumStartsWith(text, p, m.target)) {
                Cand c = mentionFrom(tokens, i, m);
                if (c != null) {
                    return c;
                }
            }
        }
        return null;
    }

    /**
     * Whether the letters and digits of {@code text} from {@code p} on, lower-cased as
     * {@link #matchLettersAndDigits} does, begin with {@code target}. In a view whose text needed no
     * normalisation, the tokens from the one starting at {@code p} hold exactly the text's characters from
     * {@code p} on but its white space, so a mention starting there needs this: a filter, cheaper than
     * finding the token.
     */
    private static boolean alnumStartsWith(String text, int p, String target) {
        int k = 0;
        int t = target.length();
        for (int q = p, n = text.length(); q < n; q++) {
            char c = text.charAt(q);
            char lower;
            if (c < 0x80) {
                lower = ASCII_ALNUM_LOWER[c];
                if (lower == 0) {
                    continue;
                }
            } else if (Character.isLetterOrDigit(c)) {
                lower = Character.toLowerCase(c);
            } else {
                continue;
            }
            if (lower != target.charAt(k)) {
                return false;
            }
            if (++k == t) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a token cannot start right after character {@code before}: after an ASCII letter no token starts
     * (a word runs on through letters and digits, and a URL never ends before a letter), nor, at a digit, after
     * a digit ({@code digit}). Only a filter: a token must still start at the place.
     */
    private static boolean continuesToken(char before, boolean digit) {
        return (before >= 'a' && before <= 'z') || (before >= 'A' && before <= 'Z')
                || (digit && before >= '0' && before <= '9');
    }

    /** Each ASCII letter or digit in lower case, 0 for any other ASCII character. */
    private static final char[] ASCII_ALNUM_LOWER = new char[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII_ALNUM_LOWER[c] = Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
        }
    }

    /** Whether {@code text} starts with a letter or digit that is not {@code head} in lower case. */
    private static boolean startsOtherwise(String text, char head) {
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        if (c < 0x80) {
            // Runs at every token of the text: for ASCII (nearly every token) one table read answers both tests.
            char lower = ASCII_ALNUM_LOWER[c];
            return lower != 0 && lower != head;
        }
        return Character.isLetterOrDigit(c) && Character.toLowerCase(c) != head;
    }

    /**
     * How far {@code target} is matched after {@code word}'s letters and digits, lower-cased as
     * {@link Acronyms#alnumLower} does, continue the {@code from} characters matched so far; -1 when they
     * depart from it or run past its end. Compares in place: most tokens fail at their first letter, and
     * building their lower-case letters first would cost more than the whole comparison.
     */
    private static int matchLettersAndDigits(String word, String target, int from) {
        int p = from;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (p >= target.length() || target.charAt(p) != Character.toLowerCase(c)) {
                    return -1;
                }
                p++;
            }
        }
        return p;
    }

    /**
     * Whether a title name of several capitalised words ("Speculative Decoding") is written in lower case
     * after its first word in the abstract ("Speculative decoding (SD) has become ..."): a common phrase in
     * title case, not a coined name.
     */
    private static boolean lowerCasedPhrase(List<Token> tokens, int a, int b, boolean titleCase) {
        if (!titleCase) {
            return false;
        }
        int seen = 0;
        for (int k = a; k <= b; k++) {
            Token t = tokens.get(k);
            if (t.isWord() && t.spaceBefore() && k > a) {
                seen++;
                if (Character.isUpperCase(t.text().charAt(0))) {
                    return false;
                }
            }
        }
        return seen > 0;
    }

    /** Whether the tokens of a title name hold two or more words and a capitalised one after the first. */
    private static boolean titleCase(List<PrefixToken> words) {
        int titleUpper = 0;
        int titleWords = 0;
        for (PrefixToken w : words) {
            if (w.kind() == TokenKind.WORD) {
                titleWords++;
                if (titleWords > 1 && Character.isUpperCase(w.text().charAt(0))) {
                    titleUpper++;
                }
            }
        }
        return titleWords >= 2 && titleUpper > 0;
    }

    private static boolean hasUpper(List<Token> tokens, int a, int b) {
        for (int i = a; i <= b; i++) {
            if (WordShape.hasUpperCase(tokens.get(i).text())) {
                return true;
            }
        }
        return false;
    }

    // Character tests as loops: these run per token and per title, where a stream per call would cost more.


    private static boolean lettersOnly(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyUpperOrDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isUpperCase(c) || Character.isDigit(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean allUpper(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isUpperCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean joins(Token t) {
        return t.isWord() || t.isNumber() || t.isSymbol('-') || t.isSymbol('\\');
    }

    private static boolean endsGroup(List<Token> tokens, int b) {
        if (b + 1 >= tokens.size()) {
            return true;
        }
        Token next = tokens.get(b + 1);
        if (next.spaceBefore()) {
            return true;
        }
        if (next.isWord() || next.isNumber()) {
            return false;
        }
        if (next.isSymbol('-') && b + 2 < tokens.size()) {
            Token after = tokens.get(b + 2);
            return after.spaceBefore() || !(after.isWord() || after.isNumber());
        }
        return true;
    }

    // ---- names ------------------------------------------------------------------------------------------

    /**
     * The name that starts at token {@code i}: a run of joined tokens ({@code ACE-Step}, {@code \foo}), more
     * capitalised words after a capitalised one ("Rectified Diffusion"), and a version number
     * ("Kandinsky 5.0"); {@code null} when token {@code i} starts no name or a generic word.
     */
    private static Unit unit(List<Token> tokens, Sentence s, int i) {
        if (i < s.firstToken() || i >= s.endToken()) {
            return null;
        }
        int last = groupEnd(tokens, s, i);
        if (last < 0) {
            return null;
        }
        int strength = strength(tokens, i, last);
        // One token's text in lower case is its lower(): no string to build for the common one-token name.
        if (strength == 0 || (i == last ? GENERIC.contains(tokens.get(i).lower())
                : !GENERIC_LETTERS_ONLY && GENERIC.contains(TokenText.of(tokens, i, last).toLowerCase(Locale.ROOT)))) {
            return null;
        }
        int groups = 1;
        boolean capitalised = Character.isUpperCase(firstLetter(tokens, i, last));
        while (capitalised && groups < MAX_NAME_GROUPS && last + 1 < s.endToken() && tokens.get(last + 1).spaceBefore()) {
            int nf = last + 1;
            int nl = groupEnd(tokens, s, nf);
            if (nl < 0) {
                break;
            }
            if (tokens.get(nf).isNumber() && nl == nf && versionLike(tokens, s, nf)) {
                last = nf;
                groups++;
                break;
            }
            int ns = strength(tokens, nf, nl);
            if (ns == 0 || !Character.isUpperCase(firstLetter(tokens, nf, nl))) {
                break;
            }
            last = nl;
            groups++;
            strength = Math.max(strength, ns);
        }
        return new Unit(i, last, strength, groups);
    }

    private static boolean versionLike(List<Token> tokens, Sentence s, int n) {
        Token t = tokens.get(n);
        if (t.number() >= 100 || t.text().contains(",")) {
            return false;
        }
        return n + 1 >= s.endToken() || tokens.get(n + 1).spaceBefore() || !tokens.get(n + 1).isWord();
    }

    private static char firstLetter(List<Token> tokens, int first, int last) {
        for (int i = first; i <= last; i++) {
            String x = tokens.get(i).text();
            for (int c = 0; c < x.length(); c++) {
                if (Character.isLetter(x.charAt(c))) {
                    return x.charAt(c);
                }
            }
        }
        return ' ';
    }

    /** The last token of the run of joined tokens starting at {@code i}, or -1 when {@code i} starts none. */
    private static int groupEnd(List<Token> tokens, Sentence s, int i) {
        Token t = tokens.get(i);
        int j = i;
        if (t.isSymbol('\\')) {
            if (i + 1 >= s.endToken() || !tokens.get(i + 1).isWord() || tokens.get(i + 1).spaceBefore()) {
                return -1;
            }
            return i + 1;
        }
        if (!t.isWord() && !t.isNumber()) {
            return -1;
        }
        while (j + 1 < s.endToken() && j - i < MAX_GROUP_TOKENS && !tokens.get(j + 1).spaceBefore()) {
            Token n = tokens.get(j + 1);
            if (n.isWord() || n.isNumber() || n.isSymbol('+')) {
                j++;
            } else if (n.isSymbol('^') && j + 2 < s.endToken() && !tokens.get(j + 2).spaceBefore()
                    && (tokens.get(j + 2).isWord() || tokens.get(j + 2).isNumber())) {
                j += 2; // "D$^3$SR": a LaTeX superscript inside the name
            } else if (n.isSymbol('!') && (j + 2 >= s.endToken() || tokens.get(j + 2).spaceBefore()
                    || isPunct(tokens.get(j + 2)))) {
                return j + 1; // "Presto!": the exclamation mark is part of the name
            } else if ((n.isSymbol('-') || n.isSymbol('.')) && j + 2 < s.endToken() && !tokens.get(j + 2).spaceBefore()
                    && (tokens.get(j + 2).isWord() || tokens.get(j + 2).isNumber())) {
                j += 2;
            } else {
                break;
            }
        }
        return j;
    }

    /** The first token of the joined run that ends at token {@code last}, or -1. */
    private static int groupStart(List<Token> tokens, Sentence s, int last) {
        if (last < s.firstToken() || !(tokens.get(last).isWord() || tokens.get(last).isNumber()
                || tokens.get(last).isSymbol('+'))) {
            return -1;
        }
        int f = last;
        while (f - 1 >= s.firstToken() && last - f < MAX_GROUP_TOKENS && !tokens.get(f).spaceBefore()
                && joins(tokens.get(f - 1))) {
            f--;
        }
        while (f < last && !(tokens.get(f).isWord() || tokens.get(f).isNumber() || tokens.get(f).isSymbol('\\'))) {
            f++;
        }
        return f;
    }

    /**
     * How name-like tokens {@code first..last} are: 2 for a macro, CamelCase, capitals or digits inside a
     * word, or a hyphenated compound with a capital ({@code MeshCraft}, {@code GEAR}, {@code M1},
     * {@code ACE-Step}); 1 for a capitalised word or a coined lower-case compound ({@code f-distill}); else 0.
     */
    private static int strength(List<Token> tokens, int first, int last) {
        if (tokens.get(first).isSymbol('\\')) {
            return 2;
        }
        int letters = 0;
        boolean inner = false;
        boolean capital = false;
        boolean hyphen = false;
        boolean digit = false;
        boolean dotted = false;
        boolean shortPart = false;
        for (int i = first; i <= last; i++) {
            Token t = tokens.get(i);
            if (t.isSymbol('-')) {
                hyphen = true;
                continue;
            }
            if (t.isSymbol('.')) {
                dotted = true;
                continue;
            }
            shortPart |= t.isWord() && t.text().length() < 2;
            if (t.isNumber()) {
                digit = true;
                continue;
            }
            if (!t.isWord()) {
                continue;
            }
            // WordShape.of read in place, ASCII characters by range (the Unicode tables give them the same answer):
            // this runs for every token of every name candidate.
            String x = t.text();
            for (int c = 0; c < x.length(); c++) {
                char ch = x.charAt(c);
                boolean letter;
                boolean upperOrDigit;
                if (ch < 0x80) {
                    letter = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
                    upperOrDigit = (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
                } else {
                    letter = Character.isLetter(ch);
                    upperOrDigit = Character.isUpperCase(ch) || Character.isDigit(ch);
                }
                letters += letter ? 1 : 0;
                inner |= c > 0 && upperOrDigit;
            }
            capital |= !x.isEmpty() && Character.isUpperCase(x.charAt(0));
        }
        if (letters == 0) {
            return 0;
        }
        if (inner || (capital && (hyphen || digit))) {
            return letters >= 1 && (inner || letters >= 2) ? 2 : 1;
        }
        if (capital) {
            return 1;
        }
        // "f-distill"; "llm.npu" (but not "e.g")
        return hyphen || (dotted && !shortPart) ? 1 : 0;
    }

    private static boolean isPunct(Token t) {
        return t.isSymbol(',') || t.isSymbol('(') || t.isSymbol(':') || t.isSymbol(';') || t.isSymbol('.')
                || t.isSymbol('\u2014') || t.isSymbol('\u2013');
    }

    /** The index of the ')' closing the '(' at {@code open} within a few tokens, or -1. */
    private static int closing(List<Token> tokens, Sentence s, int open) {
        for (int j = open + 1; j < Math.min(s.endToken(), open + 16); j++) {
            if (tokens.get(j).isSymbol(')')) {
                return j;
            }
            if (tokens.get(j).isSymbol('(')) {
                return -1;
            }
        }
        return -1;
    }

    /** The name as {@link #text} gives it, but as written in the abstract when it holds a superscript ("D$^3$SR"). */
    private static String written(TextView view, int first, int last) {
        List<Token> tokens = view.tokens();
        for (int i = first; i <= last; i++) {
            if (tokens.get(i).isSymbol('^')) {
                return view.original().substring(tokens.get(first).start(), tokens.get(last).end());
            }
        }
        return TokenText.of(tokens, first, last);
    }


    // ---- output -----------------------------------------------------------------------------------------

    /** First mention first; of two starting together, the longer first. */
    private static final Comparator<Cand> BY_POSITION = Comparator.comparingInt(Cand::first).thenComparingInt(c -> -c.last);

    /** Emits the candidates; {@code greek} is {@code prefix} with Greek letters spelled out (both may be null). */
    private static List<MethodClaim> emit(TextView view, String prefix, String greek, List<Cand> cands) {
        List<Token> tokens = view.tokens();
        // The title name's spelled-Greek key, computed once rather than per candidate; null when it has no Greek.
        if (cands.isEmpty()) {
            return List.of(); // most texts: no maps or sets to build
        }
        String greekKey = prefix == null || prefix.equals(greek) ? null : Acronyms.alnumLower(greek);
        boolean prefixAscii = prefix != null && allAscii(prefix); // read once, not per candidate
        cands.sort(BY_POSITION);
        // Name and long-name keys of the claims so far, each mapped to its claim's index.
        KeyIndex byKey = new KeyIndex();
        List<MethodClaim> claims = new ArrayList<>();
        int coveredFirst = -1;
        int coveredLast = -1;
        for (Cand c : cands) {
            if (c.first >= coveredFirst && c.last <= coveredLast && (c.first > coveredFirst || c.last < coveredLast)) {
                continue; // "Learning to Parallel" inside "Learning to Parallel Decode (Learn2PD)": part of a name found
            }
            if (c.last > coveredLast) {
                coveredFirst = c.first;
                coveredLast = c.last;
            }
            String name = written(view, c.nameFirst, c.nameLast);
            if (prefix != null && (name.startsWith("\\") || closeSpelling(name, prefix, prefixAscii)
                    || (greekKey != null && Acronyms.alnumLower(name).equals(greekKey)))) {
                name = prefix;
            } else if (name.startsWith("\\")) {
                name = name.substring(1);
            }
            String longName = c.longFirst >= 0 ? TokenText.of(tokens, c.longFirst, c.longLast) : null;
            if (longName == null && c.nameFirst == c.first) {
                longName = spelledAfter(tokens, view.sentenceOf(tokens.get(c.nameFirst)), c.nameFirst, c.nameLast);
            }
            String key = Acronyms.alnumLower(name);
            String longKey = longName == null ? null : Acronyms.alnumLower(longName);
            if (key.isEmpty()) {
                continue;
            }
            int dup = byKey.get(key);
            if (dup < 0 && longKey != null) {
                dup = byKey.get(longKey);
            }
            if (dup >= 0) {
                MethodClaim kept = claims.get(dup);
                if (kept.longName() == null && longName != null) {
                    // A later "Long Name (ABBR)" spells out a name first written alone.
                    claims.set(dup, new MethodClaim(kept.text(), kept.start(), kept.end(), kept.name(), longName));
                    byKey.putIfAbsent(longKey, dup);
                }
                continue;
            }
            int start = tokens.get(c.first).start();
            int end = tokens.get(c.last).end();
            byKey.putIfAbsent(key, claims.size()); // the key has no index yet: dup was -1
            if (longKey != null && !longKey.isEmpty()) {
                byKey.putIfAbsent(longKey, claims.size());
            }
            claims.add(new MethodClaim(view.original().substring(start, end), start, end, name, longName));
        }
        if (claims.size() <= 1) {
            return claims; // a name is no variant of itself: isVariant compares proper prefixes only
        }
        Set<String> names = new HashSet<>();
        claims.forEach(c -> names.add(c.name()));
        List<MethodClaim> out = new ArrayList<>(claims.size());
        for (MethodClaim c : claims) {
            if (!isVariant(c.name(), names)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * Name keys mapped to claim indexes, as a map would keep them: an abstract has a few claims, whose keys are
     * compared one by one in two arrays rather than hashed into a map made per text; past
     * {@link #LINEAR_KEYS} keys (a text naming many methods) they move to a map.
     */
    static final class KeyIndex {
        private static final int LINEAR_KEYS = 16;
        private String[] keys = new String[4];
        private int[] values = new int[4];
        private int size;
        private Map<String, Integer> map;

        /** The index kept for {@code key}, or -1. */
        int get(String key) {
            if (map != null) {
                Integer v = map.get(key);
                return v == null ? -1 : v;
            }
            for (int k = 0; k < size; k++) {
                if (keys[k].equals(key)) {
                    return values[k];
                }
            }
            return -1;
        }

        /** Keeps {@code value} for {@code key} unless it has one (a claim index, never negative). */
        void putIfAbsent(String key, int value) {
            if (get(key) >= 0) {
                return;
            }
            if (map == null && size == LINEAR_KEYS) {
                map = new HashMap<>();
                for (int k = 0; k < size; k++) {
                    map.put(keys[k], values[k]);
                }
            }
            if (map != null) {
                map.put(key, value);
                return;
            }
            if (size == keys.length) {
                keys = java.util.Arrays.copyOf(keys, size * 2);
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            keys[size] = key;
            values[size++] = value;
        }
    }

    /** How far after an abbreviation its spelled-out form is looked for in the same sentence. */
    private static final int SPELLED_WINDOW = 24;

    /**
     * The spelled-out form of an all-capitals abbreviation later in its sentence: "SDTM, a
     * structure-then-detail token merging approach", "MMM, a ... paradigm based on Masked Motion Model"; the
     * form ends before punctuation, a preposition or a generic head noun. {@code null} when there is none.
     */
    private static String spelledAfter(List<Token> tokens, Sentence s, int first, int last) {
        if (first != last || !tokens.get(first).isWord()) {
            return null;
        }
        String abbr = tokens.get(first).text();
        if (abbr.length() < 2 || abbr.length() > 6 || !allUpper(abbr)) {
            return null;
        }
        char head = Character.toLowerCase(abbr.charAt(0));
        char tail = Character.toLowerCase(abbr.charAt(abbr.length() - 1));
        int maxWords = Math.min(abbr.length() + 5, 2 * abbr.length());
        int end = Math.min(s.endToken(), last + 1 + SPELLED_WINDOW);
        for (int j = last + 1; j < end; j++) {
            Token t = tokens.get(j);
            if (!t.isWord() || Character.toLowerCase(t.text().charAt(0)) != head
                    || (j > s.firstToken() && tokens.get(j - 1).isSymbol('-') && !tokens.get(j).spaceBefore())) {
                continue;
            }
            int words = 0;
            for (int e = j; e < end && words <= maxWords; e++) {
                Token w = tokens.get(e);
                if (!w.isWord() && !w.isSymbol('-')) {
                    break;
                }
                if (!w.isWord()) {
                    continue;
                }
                words++;
                if (e > j && NP_STOPS.matchAt(tokens, e) > 0) {
                    break;
                }
                if (Character.toLowerCase(w.text().charAt(0)) != tail || !boundary(tokens, s, e + 1)) {
                    continue;
                }
                if (words >= 2 && Acronyms.spellsWhole(tokens, abbr, j, e)) {
                    return TokenText.of(tokens, j, e);
                }
            }
        }
        return null;
    }

    /** Whether a spelled-out form may end before token {@code k}: punctuation, a preposition or a head noun. */
    private static boolean boundary(List<Token> tokens, Sentence s, int k) {
        if (k >= s.endToken()) {
            return true;
        }
        Token t = tokens.get(k);
        return isPunct(t) || t.isSymbol(')') || NP_STOPS.matchAt(tokens, k) > 0 || GENERIC_HEADS.contains(t.lower());
    }

    /** "DiCo-XL", "FooNet Large": a variant of a method found here is that method, not another one. */
    private static boolean isVariant(String name, Set<String> names) {
        for (int i = 1; i < name.length(); i++) {
            char ch = name.charAt(i);
            if ((ch == '-' || ch == ' ') && names.contains(name.substring(0, i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code name} is the title's name misspelt by one letter ("MetaDreammer" for "MetaDreamer");
     * {@code prefixAscii} says whether {@code prefix} is all ASCII (read once per text).
     */
    private static boolean closeSpelling(String name, String prefix, boolean prefixAscii) {
        if (!prefixAscii || !allAscii(name)) {
            return closeLowerCase(name.toLowerCase(Locale.ROOT), prefix.toLowerCase(Locale.ROOT), false);
        }
        // ASCII (nearly every name): lower case changes only 'A' to 'Z', one character for one, so the two are
        // compared in place without lower-case copies per candidate.
        return closeLowerCase(name, prefix, true);
    }

    /**
     * Whether {@code a} and {@code b}, each in lower case (or ASCII, lowered here when {@code lowerAscii}), differ
     * by one letter at most but are not equal, {@code a} having five characters or more.
     */
    private static boolean closeLowerCase(String a, String b, boolean lowerAscii) {
        if (a.length() < 5 || Math.abs(a.length() - b.length()) > 1
                || (a.length() == b.length() && (lowerAscii ? a.equalsIgnoreCase(b) : a.equals(b)))) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && lowerAt(a, i, lowerAscii) == lowerAt(b, i, lowerAscii)) {
            i++;
        }
        int j = a.length() - 1;
        int k = b.length() - 1;
        while (j >= i && k >= i && lowerAt(a, j, lowerAscii) == lowerAt(b, k, lowerAscii)) {
            j--;
            k--;
        }
        return j - i <= 0 && k - i <= 0;
    }

    private static char lowerAt(String s, int i, boolean lowerAscii) {
        char c = s.charAt(i);
        return lowerAscii && c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static boolean allAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}

package org.paperclaims.extractors.speed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.paperclaims.extractors.internal.Bounds;
import org.paperclaims.extractors.internal.CueFlags;
import org.paperclaims.extractors.internal.NumberWords;
import org.paperclaims.extractors.internal.PhraseSet;
import org.paperclaims.extractors.internal.TokenText;
import org.paperclaims.extractors.internal.Vocabulary;
import org.paperclaims.extractors.internal.WordSet;
import org.paperclaims.model.Aspect;
import org.paperclaims.model.Bound;
import org.paperclaims.model.Resource;
import org.paperclaims.text.Sentence;
import org.paperclaims.text.TextView;
import org.paperclaims.text.Token;
import org.paperclaims.text.TokenKind;
import org.paperclaims.text.TokenList;

/**
 * Reads speed and resource figures once for {@link SpeedupExtractor} and {@link ReductionExtractor}:
 * recognises the figures on the shared token view, groups coordinated figures into lists, decides from a
 * bounded window of words after the figure (or the verb phrase before it) whether the list is a speed-up or
 * a reduction, and attaches bound, aspect or resource, and baseline. Every look is bounded by the sentence
 * and a fixed number of tokens, so the cost is linear in the text. The rules are written in the Javadoc of
 * the two extractors; the vocabulary is {@code speed.txt}.
 */
final class FigureReader {
    private static final Vocabulary VOCAB = Vocabulary.load("speed.txt");
    private static final PhraseSet SUFFIX = VOCAB.phrases("multiplier-suffix");
    private static final Phrases FOLD_WORDS = Phrases.of(VOCAB, "fold-words");
    private static final Phrases FRACTIONS = Phrases.of(VOCAB, "fractions");
    private static final PhraseSet RANGE = VOCAB.phrases("range-connector");
    private static final PhraseSet DROPPED_SIGN_HEAD = VOCAB.phrases("dropped-sign-head");
    private static final Set<String> DROPPED_SIGN_FOLLOW = VOCAB.words("dropped-sign-follow");
    private static final Set<String> DROPPED_SIGN_COMPARATIVE = VOCAB.words("dropped-sign-comparative");
    private static final Set<String> DROPPED_SIGN_MODIFIER = VOCAB.words("dropped-sign-modifier");
    /** The longest bare list ("2.09, 2.38, and 1.67 ...") read for a dropped times sign. */
    private static final int BARE_CHAIN = 4;
    private static final PhraseSet LIST = VOCAB.phrases("list-connector");
    private static final Phrases MAGNITUDE_COUNT = Phrases.of(VOCAB, "magnitude-count");
    private static final PhraseSet MAGNITUDE_VAGUE = VOCAB.phrases("magnitude-vague");
    private static final PhraseSet OR_MORE = VOCAB.phrases("bound-after-at_least");
    // Cue flags (see CueFlags): which figure forms a token could start, so that a token is tried only against
    // the forms whose first word it is, and the common token (no first word, no digit) is passed over after
    // one array read and one shape read.
    private static final int MAGNITUDE_START = 1;
    /** "order", "orders": a count of magnitudes is a figure only with one of them a few tokens on. */
    private static final int ORDER_WORD = 1 << 1;
    private static final int FRACTION_START = 1 << 2;
    private static final int CARDINAL_WORD = 1 << 3;
    private static final int FACTOR_WORD = 1 << 4;
    private static final int FOLD_START = 1 << 5;
    private static final int MULTIPLIER_START = 1 << 6;
    /** The bits above that say a figure may start at a token. */
    private static final int FIGURE_MASK = (1 << 7) - 1;
    // Word flags for the windows read around a figure list (in the same per-text array as the figure cues, so
    // that one pass of CueFlags#of serves both): a token is tried against a phrase set only when it is the
    // first word of one of its phrases, and most window tokens (articles, names, verbs of no interest) are
    // passed over after one array read instead of a phrase look-up per set.
    private static final int SPEED_WORD = 1 << 7;
    private static final int TIME_WORD = 1 << 8;
    private static final int RESOURCE_WORD = 1 << 9;
    private static final int REDUCE_WORD = 1 << 10;
    private static final int GAIN_WORD = 1 << 11;
    private static final int QUALITY_WORD = 1 << 12;
    private static final int EFFICIENCY_WORD = 1 << 13;
    private static final int SPEED_VERB_WORD = 1 << 14;
    private static final int CUE_WORD = 1 << 15;
    /** A first word of a slowdown's speed noun, decrease or increase word. */
    private static final int SLOWDOWN_WORD = 1 << 16;
    /**
     * What may follow a number in a figure: a first word of a percent, a multiplier suffix, a range or a list
     * connector. A number followed by none (most numbers: "7B", "in 2024", "GPT-4 and") is no figure of those
     * forms, and its next token is not read for them.
     */
    private static final int FOLLOW_WORD = 1 << 17;
    /** A first word of the head words of a bare multiplier ({@link #bareHead}). */
    private static final int BARE_HEAD_WORD = 1 << 18;
    private static final int COMPRESSION_WORD = 1 << 19;
    private static final int HEAD_STOP_WORD = 1 << 20;
    /** A first word of an aspect phrase ({@link #ASPECT_CUES} then says which aspects). */
    private static final int ASPECT_WORD = 1 << 21;
    /** Words that end a clause for {@link #clauseBreak}: "and", "but", "while", "whereas". */
    private static final int CLAUSE_WORD = 1 << 22;
    private static final List<String> CLAUSE_WORDS = List.of("while", "whereas", "and", "but");
    private static final int OUTPERFORM_WORD = 1 << 23;
    private static final int BASELINE_NOUN_WORD = 1 << 24;
    /** What {@link #scan} looks for at a token, besides a symbol or a number. */
    private static final int SCAN_WORDS = SPEED_WORD | TIME_WORD | RESOURCE_WORD | REDUCE_WORD | GAIN_WORD
            | QUALITY_WORD | EFFICIENCY_WORD | COMPRESSION_WORD;
    private static final CueFlags FIGURE_CUES;
    /**
     * How far after its first token a magnitude's "order(s)" may stand: two counts and a range connector
     * ("a single to two orders"), or a vague word ("several orders").
     */
    private static final int MAGNITUDE_REACH = Math.max(
            2 * Math.max(1, longest(valuedPhrases("magnitude-count"))) + longest(VOCAB.entries("range-connector")),
            longest(VOCAB.entries("magnitude-vague")));
    private static final PhraseSet SPEED = VOCAB.phrases("speed-head");
    private static final PhraseSet TIME = VOCAB.phrases("time-noun");
    private static final PhraseSet SLOW_SPEED_NOUN = VOCAB.phrases("slowdown-speed-noun");
    private static final PhraseSet DECREASE = VOCAB.phrases("slowdown-decrease");
    private static final PhraseSet INCREASE = VOCAB.phrases("slowdown-increase");
    /**
     * How far from a figure, in tokens, its aspect, resource and baseline are looked for. Real clauses are far
     * shorter; the cap keeps a text of many figures in one huge sentence linear.
     */
    private static final int RADIUS = 60;
    /** How many words before a speed claim are read for a slowdown's verb ("lowers the throughput by"). */
    private static final int SLOWDOWN_BEFORE = 5;
    /** Most tokens between two coordinated claims that still share a bound ("on MT-bench and"). */
    private static final int CARRY_WINDOW = 8;
    /** Words between two claims that start a clause of its own, so a bound before the first is not shared. */
    private static final WordSet CARRY_STOP = WordSet.of(VOCAB.entries("bound-carry-stop"));
    private static final PhraseSet REDUCE = VOCAB.phrases("reduce-word");
    private static final PhraseSet REMOVAL = VOCAB.phrases("removal-verb");
    private static final PhraseSet GAIN = VOCAB.phrases("gain-word");
    private static final WordSet INTENSIFIER = WordSet.of(VOCAB.entries("by-intensifier"));
    private static final PhraseSet GAIN_NOUN = VOCAB.phrases("gain-noun");
    private static final PhraseSet THROUGHPUT_OR_SPEED = VOCAB.phrases("gain-noun-speed");
    private static final PhraseSet SPEED_CONTEXT = VOCAB.phrases("speed-context");
    private static final PhraseSet QUALITY = VOCAB.phrases("quality-noun");
    private static final WordSet HEAD_STOP = WordSet.of(VOCAB.entries("head-stop"));
    private static final Set<String> SIZE_WORDS = VOCAB.words("size-word");
    private static final PhraseSet SPEED_VERB = VOCAB.phrases("speed-verb");
    private static final PhraseSet SHARE_VERB = VOCAB.phrases("share-verb");
    private static final PhraseSet SHARE_FILLER = VOCAB.phrases("share-filler");
    private static final PhraseSet OUTPERFORM = VOCAB.phrases("outperform-verb");
    /** How far after "of" a share's time noun may stand ("10.8% of Stable Diffusion v1.5's training time"). */
    private static final int SHARE_WINDOW = 8;
    private static final Resource[] RESOURCE_ORDER = {
        Resource.MEMORY, Resource.COMPUTE, Resource.TOKENS, Resource.ENERGY, Resource.COST, Resource.STORAGE
    };
    private static final PhraseSet[] RESOURCES = new PhraseSet[RESOURCE_ORDER.length];
    private static final PhraseSet ANY_RESOURCE;
    private static final PhraseSet EFFICIENCY = VOCAB.phrases("efficiency-word");
    private static final Aspect[] ASPECT_ORDER = Aspect.values();
    private static final PhraseSet[] ASPECTS = new PhraseSet[ASPECT_ORDER.length];
    /**
     * Bit {@code a} on the first words of aspect {@code a}'s phrases: one look-up rules out a token, and a first
     * word is tried only against the aspects it can start.
     */
    private static final CueFlags ASPECT_CUES = new CueFlags();
    private static final PhraseSet ASPECT_SPEED_NOUN = VOCAB.phrases("aspect-speed-noun");
    private static final PhraseSet ASPECT_BLOCK_AFTER = VOCAB.phrases("aspect-blocker-after");
    private static final PhraseSet ASPECT_BLOCK_BEFORE = VOCAB.phrases("aspect-blocker-before");
    private static final PhraseSet NOT_ASPECT = VOCAB.phrases("not-aspect");
    private static final PhraseSet THROUGHPUT = VOCAB.phrases("throughput-word");
    private static final PhraseSet CUE = VOCAB.phrases("baseline-cue");
    private static final WordSet NP_STOP = WordSet.of(VOCAB.entries("baseline-stop"));
    private static final WordSet AND_CONTINUE = WordSet.of(VOCAB.entries("baseline-and-continue"));
    private static final WordSet ARTICLE = WordSet.of(VOCAB.entries("baseline-article"));
    private static final WordSet BASELINE_NOUN = WordSet.of(VOCAB.entries("baseline-noun"));
    private static final WordSet GENERIC = WordSet.of(VOCAB.entries("generic-modifier"));
    /** Words before "than" that make it a bound or no comparison at all ("more than 2x", "rather than"). */
    private static final Set<String> NOT_A_THAN = Set.of("more", "less", "fewer", "greater", "rather", "other",
            "larger", "smaller", "lower", "higher");

    /** Verbs that make a speed noun's subject equal to the figure after them ("the speedup is 3x"). */
    private static final WordSet COPULA = WordSet.of(VOCAB.entries("copula"));
    /** "existing methods": the prior work a possessive "their" may refer to. */
    private static final WordSet PRIOR_MODIFIER = WordSet.of(VOCAB.entries("prior-work-modifier"));
    private static final WordSet PRIOR_NOUN = WordSet.of(VOCAB.entries("prior-work-noun"));
    /** What may follow such a figure; a comparative ("is 3x lower") would turn it into a slowdown. */
    private static final Set<String> COPULA_NEXT = Set.of("while", "without", "with", "when", "on", "in", "for",
            "at", "over", "compared", "across", "and", ",", ".", ";", ")");
    /** Words that may stand before such a verb ("can be", "will reach"). */
    private static final WordSet MODAL = WordSet.of(VOCAB.entries("copula-modal"));

    /** How many tokens after a figure its head phrase ("faster inference speed") may run. */
    private static final int HEAD_WINDOW = 12;
    /** How far before "by" the noun that a figure measures may be ("boost the speed-up ... by 16%"). */
    private static final int BY_WINDOW = 15;
    /** How far before an object the verb of "reducing peak-memory size up to 2.29x" may be. */
    private static final int VERB_WINDOW = 6;
    /** The longest baseline noun phrase, in tokens. */
    private static final int NP_WINDOW = 8;
    /** Words after a bare multiplier that leave it to continue the speed-up before it ("and 3x when ..."). */
    private static final Set<String> ELLIPSIS_NEXT = Set.of("when", "with", "on", "in", "for", "under", "at", "using",
            "if", "after", "over", ",", ";", ".", ")", "respectively");
    /** How far a figure without words of its own may be from the claim it continues ("7x ... and 9x in ..."). */
    private static final int ELLIPSIS_WINDOW = 20;

    static {
        List<String> all = new ArrayList<>();
        for (int r = 0; r < RESOURCE_ORDER.length; r++) {
            String section = "resource-" + RESOURCE_ORDER[r].wireName();
            RESOURCES[r] = VOCAB.phrases(section);
            all.addAll(VOCAB.entries(section));
        }
        ANY_RESOURCE = PhraseSet.of(all);
        for (int a = 0; a < ASPECT_ORDER.length; a++) {
            List<String> phrases = VOCAB.entries("aspect-" + ASPECT_ORDER[a].wireName());
            ASPECTS[a] = PhraseSet.of(phrases);
            ASPECT_CUES.phrases(1 << a, phrases);
        }
        FIGURE_CUES = figureCues(all);
    }

    private FigureReader() {
    }

    /** Which claim a finding is. */
    enum Kind {
        SPEEDUP, REDUCTION
    }

    /** How a figure is written. */
    private enum Form {
        MULTIPLIER, PERCENT, FRACTION, GROWTH, MAGNITUDE
    }

    /**
     * One speed-up or reduction read from the text.
     *
     * @param first index of the first token of the claim's text
     * @param last index of the last token of the claim's text (inclusive)
     */
    record Finding(Kind kind, int first, int last, double factor, Double factorMax, Bound bound, Double percent,
            Aspect aspect, Resource resource, String baseline) {
    }

    /** A figure: tokens {@code [start, end)}, its value, the upper end of a range, and how it is written. */
    record Figure(int start, int end, double value, Double max, Form form, boolean vague) {
    }

    /** What a list of figures says, read from the words around it. */
    private record Reading(Kind kind, boolean reduce, boolean removal, int textStart, int headEnd, int objFrom,
            int objTo, int winFrom, int winTo, Resource resource, String ownBaseline, boolean kept) {
        Reading(Kind kind, boolean reduce, boolean removal, int textStart, int headEnd, int objFrom, int objTo,
                int winFrom, int winTo, Resource resource, String ownBaseline) {
            this(kind, reduce, removal, textStart, headEnd, objFrom, objTo, winFrom, winTo, resource, ownBaseline,
                    false);
        }
    }

    /** What the words of a window say: the first index of each kind of word, or -1. */
    private static final class Window {
        int speed = -1;
        int time = -1;
        int resource = -1;
        int reduce = -1;
        int gain = -1;
        int quality = -1;
        int efficiency = -1;
        int compression = -1;
        int last = -1;
        int end;
    }

    /** Every speed-up and reduction of {@code view}, in order of appearance. Never throws. */
    static List<Finding> read(TextView view) {
        return read(view, FIGURE_CUES.of(view.tokens()));
    }

    /**
     * {@link #read(TextView)} with each token's {@link #FIGURE_CUES} given: -1 for a token to be tried against
     * every form and every word list (what {@link CueFlags#of} gives when the ids are not usable).
     */
    static List<Finding> read(TextView view, int[] cues) {
        TokenList t = view.tokens();
        List<Figure> figures = figures(t, cues);
        if (figures.isEmpty()) {
            return List.of(); // most texts: no list, no reading, nothing allocated for them
        }
        List<List<Figure>> lists = group(t, figures);
        List<Finding> out = new ArrayList<>();
        PairedAspects pairedInText = new PairedAspects(view);
        Finding previous = null;
        int previousEnd = -1;
        int sentence = -1;
        int sentenceFirstClaim = Integer.MAX_VALUE;
        for (List<Figure> list : lists) {
            Figure head = list.get(0);
            Sentence s = view.sentenceOf(t.get(head.start()));
            if (s.index() != sentence) {
                sentence = s.index();
                sentenceFirstClaim = Integer.MAX_VALUE;
            }
            int floor = Math.max(s.firstToken(), previousEnd);
            Reading r = classify(t, cues, s, list, floor);
            if (r == null && previous != null && t.get(previous.last()).sentence() == s.index()
                    && head.start() - previousEnd <= ELLIPSIS_WINDOW) {
                r = ellipsis(t, cues, s, list, previous, floor);
            }
            Figure lastFig = list.get(list.size() - 1);
            previousEnd = Math.max(previousEnd, lastFig.end());
            if (r == null) {
                continue;
            }
            List<Finding> found = attach(view, cues, s, list, r, floor, sentenceFirstClaim, pairedInText);
            found = carryBound(t, found, previous, s);
            found = carryBaseline(t, found, previous, s);
            if (r.kind() == Kind.SPEEDUP && slowdown(t, cues, s, list)) {
                continue;
            }
            out.addAll(found);
            if (!found.isEmpty()) {
                sentenceFirstClaim = Math.min(sentenceFirstClaim, found.get(0).first());
                previous = found.get(found.size() - 1);
                previousEnd = Math.max(previousEnd, lastFig.end());
            }
        }
        return dedupe(t, out);
    }

    /**
     * Whether a claim whose text starts at {@code first} is coordinated with {@code previous}: right after "and"
     * or a comma, at most {@link #CARRY_WINDOW} tokens on, with no figure and no clause word between.
     */
    private static boolean coordinated(List<Token> t, Finding previous, int first) {
        if (first <= previous.last() || first - previous.last() - 1 > CARRY_WINDOW) {
            return false;
        }
        Token before = t.get(first - 1);
        if (!(before.is("and") || before.isSymbol(','))) {
            return false;
        }
        for (int k = previous.last() + 1; k < first; k++) {
            Token tok = t.get(k);
            if (tok.isNumber() || CARRY_STOP.contains(t, k) || tok.isSymbol(';') || tok.isSymbol(':')) {
                return false;
            }
        }
        return true;
    }

    /**
     * A bound stated once before a coordinated list of claims holds for every claim of the list: "up to 3.8x
     * in generation speed and 4.7x in energy efficiency" is up to for both. The later claim takes the earlier
     * claim's bound only when it has none of its own, stands in the same sentence, opens on its figure right
     * after "and" or a comma,
     * and is at most {@link #CARRY_WINDOW} tokens after the earlier claim's text with no other figure and no
     * clause word ("while", "with", "but") between them: "up to 2x faster while using 3x less memory" keeps
     * the second figure exact.
     */
    private static List<Finding> carryBound(List<Token> t, List<Finding> found, Finding previous, Sentence s) {
        if (found.isEmpty() || previous == null || previous.bound() == Bound.EXACT
                || previous.bound() == Bound.APPROX || t.get(previous.last()).sentence() != s.index()) {
            return found;
        }
        Finding head = found.get(0);
        int first = head.first();
        // The later claim must open on its figure: "and cutting cost by 69%" has a verb of its own.
        if (head.bound() != Bound.EXACT || !coordinated(t, previous, first) || !t.get(first).isNumber()
                || Bounds.before(t, first, previous.last() + 1).bound() != Bound.EXACT) {
            return found;
        }
        List<Finding> out = new ArrayList<>(found.size());
        for (Finding f : found) {
            out.add(f.bound() != Bound.EXACT ? f : new Finding(f.kind(), f.first(), f.last(), f.factor(),
                    f.factorMax(), previous.bound(), f.percent(), f.aspect(), f.resource(), f.baseline()));
        }
        return out;
    }

    /**
     * A baseline stated once for a coordinated list of claims holds for every claim of the list: "outperforms
     * X with up to 2x higher throughput, 2x lower TTFT, and 1.7x lower TBT" compares all three with X. A
     * later claim without a baseline takes the earlier claim's under the conditions of {@link #carryBound}:
     * same sentence, opening on its figure right after "and" or a comma, at most {@link #CARRY_WINDOW}
     * tokens on, with no figure or clause word between.
     */
    private static List<Finding> carryBaseline(List<Token> t, List<Finding> found, Finding previous, Sentence s) {
        if (found.isEmpty() || previous == null || previous.baseline() == null
                || t.get(previous.last()).sentence() != s.index()) {
            return found;
        }
        if (!coordinated(t, previous, found.get(0).first())) {
            return found;
        }
        List<Finding> out = new ArrayList<>(found.size());
        for (Finding f : found) {
            out.add(f.baseline() != null ? f : new Finding(f.kind(), f.first(), f.last(), f.factor(), f.factorMax(),
                    f.bound(), f.percent(), f.aspect(), f.resource(), previous.baseline()));
        }
        return out;
    }

    /**
     * Whether a speed reading is really a slowdown, which is no claim: a speed word with a decrease word
     * ("lowers throughput by 20%", "reduces the inference speed by 30%", "20% lower throughput") and no
     * time word, or a time word with an increase word ("2x higher latency", "increases latency by 20%") and
     * no speed word. Only the few words before the figures and the two after them are read, and of those
     * after only the adjacent one can be the change word: the verb and noun that govern the figure, not a
     * later clause ("2x faster while reducing memory").
     */
    private static boolean slowdown(List<Token> t, int[] cues, Sentence s, List<Figure> list) {
        int figFrom = list.get(0).start();
        int figTo = list.get(list.size() - 1).end();
        int from = Math.max(s.firstToken(), figFrom - SLOWDOWN_BEFORE);
        int to = Math.min(s.endToken(), figTo + 2);
        // After the figures only the adjective right after them counts ("20% lower throughput"), not a later
        // clause ("8x while reducing errors").
        boolean speed = false;
        boolean time = false;
        boolean decrease = false;
        boolean increase = false;
        for (int k = from; k < to; k++) {
            if (k >= figFrom && k < figTo) {
                continue;
            }
            int c = cues[k];
            boolean slowWord = (c & SLOWDOWN_WORD) != 0;
            speed |= slowWord && SLOW_SPEED_NOUN.matchAt(t, k) > 0;
            time |= (c & TIME_WORD) != 0 && TIME.matchAt(t, k) > 0;
            if (slowWord && (k < figFrom || k == figTo)) {
                decrease |= DECREASE.matchAt(t, k) > 0;
                increase |= INCREASE.matchAt(t, k) > 0;
            }
        }
        return speed && decrease && !time || time && increase && !speed;
    }

    // ------------------------------------------------------------------ figures

    static List<Figure> figures(TokenList t) {
        return figures(t, FIGURE_CUES.of(t));
    }

    /**
     * The figures of {@code t}; {@code cues} holds each token's {@link #FIGURE_CUES} flags, or -1 for a token
     * to be tried against every form (what {@link CueFlags#of} gives when the ids are not usable).
     */
    static List<Figure> figures(TokenList t, int[] cues) {
        List<Figure> out = new ArrayList<>();
        int i = 0;
        int n = t.size();
        while (i < n) {
            // A token that is no number and has no figure cue starts no figure (figureAt turns it away): the
            // shape byte and the cue array answer without reading the token.
            if ((cues[i] & FIGURE_MASK) == 0 && t.kind(i) != TokenKind.NUMBER) {
                i++;
                continue;
            }
            Figure f = figureAt(t, i, cues);
            if (f != null) {
                out.add(f);
                i = f.end();
            } else {
                i++;
            }
        }
        return out;
    }

    /** The figure cues and the window word flags; {@code resources} are the phrases of {@link #ANY_RESOURCE}. */
    private static CueFlags figureCues(List<String> resources) {
        Vocabulary numbers = Vocabulary.load("numbers.txt");
        List<String> magnitude = new ArrayList<>(valuedPhrases("magnitude-count"));
        magnitude.addAll(VOCAB.entries("magnitude-vague"));
        CueFlags cues = new CueFlags()
                .phrases(MAGNITUDE_START, magnitude)
                .words(ORDER_WORD, List.of("order", "orders"))
                .phrases(FRACTION_START, valuedPhrases("fractions"))
                .words(CARDINAL_WORD, valueless(numbers.entries("cardinal")))
                .words(FACTOR_WORD, List.of("factor"))
                .phrases(FOLD_START, valuedPhrases("fold-words"))
                .phrases(MULTIPLIER_START, valueless(numbers.entries("multiplier")))
                .phrases(SPEED_WORD, VOCAB.entries("speed-head"))
                .phrases(TIME_WORD, VOCAB.entries("time-noun"))
                .phrases(RESOURCE_WORD, resources)
                .phrases(REDUCE_WORD, VOCAB.entries("reduce-word"))
                .phrases(GAIN_WORD, VOCAB.entries("gain-word"))
                .phrases(QUALITY_WORD, VOCAB.entries("quality-noun"))
                .phrases(EFFICIENCY_WORD, VOCAB.entries("efficiency-word"))
                .phrases(SPEED_VERB_WORD, VOCAB.entries("speed-verb"))
                .phrases(CUE_WORD, VOCAB.entries("baseline-cue"))
                .phrases(SLOWDOWN_WORD, VOCAB.entries("slowdown-speed-noun"))
                .phrases(SLOWDOWN_WORD, VOCAB.entries("slowdown-decrease"))
                .phrases(SLOWDOWN_WORD, VOCAB.entries("slowdown-increase"))
                .words(FOLLOW_WORD, List.of("%", "percent", "per"))
                .phrases(FOLLOW_WORD, VOCAB.entries("multiplier-suffix"))
                .phrases(FOLLOW_WORD, VOCAB.entries("range-connector"))
                .phrases(FOLLOW_WORD, VOCAB.entries("list-connector"))
                .phrases(BARE_HEAD_WORD, VOCAB.entries("dropped-sign-head"))
                .words(BARE_HEAD_WORD, VOCAB.entries("dropped-sign-comparative"))
                .words(BARE_HEAD_WORD, VOCAB.entries("dropped-sign-modifier"))
                .phrases(BARE_HEAD_WORD, VOCAB.entries("resource-" + RESOURCE_ORDER[0].wireName()))
                .phrases(BARE_HEAD_WORD, VOCAB.entries("resource-" + RESOURCE_ORDER[1].wireName()))
                .words(COMPRESSION_WORD, List.of("compression"))
                .words(HEAD_STOP_WORD, VOCAB.entries("head-stop"));
        for (Aspect a : ASPECT_ORDER) {
            cues.phrases(ASPECT_WORD, VOCAB.entries("aspect-" + a.wireName()));
        }
        return cues.words(CLAUSE_WORD, CLAUSE_WORDS)
                .phrases(OUTPERFORM_WORD, VOCAB.entries("outperform-verb"))
                .words(BASELINE_NOUN_WORD, VOCAB.entries("baseline-noun"));
    }

    /** The phrases of a {@code 'phrase value'} section of {@code speed.txt}. */
    private static List<String> valuedPhrases(String section) {
        return valueless(VOCAB.entries(section));
    }

    private static List<String> valueless(List<String> entries) {
        List<String> out = new ArrayList<>();
        for (String e : entries) {
            out.add(e.substring(0, e.lastIndexOf(' ')).strip());
        }
        return out;
    }

    /** The number of tokens of the longest phrase. */
    private static int longest(List<String> phrases) {
        int max = 0;
        for (String p : phrases) {
            max = Math.max(max, TextView.of(p).size());
        }
        return max;
    }

    /** Whether an "order(s)" stands in {@code [i, i + MAGNITUDE_REACH]}: else no magnitude starts at {@code i}. */
    private static boolean orderNear(int[] cues, int i) {
        for (int k = i; k <= i + MAGNITUDE_REACH && k < cues.length; k++) {
            if ((cues[k] & ORDER_WORD) != 0) {
                return true;
            }
        }
        return false;
    }

    private static Figure figureAt(TokenList t, int i, int[] cues) {
        int cue = cues[i];
        Token tok = t.get(i);
        if (!tok.isNumber() && (cue & FIGURE_MASK) == 0) {
            return null;
        }
        Figure m = orderNear(cues, i) ? magnitudeAt(t, i) : null;
        if (m != null) {
            return m;
        }
        if (tok.kind() == TokenKind.URL) {
            return null;
        }
        int len = (cue & FRACTION_START) != 0 ? FRACTIONS.length(t, i) : 0;
        if (len > 0) {
            return new Figure(i, i + len, FRACTIONS.value(t, i, len), null, Form.FRACTION, false);
        }
        double v = tok.isNumber() ? tok.number() : (cue & CARDINAL_WORD) != 0 ? NumberWords.value(tok) : Double.NaN;
        if (!Double.isNaN(v)) {
            Figure f = numberFigure(t, cues, i, v);
            if (f != null) {
                return f;
            }
        }
        if ((cue & FACTOR_WORD) != 0 && tok.is("factor") && i + 2 < t.size() && t.get(i + 1).is("of")) {
            double f = NumberWords.value(t.get(i + 2));
            if (!Double.isNaN(f) && !(i + 3 < t.size() && percentLength(t, i + 3) > 0)) {
                return new Figure(i, i + 3, f, null, Form.MULTIPLIER, false);
            }
        }
        len = (cue & FOLD_START) != 0 ? FOLD_WORDS.length(t, i) : 0;
        if (len > 0) {
            return new Figure(i, i + len, FOLD_WORDS.value(t, i, len), null, Form.MULTIPLIER, false);
        }
        if (tok.isWord() && (cue & MULTIPLIER_START) != 0) {
            double g = NumberWords.multiplierAt(t, i);
            if (!Double.isNaN(g) && g > 1) {
                return new Figure(i, i + NumberWords.multiplierLength(t, i), g, null, Form.GROWTH, false);
            }
        }
        return null;
    }

    /** A number or spelled cardinal followed by a multiplier suffix or a percent sign, or a range of them. */
    private static Figure numberFigure(List<Token> t, int[] cues, int i, double v) {
        boolean numeric = t.get(i).isNumber();
        if (i > 0 && (t.get(i - 1).isSymbol('×') || t.get(i - 1).is("x")) && numeric) {
            return null; // the second side of "256 × 256"
        }
        int j = i + 1;
        boolean follow = follows(cues, j);
        int pl = numeric && follow ? percentLength(t, j) : 0;
        int sl = pl > 0 || !follow ? 0 : suffixLength(t, j);
        int k = j + pl + sl;
        int cl = follows(cues, k) ? RANGE.matchAt(t, k) : 0;
        if (cl > 0 && k + cl < t.size()) {
            Token second = t.get(k + cl);
            double v2 = NumberWords.value(second);
            if (!Double.isNaN(v2) && v2 > v && second.isNumber() == numeric) {
                int j2 = k + cl + 1;
                int pl2 = numeric ? percentLength(t, j2) : 0;
                if (pl2 > 0 && sl == 0) {
                    return new Figure(i, j2 + pl2, v, v2, Form.PERCENT, false);
                }
                int sl2 = suffixLength(t, j2);
                if (sl2 > 0 && pl == 0) {
                    return new Figure(i, j2 + sl2, v, v2, Form.MULTIPLIER, false);
                }
            }
        }
        if (pl > 0) {
            return new Figure(i, j + pl, v, null, Form.PERCENT, false);
        }
        if (sl > 0) {
            return new Figure(i, j + sl, v, null, Form.MULTIPLIER, false);
        }
        if (numeric && v > 1 && bareMultiplier(t, cues, i, v)) {
            return new Figure(i, j, v, null, Form.MULTIPLIER, false);
        }
        return null;
    }

    /**
     * Whether the bare number at {@code i} is a multiplier whose times sign the page dropped. Only where the
     * number can be nothing else: right before a speed-up noun ({@link #droppedSign}), a comparative and a
     * speed, time or resource noun ("2.2 higher throughput", "20 lower TTFT"), or a resource and a reduction
     * noun ("1.67 theoretical FLOP reduction"); or right after a speed-up or compression noun and "of"
     * ("inference speedups of 1.76", "compression ratio of 3.95") or after a speed verb, or a reduction verb
     * with its resource, and "by" ("speeds up attention time by 6", "cuts training FLOPS by 2.53"), with
     * nothing after it that could be its unit. A bare list ("2.09, 2.38, and 1.67 ...") shares its head.
     * Years and numbers with a unit never are. The chains looked along are at most {@link #BARE_CHAIN} long.
     */
    private static boolean bareMultiplier(List<Token> t, int[] cues, int i, double v) {
        if (year(v)) {
            return false;
        }
        // Forward along a bare list to the number whose head words decide.
        int k = i;
        for (int n = 0; n <= BARE_CHAIN; n++) {
            if (k + 1 < cues.length && (cues[k + 1] & BARE_HEAD_WORD) != 0 && bareHead(t, k + 1)) {
                return true;
            }
            int next = follows(cues, k + 1) ? nextInBareList(t, k) : -1;
            if (next < 0) {
                break;
            }
            k = next;
        }
        if (!bareEnd(t, k + 1)) {
            return false;
        }
        // Backward along the list to the word before its first number.
        int first = i;
        for (int n = 0; n < BARE_CHAIN; n++) {
            int prev = previousInBareList(t, first);
            if (prev < 0) {
                break;
            }
            first = prev;
        }
        int p = Bounds.before(t, first, Math.max(0, first - 4)).start() - 1;
        if (p < 1) {
            return false;
        }
        if (t.get(p).is("of")) {
            int n = p - 1;
            if (n > 0 && (t.get(n).is("ratio") || t.get(n).is("rate") || t.get(n).is("factor"))) {
                n--;
            }
            return SPEED.matchEndingAt(t, n) > 0 || t.get(n).is("compression");
        }
        if (!t.get(p).is("by")) {
            return false;
        }
        boolean decimal = t.get(i).text().indexOf('.') >= 0;
        boolean verb = false;
        boolean reduce = false;
        boolean object = false;
        for (int q = p - 1; q >= Math.max(0, p - VERB_WINDOW); q--) {
            Token tok = t.get(q);
            if (tok.kind() == TokenKind.SYMBOL && !joinedSymbol(t, q) || tok.isNumber()) {
                break;
            }
            verb |= SPEED_VERB.matchAt(t, q) > 0;
            reduce |= REDUCE.matchAt(t, q) > 0;
            object |= TIME.matchAt(t, q) > 0 || RESOURCES[0].matchAt(t, q) > 0 || RESOURCES[1].matchAt(t, q) > 0;
        }
        // "reduces the tokens by 64" may be a count; a decimal after a reduction of time, memory or compute is not.
        return verb || reduce && object && decimal;
    }

    /** A year ("in 2024") is never a multiplier. */
    private static boolean year(Token tok) {
        return year(tok.number());
    }

    private static boolean year(double v) {
        return v == Math.rint(v) && v >= 1900 && v <= 2100;
    }

    /**
     * Whether token {@code j} may start what follows a number in a figure ({@link #FOLLOW_WORD}): false past
     * the text's end, where no such word stands either.
     */
    private static boolean follows(int[] cues, int j) {
        return j < cues.length && (cues[j] & FOLLOW_WORD) != 0;
    }

    /** The index of the bare number after {@code k} in a list ("2.09, 2.38, and 1.67"), or -1. */
    private static int nextInBareList(List<Token> t, int k) {
        int c = k + 1;
        int len;
        int used = 0;
        while (c < t.size() && used < 4 && (len = LIST.matchAt(t, c)) > 0) {
            c += len;
            used += len;
        }
        if (used == 0 || c >= t.size() || !t.get(c).isNumber() || !(t.get(c).number() > 1)) {
            return -1;
        }
        return c + 1 < t.size() && (percentLength(t, c + 1) > 0 || suffixLength(t, c + 1) > 0) ? -1 : c;
    }

    /** The index of the bare number before {@code k} in a list, or -1. */
    private static int previousInBareList(List<Token> t, int k) {
        int c = k - 1;
        int used = 0;
        while (c >= 0 && used < 4 && LIST.matchEndingAt(t, c) > 0) {
            int len = LIST.matchEndingAt(t, c);
            c -= len;
            used += len;
        }
        if (used == 0 || c < 0 || !t.get(c).isNumber() || !(t.get(c).number() > 1) || year(t.get(c))) {
            return -1;
        }
        return c > 0 && (t.get(c - 1).isSymbol('×') || t.get(c - 1).is("x")) ? -1 : c;
    }

    /** Whether what follows a bare number at {@code j} cannot be its unit: an end, punctuation or a clause word. */
    private static boolean bareEnd(List<Token> t, int j) {
        if (j >= t.size()) {
            return true;
        }
        Token tok = t.get(j);
        if (tok.kind() == TokenKind.SYMBOL) {
            return !tok.isSymbol('%') && !tok.isSymbol('×') && !tok.isSymbol('-') && !tok.isSymbol('/');
        }
        return tok.isWord() && tok.spaceBefore() && (DROPPED_SIGN_FOLLOW.contains(tok.lower())
                || tok.is("respectively") || tok.is("while"));
    }

    /** The head words of a bare multiplier at {@code j}: a speed-up noun, a comparative with its noun, or a resource reduction. */
    private static boolean bareHead(List<Token> t, int j) {
        if (j >= t.size()) {
            return false;
        }
        if (droppedSign(t, j)) {
            return true;
        }
        Token c = t.get(j);
        if (DROPPED_SIGN_COMPARATIVE.contains(c.lower()) && j + 1 < t.size()) {
            if (c.is("faster") && bareEnd(t, j + 1)) {
                return true;
            }
            return SPEED.matchAt(t, j + 1) > 0 || TIME.matchAt(t, j + 1) > 0 || RESOURCES[0].matchAt(t, j + 1) > 0
                    || RESOURCES[1].matchAt(t, j + 1) > 0;
        }
        int m = j;
        if (DROPPED_SIGN_MODIFIER.contains(c.lower())) {
            m++;
        }
        int rl = m < t.size() ? Math.max(RESOURCES[0].matchAt(t, m), RESOURCES[1].matchAt(t, m)) : 0;
        if (rl == 0) {
            return false;
        }
        int r = m + rl;
        int len = r < t.size() ? REDUCE.matchAt(t, r) : 0;
        String noun = len > 0 ? t.get(r).lower() : "";
        return (noun.startsWith("reduction") || noun.startsWith("saving") || noun.equals("compression"))
                && bareEnd(t, r + len);
    }

    /**
     * A bare number read as a multiplier because a page dropped its times sign ("up to 83.3 speedup in the
     * denoising process", "a 2.6 speed-up in total inference time"): the number must stand right before a
     * speedup noun (optionally "end-to-end"), and that noun must end the phrase, so that "3 speedup
     * techniques" stays a count.
     */
    private static boolean droppedSign(List<Token> t, int j) {
        int len = DROPPED_SIGN_HEAD.matchAt(t, j);
        if (len == 0) {
            return false;
        }
        int after = j + len;
        if (after >= t.size() || !t.get(after).isWord()) {
            return true;
        }
        return DROPPED_SIGN_FOLLOW.contains(t.get(after).lower());
    }

    private static int percentLength(List<Token> t, int j) {
        if (j >= t.size()) {
            return 0;
        }
        Token a = t.get(j);
        if (a.isSymbol('%') || a.is("percent")) {
            return 1;
        }
        if (a.is("per") && j + 1 < t.size() && t.get(j + 1).is("cent")) {
            return 2;
        }
        return 0;
    }

    private static int suffixLength(List<Token> t, int j) {
        int len = SUFFIX.matchAt(t, j);
        if (len == 0) {
            return 0;
        }
        Token s = t.get(j);
        boolean cross = s.is("x") || s.isSymbol('×');
        if (cross && j + 1 < t.size() && t.get(j + 1).isNumber()) {
            if (renderedTwice(t, j)) {
                return 3;
            }
            return 0; // a size such as "3 x 3" or "2 × 8"
        }
        // A page that renders the sign twice ("5×\\times" becomes "5××") still writes one multiplier.
        if (s.isSymbol('×') && j + 1 < t.size() && t.get(j + 1).isSymbol('×')) {
            return len + 1;
        }
        return len;
    }

    /**
     * "2.6×2.6\\times": a page that shows the rendered figure and then its LaTeX source writes one multiplier
     * twice, all glued together. Unlike a size ("3×3×3"), the same number repeats and nothing follows the
     * second sign.
     */
    private static boolean renderedTwice(List<Token> t, int j) {
        if (j < 1 || j + 2 >= t.size() || !t.get(j).isSymbol('\u00d7')) {
            return false;
        }
        Token first = t.get(j - 1);
        Token second = t.get(j + 1);
        Token sign = t.get(j + 2);
        if (!first.isNumber() || !second.text().equals(first.text()) || second.spaceBefore()
                || t.get(j).spaceBefore() || !sign.isSymbol('\u00d7') || sign.spaceBefore()) {
            return false;
        }
        return !(j + 3 < t.size() && t.get(j + 3).isNumber() && !t.get(j + 3).spaceBefore());
    }

    /** "two orders of magnitude", "an order of magnitude", "one to two orders of magnitude", "orders of magnitude". */
    private static Figure magnitudeAt(List<Token> t, int i) {
        // Lengths first, values only once "order(s) of magnitude" is there: most numbers are not counts of it.
        int k = i;
        int len = countLength(t, k);
        int rangeLen = 0;
        int len2 = 0;
        boolean vague = false;
        if (len > 0) {
            k += len;
            rangeLen = RANGE.matchAt(t, k);
            len2 = rangeLen > 0 ? countLength(t, k + rangeLen) : 0;
            if (len2 > 0) {
                k += rangeLen + len2;
            }
        } else if ((len = MAGNITUDE_VAGUE.matchAt(t, k)) > 0) {
            vague = true;
            k += len;
            len = 0;
        }
        if (k + 2 >= t.size() || !(t.get(k).is("orders") || t.get(k).is("order")) || !t.get(k + 1).is("of")
                || !t.get(k + 2).is("magnitude")) {
            return null;
        }
        double c1 = len > 0 ? countValue(t, i, len) : Double.NaN;
        double c2 = len2 > 0 ? countValue(t, i + len + rangeLen, len2) : Double.NaN;
        boolean plural = t.get(k).is("orders");
        int end = k + 3;
        if (Double.isNaN(c1)) {
            if (!plural && !vague) {
                return new Figure(i, end, 10, null, Form.MAGNITUDE, false);
            }
            return new Figure(i, end, 100, null, Form.MAGNITUDE, true);
        }
        double lo = Math.pow(10, c1);
        Double hi = Double.isNaN(c2) || c2 <= c1 ? null : Math.pow(10, c2);
        return new Figure(i, end, lo, hi, Form.MAGNITUDE, false);
    }

    private static int countLength(List<Token> t, int k) {
        if (k >= t.size()) {
            return 0;
        }
        int len = MAGNITUDE_COUNT.length(t, k);
        if (len > 0) {
            return len;
        }
        return t.get(k).isNumber() || !Double.isNaN(NumberWords.value(t.get(k))) ? 1 : 0;
    }

    private static double countValue(List<Token> t, int k, int len) {
        double v = MAGNITUDE_COUNT.value(t, k, len);
        return Double.isNaN(v) ? NumberWords.value(t.get(k)) : v;
    }

    /** Coordinated figures of one form family ("2.7x and 3.1x", "half or even three-quarters"). */
    private static List<List<Figure>> group(List<Token> t, List<Figure> figures) {
        List<List<Figure>> out = new ArrayList<>();
        List<Figure> current = null;
        for (Figure f : figures) {
            if (current != null) {
                Figure prev = current.get(current.size() - 1);
                if (family(prev) == family(f) && t.get(prev.start()).sentence() == t.get(f.start()).sentence()
                        && connected(t, prev.end(), Bounds.before(t, f.start(), prev.end()).start())) {
                    current.add(f);
                    continue;
                }
            }
            current = new ArrayList<>();
            current.add(f);
            out.add(current);
        }
        return out;
    }

    private static int family(Figure f) {
        return switch (f.form()) {
            case PERCENT -> 1;
            case FRACTION -> 2;
            default -> 0;
        };
    }

    /** Whether tokens {@code [from, to)} are only list connectors, at least one and at most four tokens. */
    private static boolean connected(List<Token> t, int from, int to) {
        if (to <= from || to - from > 4) {
            return false;
        }
        int k = from;
        while (k < to) {
            int len = LIST.matchAt(t, k);
            if (len == 0) {
                return false;
            }
            k += len;
        }
        return k == to;
    }

    // ------------------------------------------------------------------ what a list says

    private static Reading classify(TokenList t, int[] cues, Sentence s, List<Figure> list, int floor) {
        Figure first = list.get(0);
        Figure last = list.get(list.size() - 1);
        int textStart = boundStart(t, first, floor);
        int after = last.end();
        int afterBound = skipOrMore(t, after, s.endToken());
        Window w = scan(t, cues, afterBound, Math.min(s.endToken(), afterBound + HEAD_WINDOW));
        Form form = first.form();
        Reading r = forward(t, s, list, w, textStart, afterBound, form, floor);
        if (r != null) {
            return r;
        }
        return backward(t, cues, s, list, w, textStart, afterBound, floor);
    }

    private static int skipOrMore(List<Token> t, int after, int end) {
        int len = after < end ? OR_MORE.matchAt(t, after) : 0;
        return after + len;
    }

    private static Reading forward(List<Token> t, Sentence s, List<Figure> list, Window w, int textStart,
            int after, Form form, int floor) {
        if (w.quality >= 0 && before(w.quality, w.speed, w.time, w.resource)) {
            return null;
        }
        int winTo = w.last + 1;
        boolean reduceBefore = textStart - 1 >= floor && REDUCE.matchEndingAt(t, textStart - 1) > 0;
        boolean share = form == Form.PERCENT && after < t.size() && t.get(after).is("of");
        if (share && !reduceBefore) {
            Reading kept = keptShare(t, s, list, textStart, after, floor);
            return kept; // else "95% of the speed-up", "30% of the FLOPs": a share, not a change
        }
        if (reduceBefore && w.speed < 0 && (w.time >= 0 || w.resource >= 0) && form != Form.GROWTH
                && form != Form.FRACTION && before(Math.max(w.time, w.resource), w.reduce)) {
            // "saves 40% of memory", "prunes 50% of the visual tokens"
            return w.time >= 0 && (w.resource < 0 || w.time < w.resource)
                    ? new Reading(Kind.SPEEDUP, true, true, textStart - 1, w.last, textStart - 1, textStart, after,
                            winTo, null, null)
                    : new Reading(Kind.REDUCTION, true, true, textStart - 1, w.last, textStart - 1, textStart, after,
                            winTo, resourceOf(t, after, winTo), null);
        }
        if (share) {
            return null; // "pruning 60% of the heads reduces compute": the share is not the measured change
        }
        Reading measuredAfterIn = measuredAfterIn(t, w, textStart, after, form, floor);
        if (measuredAfterIn != null) {
            return measuredAfterIn;
        }
        return forwardByWords(t, s, list, w, textStart, after, form, floor);
    }

    /**
     * "reduces complexity by 73% in inference time": the measured noun follows "in", the reduction verb
     * stands before "by"; {@code null} when the figure is not so written.
     */
    private static Reading measuredAfterIn(List<Token> t, Window w, int textStart, int after, Form form, int floor) {
        int winTo = w.last + 1;
        int by = textStart - 1;
        if (by - 1 >= floor && t.get(by).is("by") && after < t.size() && t.get(after).is("in") && w.speed < 0
                && (w.time >= 0 || w.resource >= 0) && (form == Form.PERCENT || form == Form.MULTIPLIER)
                && (w.reduce < 0 || w.reduce > Math.max(w.time, w.resource))) {
            int verb = -1;
            for (int k = by - 1; k >= Math.max(floor, by - 4) && verb < 0; k--) {
                if (REDUCE.matchAt(t, k) > 0) {
                    verb = k;
                }
            }
            if (verb >= 0) {
                boolean time = w.time >= 0 && (w.resource < 0 || w.time < w.resource);
                return time
                        ? new Reading(Kind.SPEEDUP, true, true, verb, w.last, verb, by, after, winTo, null, null)
                        : new Reading(Kind.REDUCTION, true, true, verb, w.last, verb, by, after, winTo,
                                resourceOf(t, after, winTo), null);
            }
        }
        return null;
    }

    /** {@link #forward}'s last rules: what the words after the figure name, by the kinds of word found. */
    private static Reading forwardByWords(List<Token> t, Sentence s, List<Figure> list, Window w, int textStart,
            int after, Form form, int floor) {
        int winTo = w.last + 1;
        if (form == Form.FRACTION) {
            boolean removal = removalBefore(t, list.get(0), textStart, floor);
            if (w.time >= 0 && w.speed < 0) {
                return new Reading(Kind.SPEEDUP, true, removal, textStart, w.last, textStart, textStart, after, winTo,
                        null, null);
            }
            if (w.resource >= 0) {
                return new Reading(Kind.REDUCTION, true, removal, textStart, w.last, textStart, textStart, after,
                        winTo, resourceOf(t, after, winTo), null);
            }
            return null;
        }
        if (w.speed >= 0) {
            if (w.reduce >= 0 && w.reduce < w.speed) {
                return null; // "3x lower throughput" is a slowdown
            }
            return new Reading(Kind.SPEEDUP, false, false, textStart, w.last, textStart, textStart, after, winTo, null,
                    null);
        }
        if (form == Form.GROWTH) {
            return null;
        }
        if (w.time >= 0 && (w.reduce >= 0 || (w.gain >= 0 && form != Form.PERCENT))) {
            return new Reading(Kind.SPEEDUP, true, false, textStart, w.last, textStart, textStart, after, winTo, null,
                    null);
        }
        if (w.resource >= 0 && (w.reduce >= 0 || w.efficiency >= 0)) {
            return new Reading(Kind.REDUCTION, true, false, textStart, w.last, textStart, textStart, after, winTo,
                    resourceOf(t, after, winTo), null);
        }
        if (w.reduce >= 0 && w.resource < 0 && w.time < 0 && w.quality < 0 && SIZE_WORDS.contains(t.get(w.reduce).lower())) {
            // "3.2x smaller": a size, so storage
            return new Reading(Kind.REDUCTION, true, false, textStart, w.last, textStart, textStart, after, winTo,
                    Resource.STORAGE, null);
        }
        if (w.compression >= 0 && w.resource < 0) {
            Resource res = nearestResource(t, s, list.get(0).start());
            return new Reading(Kind.REDUCTION, true, false, textStart, w.last, textStart, textStart, after, winTo,
                    res == null ? Resource.STORAGE : res, null);
        }
        if (w.gain >= 0 && w.reduce < 0 && form == Form.MULTIPLIER
                && SPEED_CONTEXT.find(t, s.firstToken(), list.get(0).start()) >= 0) {
            return new Reading(Kind.SPEEDUP, false, false, textStart, w.last, textStart, textStart, after, winTo, null,
                    null);
        }
        return null;
    }

    /**
     * "takes only 10.8% of the training time", "in 5% of the inference time": the share of time still
     * needed, so the speed-up is 100/p. Only with a share verb before the figure and a time noun a few
     * words after "of", so "30% of the FLOPs" and "95% of the speed-up" stay no claim.
     */
    private static Reading keptShare(List<Token> t, Sentence s, List<Figure> list, int textStart, int after,
            int floor) {
        if (list.size() != 1 || list.get(0).max() != null) {
            return null;
        }
        int k = textStart - 1;
        int fl = k >= floor ? SHARE_FILLER.matchEndingAt(t, k) : 0;
        k -= fl;
        if (k < floor || SHARE_VERB.matchEndingAt(t, k) == 0) {
            return null;
        }
        int verb = k - SHARE_VERB.matchEndingAt(t, k) + 1;
        int end = Math.min(s.endToken(), after + 1 + SHARE_WINDOW);
        for (int j = after + 1; j < end; j++) {
            Token tok = t.get(j);
            if (tok.isNumber() || tok.kind() == TokenKind.URL || (tok.kind() == TokenKind.SYMBOL
                    && !joinedSymbol(t, j) && !tok.isSymbol('\''))) {
                return null;
            }
            if (QUALITY.matchAt(t, j) > 0 || ANY_RESOURCE.matchAt(t, j) > 0) {
                return null;
            }
            int len = TIME.matchAt(t, j);
            if (len > 0) {
                int head = j + len - 1;
                return new Reading(Kind.SPEEDUP, true, false, verb, head, after, head + 1, after, head + 1, null,
                        null, true);
            }
        }
        return null;
    }

    /** Whether index {@code a} (>= 0) comes before every other index that is set. */
    private static boolean before(int a, int... others) {
        for (int o : others) {
            if (o >= 0 && o < a) {
                return false;
            }
        }
        return true;
    }

    /** A verb before the figure: "speeds up generation by over 25 times", "reduce FLOPs by up to 83.8%". */
    private static Reading backward(TokenList t, int[] cues, Sentence s, List<Figure> list, Window w, int textStart,
            int after, int floor) {
        Figure first = list.get(0);
        Form form = first.form();
        int p = textStart - 1;
        if (p - 1 > floor && INTENSIFIER.contains(t, p)
                && (t.get(p - 1).is("a") || t.get(p - 1).is("an"))) {
            p--; // "by a drastic 6.71x": an evaluative adjective between the article and the figure
        }
        if (p > floor && (t.get(p).is("a") || t.get(p).is("an"))) {
            p--; // "by a factor of 3"
        }
        if (p < floor || form == Form.GROWTH) {
            return null;
        }
        Token prep = t.get(p);
        int from;
        boolean by = prep.is("by");
        // "improves the speedup to 2.3-3.6x": the figure is the new speed-up itself
        boolean to = prep.is("to") && (form == Form.MULTIPLIER || form == Form.MAGNITUDE);
        if (by || to) {
            from = p - 1;
        } else if (prep.is("of")) {
            return nounOf(t, cues, s, list, w, textStart, after, p, floor);
        } else {
            from = p;
        }
        int lo = Math.max(floor, from - (by || to ? BY_WINDOW : VERB_WINDOW));
        return backwardReading(t, s, list, w, textStart, after, floor, from, lo, by, to, backwardHits(t, cues, from, lo, by));
    }

    /** The kinds of measured word {@link #backward} looks for: speed, time, resource, quality. */
    private static final PhraseSet[] BACKWARD_KINDS = {SPEED, TIME, ANY_RESOURCE, QUALITY};
    /** The cue flag of each of {@link #BACKWARD_KINDS}. */
    private static final int[] BACKWARD_BITS = {SPEED_WORD, TIME_WORD, RESOURCE_WORD, QUALITY_WORD};
    /** The words {@link #backwardHits} looks for: the kinds, speed verbs, reduction words. */
    private static final int BACKWARD_WORDS = SPEED_WORD | TIME_WORD | RESOURCE_WORD | QUALITY_WORD | SPEED_VERB_WORD
            | REDUCE_WORD;

    /**
     * What {@link #backward} finds before a figure: for each of {@link #BACKWARD_KINDS}, where the phrase that
     * ends nearest to the figure starts and ends (-1 when none); the first reduction word; the figure the
     * look stopped at (-1 when none).
     */
    private static final class BackwardHits {
        final int[] hitEnd = {-1, -1, -1, -1};
        final int[] hitStart = {-1, -1, -1, -1};
        int reduce = -1;
        int stoppedAt = -1;
    }

    /**
     * Reads the words from {@code from} back to {@code lo} (the loop {@link #backward} runs per figure list,
     * kept apart from its decisions so that the JIT compiles a small hot method): a longer phrase wins a tie
     * of ends ("time-to-first-token" over its last word "token").
     */
    private static BackwardHits backwardHits(TokenList t, int[] cues, int from, int lo, boolean by) {
        BackwardHits h = new BackwardHits();
        int[] hitEnd = h.hitEnd;
        int[] hitStart = h.hitStart;
        for (int k = from; k >= lo; k--) {
            // The kind from the shape byte: only numbers and symbols need their token read.
            TokenKind kind = t.kind(k);
            if (kind == TokenKind.NUMBER && isFigureToken(t, k)) {
                h.stoppedAt = k;
                break;
            }
            if (kind == TokenKind.SYMBOL) {
                Token tok = t.get(k);
                if (tok.isSymbol(';') || tok.isSymbol(':') || !by && !joinedSymbol(t, k)) {
                    break;
                }
            }
            int cue = cues[k];
            if ((cue & BACKWARD_WORDS) == 0) {
                continue; // starts no phrase of any kind looked for
            }
            for (int c = 0; c < BACKWARD_KINDS.length; c++) {
                int len = (cue & BACKWARD_BITS[c]) != 0 ? BACKWARD_KINDS[c].matchAt(t, k) : 0;
                if (c == 0 && (cue & SPEED_VERB_WORD) != 0) {
                    len = Math.max(len, SPEED_VERB.matchAt(t, k));
                }
                int e = k + len - 1;
                if (len > 0 && e <= from && (e > hitEnd[c] || (e == hitEnd[c] && k < hitStart[c]))) {
                    hitEnd[c] = e;
                    hitStart[c] = k;
                }
            }
            if ((cue & REDUCE_WORD) != 0 && fits(REDUCE, t, k, from + 1)) {
                h.reduce = h.reduce < 0 ? k : h.reduce;
            }
        }
        return h;
    }

    /** {@link #backward}'s decision from what {@link #backwardHits} found. */
    private static Reading backwardReading(List<Token> t, Sentence s, List<Figure> list, Window w, int textStart,
            int after, int floor, int from, int lo, boolean by, boolean to, BackwardHits hits) {
        Figure first = list.get(0);
        Form form = first.form();
        int[] hitEnd = hits.hitEnd;
        int[] hitStart = hits.hitStart;
        int reduce = hits.reduce;
        int stoppedAt = hits.stoppedAt;
        int best = -1;
        for (int c = 0; c < 3; c++) {
            if (hitEnd[c] >= 0 && (best < 0 || hitEnd[c] > hitEnd[best]
                    || (hitEnd[c] == hitEnd[best] && hitStart[c] < hitStart[best]))) {
                best = c;
            }
        }
        if (best < 0 && by && reduce >= 0 && t.get(reduce).lower().startsWith("compress") && hitEnd[3] < 0) {
            // "compresses the prompt by 5x": compression names no resource; the sentence may, else storage
            Resource res = nearestResource(t, s, first.start());
            return new Reading(Kind.REDUCTION, true, true, reduce, textStart - 1, reduce, from + 1, after,
                    w.last + 1, res == null ? Resource.STORAGE : res, null);
        }
        if (best < 0 && by && form == Form.MULTIPLIER && hitEnd[3] < 0) {
            return outperformed(t, list, w, textStart, after, from, lo);
        }
        if (best < 0 || hitEnd[3] > hitEnd[best]) {
            return null;
        }
        int nearest = hitStart[best];
        if (!by && !to && best == 0 && hitEnd[1] < hitEnd[0] && hitEnd[2] < hitEnd[0] && form == Form.MULTIPLIER
                && copulaBridge(t, hitEnd[0] + 1, from)
                && (after >= s.endToken() || COPULA_NEXT.contains(t.get(after).lower()))) {
            // "the acceleration can be more than 50x": the speed noun is the subject and the figure its value
            return new Reading(Kind.SPEEDUP, false, false, textStart, textStart - 1, textStart, textStart, after,
                    w.last + 1, null, null);
        }
        if (!by && !to && !touches(t, nearest, from)) {
            return null; // the words must touch the figure: "reducing peak-memory size up to 2.29x"
        }
        boolean removal = by || (form == Form.FRACTION && removalBefore(t, first, textStart, floor));
        int objFrom = phraseStart(t, nearest, lo);
        int objTo = from + 1;
        if (best == 0) {
            if (form == Form.FRACTION || (!by && reduce >= 0 && reduce > nearest) || w.reduce >= 0) {
                return null; // "throughput drops 3x", "speed is 3x lower": slowdowns
            }
            return new Reading(Kind.SPEEDUP, false, false, objFrom, textStart - 1, objFrom, objTo, after, w.last + 1,
                    null, ownBaseline(t, objFrom, objTo));
        }
        if (best == 1 && reduce < 0 && by && form == Form.MULTIPLIER
                && (GAIN.find(t, lo, nearest) >= 0 || SPEED_VERB.find(t, lo, nearest) >= 0)) {
            // "speeds up attention time by 6x": a speed verb on a time noun is a speed-up too
            // "improving the real-time factor by a factor of 8.8": a better time is a faster one
            return new Reading(Kind.SPEEDUP, false, false, objFrom, textStart - 1, objFrom, objTo, after,
                    w.last + 1, null, ownBaseline(t, objFrom, objTo));
        }
        if (reduce < 0 && by && best == 1) {
            // The previous claim's figure ends the window: it may stand right at the floor.
            int fig = stoppedAt >= 0 ? stoppedAt : figureEndingAt(t, lo - 1, s.firstToken());
            if (fig >= 0) {
                reduce = sharedReduceVerb(t, fig, nearest, s.firstToken());
            }
        }
        if (reduce < 0 || to || (!by && !(reduce < nearest))) {
            return null;
        }
        if (best == 1) {
            String own = ownBaseline(t, objFrom, objTo);
            return new Reading(Kind.SPEEDUP, true, removal, objFrom, textStart - 1, objFrom, objTo, after, w.last + 1,
                    null, own != null ? own : theirReferent(t, s, objFrom, objTo));
        }
        return new Reading(Kind.REDUCTION, true, removal, objFrom, textStart - 1, objFrom, objTo, after, w.last + 1,
                resourceOf(t, objFrom, objTo), null);
    }

    /**
     * "simplifies the paradigm of existing methods and shortens their fine-tuning time up to 1000x": a
     * possessive "their" on the shrunk time points back at the prior work named earlier in the sentence, which
     * is then the baseline. Only a prior-work phrase ("existing methods", "previous approaches") within
     * {@link #RADIUS} tokens before the object counts; otherwise null.
     */
    private static String theirReferent(List<Token> t, Sentence s, int objFrom, int objTo) {
        boolean their = false;
        for (int k = objFrom; k < objTo && !their; k++) {
            their = t.get(k).is("their");
        }
        if (!their) {
            return null;
        }
        for (int k = objFrom - 1; k >= Math.max(s.firstToken(), objFrom - RADIUS); k--) {
            if (!PRIOR_NOUN.contains(t, k) || k - 1 < s.firstToken()) {
                continue;
            }
            int m = k - 1;
            if (PRIOR_MODIFIER.contains(t, m)) {
                return text(t, m, k, null);
            }
        }
        return null;
    }

    /** The number of a percent or multiplier figure whose last token is {@code k}, or -1. */
    private static int figureEndingAt(List<Token> t, int k, int floor) {
        for (int n = k; n >= Math.max(floor, k - 2); n--) {
            if (isFigureToken(t, n)) {
                return n;
            }
        }
        return -1;
    }

    /** Whether tokens {@code [from, to]} are only a copula ("is", "can be", "reaches"), one to three words. */
    private static boolean copulaBridge(List<Token> t, int from, int to) {
        if (to < from || to - from > 2 || !COPULA.contains(t, to)) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!MODAL.contains(t, k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "reduce the FLOPs by 91% and inference latency by 75%": a second "noun by figure" coordinated with a
     * first one shares its reduce verb. Only when the earlier figure follows "by", the words between the two
     * claims open with "and" or a comma, and the verb stands within {@link #BY_WINDOW} before "by". Returns the
     * verb's token, or -1.
     */
    private static int sharedReduceVerb(List<Token> t, int figure, int noun, int floor) {
        int after = figure + 1;
        while (after < noun && (t.get(after).isSymbol('%') || SUFFIX.matchAt(t, after) > 0)) {
            after++;
        }
        if (after >= noun || !(t.get(after).is("and") || t.get(after).isSymbol(','))) {
            return -1;
        }
        int by = Bounds.before(t, figure, floor).start() - 1;
        if (by < floor || !t.get(by).is("by")) {
            return -1;
        }
        for (int k = by - 1; k >= Math.max(floor, by - BY_WINDOW); k--) {
            Token tok = t.get(k);
            if (tok.isSymbol(';') || tok.isSymbol(':') || isFigureToken(t, k)) {
                return -1;
            }
            if (fits(REDUCE, t, k, by)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "outperforms llama.cpp by up to 11.69x": a comparison verb, then what is compared, then "by" and a
     * multiplier with no quality word right after it. The compared thing is the baseline.
     */
    private static Reading outperformed(List<Token> t, List<Figure> list, Window w, int textStart, int after,
            int from, int lo) {
        int verb = -1;
        for (int k = from; k >= lo; k--) {
            if (OUTPERFORM.matchAt(t, k) > 0) {
                verb = k;
                break;
            }
        }
        if (verb < 0 || verb + 1 > from) {
            return null;
        }
        int end = Math.min(t.size(), after + 3);
        for (int k = after; k < end; k++) {
            if (QUALITY.matchAt(t, k) > 0) {
                return null; // "outperforms X by 2x in accuracy"
            }
        }
        if (w.quality >= 0 && w.quality < after + 3) {
            return null;
        }
        int b0 = verb + 1;
        while (b0 <= from && ARTICLE.contains(t, b0)) {
            b0++;
        }
        String baseline = from - b0 < NP_WINDOW ? text(t, b0, from, null) : null;
        return new Reading(Kind.SPEEDUP, false, false, verb, textStart - 1, verb, verb + 1, after, after, null,
                baseline);
    }

    /**
     * Whether the measured words at {@code nearest} end right before the figure (token {@code from}), or
     * the figure follows an aspect word that ends the object ("speeds up generation over 10-20x").
     */
    private static boolean touches(List<Token> t, int nearest, int from) {
        for (PhraseSet p : new PhraseSet[] {SPEED, SPEED_VERB, TIME, ANY_RESOURCE}) {
            int len = p.matchAt(t, nearest);
            if (len > 0 && nearest + len - 1 == from) {
                return true;
            }
        }
        return aspectAt(t, from) != null;
    }

    /**
     * Where the verb phrase of a measured noun starts: the nearest verb-like word (speed, gain or reduction
     * word) a few tokens before {@code noun} ("enhances the SDM generation speed"), else the noun's phrase.
     */
    private static int phraseStart(List<Token> t, int noun, int lo) {
        if (GAIN.matchAt(t, noun) > 0 || REDUCE.matchAt(t, noun) > 0 || SPEED_VERB.matchAt(t, noun) > 0) {
            return noun;
        }
        for (int k = noun - 1; k >= Math.max(lo, noun - VERB_WINDOW); k--) {
            Token tok = t.get(k);
            if (tok.kind() == TokenKind.SYMBOL && !joinedSymbol(t, k)) {
                break;
            }
            if (GAIN.matchAt(t, k) > 0 || REDUCE.matchAt(t, k) > 0 || SPEED_VERB.matchAt(t, k) > 0
                    || SPEED.matchAt(t, k) > 0) {
                return k;
            }
        }
        // No verb: the noun with the words that qualify it ("decoding-phase latency", "the KV cache").
        int k = noun;
        while (k - 1 >= Math.max(lo, noun - 3)) {
            Token prev = t.get(k - 1);
            boolean qualifier = aspectAt(t, k - 1) != null || ANY_RESOURCE.matchAt(t, k - 1) > 0 || isName(prev)
                    || joinedSymbol(t, k - 1) || (prev.isWord() && k < t.size() && !t.get(k).spaceBefore());
            if (!qualifier) {
                break;
            }
            k--;
        }
        return k;
    }

    /** "a speedup of 3x", "memory savings of 4x", "a reduction of 40% in decoding latency". */
    private static Reading nounOf(TokenList t, int[] cues, Sentence s, List<Figure> list, Window w, int textStart,
            int after, int of, int floor) {
        if (of - 1 < floor || list.get(0).form() == Form.FRACTION) {
            return null;
        }
        int n = of - 1;
        if ((t.get(n).is("ratio") || t.get(n).is("rate") || t.get(n).is("factor")) && n - 1 >= floor) {
            n--; // "a speedup ratio of 2.7x"
        }
        int sl = SPEED.matchEndingAt(t, n);
        int gl = GAIN_NOUN.matchEndingAt(t, n);
        if (sl == 0 && gl > 0 && n - gl >= floor && THROUGHPUT_OR_SPEED.matchEndingAt(t, n - gl) > 0) {
            // "a throughput increase of 1.9 to 4.0 times": a gain noun on a speed noun names a speed-up
            sl = gl + THROUGHPUT_OR_SPEED.matchEndingAt(t, n - gl);
        }
        if (sl > 0) {
            int from = Math.max(floor, n - sl + 1 - 2);
            return new Reading(Kind.SPEEDUP, false, false, n - sl + 1, textStart - 1, from, of, after, w.last + 1,
                    null, null);
        }
        int rl = REDUCE.matchEndingAt(t, n);
        if (rl == 0) {
            rl = EFFICIENCY.matchEndingAt(t, n);
        }
        if (rl == 0) {
            return null;
        }
        int nounStart = n - rl + 1;
        int from = Math.max(floor, nounStart - 3);
        Window before = scan(t, cues, from, nounStart);
        if (w.time >= 0 || before.time >= 0) {
            return new Reading(Kind.SPEEDUP, true, false, before.time >= 0 ? before.time : nounStart, textStart - 1,
                    from, of, after, w.last + 1, null, null);
        }
        if (w.resource >= 0) {
            return new Reading(Kind.REDUCTION, true, false, nounStart, textStart - 1, from, of, after, w.last + 1,
                    resourceOf(t, after, w.last + 1), null);
        }
        if (before.resource >= 0) {
            return new Reading(Kind.REDUCTION, true, false, before.resource, textStart - 1, from, of, after,
                    w.last + 1, resourceOf(t, from, nounStart), null);
        }
        if (t.get(nounStart).is("compression") && list.get(0).form() == Form.MULTIPLIER) {
            // "a compression ratio of 3.95": what is compressed is not said, so its size (storage)
            return new Reading(Kind.REDUCTION, true, false, nounStart, textStart - 1, from, of, after, w.last + 1,
                    resourceOf(t, nounStart, of), null);
        }
        return null;
    }

    /**
     * A figure with no words of its own right after a claim of the same sentence: "a 7x improvement in
     * training speed and 9x in generation".
     */
    private static Reading ellipsis(TokenList t, int[] cues, Sentence s, List<Figure> list, Finding previous,
            int floor) {
        Figure first = list.get(0);
        int textStart = boundStart(t, first, floor);
        boolean joined = false;
        for (int k = textStart - 1; k >= Math.max(floor, textStart - 2); k--) {
            joined |= t.get(k).is("and") || t.get(k).isSymbol(',');
        }
        if (!joined || first.form() == Form.FRACTION || first.form() == Form.GROWTH) {
            return null;
        }
        int after = list.get(list.size() - 1).end();
        if (after >= s.endToken()) {
            return null;
        }
        Token next = t.get(after);
        // "up to 22.58× speedup ..., and up to 57.51× when combined with a cache", "2.1× on A and 3.4× on B":
        // a bare multiplier coordinated with a speed-up and followed by no words of its own continues it.
        if (previous.kind() == Kind.SPEEDUP && first.form() == Form.MULTIPLIER && !first.vague()
                && ELLIPSIS_NEXT.contains(next.lower())) {
            return new Reading(Kind.SPEEDUP, false, false, textStart, after - 1, textStart, textStart, after, after,
                    null, null);
        }
        if (!(next.is("in") || next.is("for") || next.is("during") || next.is("on"))) {
            return null;
        }
        Window w = scan(t, cues, after, Math.min(s.endToken(), after + 6));
        int aspectAt = -1;
        for (int k = after + 1; k < Math.min(s.endToken(), after + 6) && aspectAt < 0; k++) {
            if (aspectAt(t, k) != null) {
                aspectAt = k;
            }
        }
        if (previous.kind() == Kind.SPEEDUP && aspectAt >= 0) {
            return new Reading(Kind.SPEEDUP, false, false, textStart, aspectAt, textStart, textStart, after,
                    aspectAt + 1, null, null);
        }
        boolean reducing = previous.kind() == Kind.REDUCTION
                || (previous.percent() != null && previous.kind() == Kind.SPEEDUP && first.form() == Form.PERCENT
                        && REDUCE.find(t, s.firstToken(), previous.first() + 1) >= 0);
        if (reducing && w.resource >= 0) {
            return new Reading(Kind.REDUCTION, true, false, textStart, w.last, textStart, textStart, after,
                    w.last + 1, resourceOf(t, after, w.last + 1), null);
        }
        return null;
    }

    /** Whether a removal verb comes just before the list ("compress half of the heads"). */
    private static boolean removalBefore(List<Token> t, Figure first, int textStart, int floor) {
        for (int k = textStart - 1; k >= Math.max(floor, textStart - 3); k--) {
            if (REMOVAL.matchAt(t, k) > 0 || t.get(k).is("by")) {
                return true;
            }
        }
        return false;
    }

    private static boolean fits(PhraseSet set, List<Token> t, int k, int end) {
        int len = set.matchAt(t, k);
        return len > 0 && k + len <= end;
    }

    private static boolean isFigureToken(List<Token> t, int k) {
        Token tok = t.get(k);
        if (!tok.isNumber() || k + 1 >= t.size()) {
            return false;
        }
        return percentLength(t, k + 1) > 0 || suffixLength(t, k + 1) > 0;
    }

    private static boolean joinedSymbol(List<Token> t, int k) {
        Token tok = t.get(k);
        if (!(tok.isSymbol('-') || tok.isSymbol('/'))) {
            return false;
        }
        return !tok.spaceBefore() && k + 1 < t.size() && !t.get(k + 1).spaceBefore();
    }

    /** Reads the words of {@code [from, to)}, stopping at clause punctuation, a stop word or a number. */
    private static Window scan(TokenList t, int[] cues, int from, int to) {
        Window w = new Window();
        int k = from;
        while (k < to) {
            // Kind and cue flags without the token: a word that starts no phrase looked for costs two array reads.
            TokenKind kind = t.kind(k);
            if (kind == TokenKind.NUMBER || kind == TokenKind.URL) {
                break;
            }
            int cue = cues[k];
            int len = 0;
            if ((cue & SCAN_WORDS) != 0) {
                len = scanWords(w, t, k, cue);
            }
            if ((cue & ASPECT_WORD) != 0 && aspectAt(t, k) != null) {
                int al = aspectLength(t, k);
                w.last = Math.max(w.last, k + al - 1);
                len = Math.max(len, al);
            }
            if (len > 0) {
                k += len;
                continue;
            }
            if (kind == TokenKind.SYMBOL) {
                if (joinedSymbol(t, k)) {
                    k++;
                    continue;
                }
                break;
            }
            if ((cue & HEAD_STOP_WORD) != 0 && HEAD_STOP.contains(t, k)) {
                break;
            }
            k++;
        }
        w.end = k;
        return w;
    }

    /** {@link #scan}'s phrase look-ups at token {@code k}, each only where the cue flags allow; the longest length. */
    private static int scanWords(Window w, TokenList t, int k, int cue) {
        int len = 0;
        if ((cue & SPEED_WORD) != 0) {
            len = Math.max(len, mark(w, SPEED, t, k, 0));
        }
        if ((cue & TIME_WORD) != 0) {
            len = Math.max(len, mark(w, TIME, t, k, 1));
        }
        if ((cue & RESOURCE_WORD) != 0) {
            len = Math.max(len, mark(w, ANY_RESOURCE, t, k, 2));
        }
        if ((cue & REDUCE_WORD) != 0) {
            len = Math.max(len, mark(w, REDUCE, t, k, 3));
        }
        if ((cue & GAIN_WORD) != 0) {
            len = Math.max(len, mark(w, GAIN, t, k, 4));
        }
        if ((cue & QUALITY_WORD) != 0) {
            len = Math.max(len, mark(w, QUALITY, t, k, 5));
        }
        if ((cue & EFFICIENCY_WORD) != 0) {
            len = Math.max(len, mark(w, EFFICIENCY, t, k, 6));
        }
        if ((cue & COMPRESSION_WORD) != 0 && t.get(k).is("compression") && w.compression < 0) {
            w.compression = k;
        }
        return len;
    }

    private static int mark(Window w, PhraseSet set, List<Token> t, int k, int which) {
        int len = set.matchAt(t, k);
        if (len == 0) {
            return 0;
        }
        switch (which) {
            case 0 -> w.speed = w.speed < 0 ? k : w.speed;
            case 1 -> w.time = w.time < 0 ? k : w.time;
            case 2 -> w.resource = w.resource < 0 ? k : w.resource;
            case 3 -> w.reduce = w.reduce < 0 ? k : w.reduce;
            case 4 -> w.gain = w.gain < 0 ? k : w.gain;
            case 5 -> w.quality = w.quality < 0 ? k : w.quality;
            default -> w.efficiency = w.efficiency < 0 ? k : w.efficiency;
        }
        w.last = Math.max(w.last, k + len - 1);
        return len;
    }

    /** The first token of the list's text: its bound phrase ("more than a 3x") or the figure. */
    private static int boundStart(List<Token> t, Figure f, int floor) {
        Bounds.Match m = Bounds.before(t, f.start(), floor);
        if (m.bound() == Bound.EXACT && f.start() - 1 >= floor
                && (t.get(f.start() - 1).is("a") || t.get(f.start() - 1).is("an"))) {
            Bounds.Match m2 = Bounds.before(t, f.start() - 1, floor);
            if (m2.bound() != Bound.EXACT) {
                return m2.start();
            }
        }
        return m.start();
    }

    private static Bound boundOf(List<Token> t, Figure f, int floor, int end) {
        Bounds.Match m = Bounds.before(t, f.start(), floor);
        if (m.bound() == Bound.EXACT && f.start() - 1 >= floor
                && (t.get(f.start() - 1).is("a") || t.get(f.start() - 1).is("an"))) {
            m = Bounds.before(t, f.start() - 1, floor);
        }
        if (m.bound() != Bound.EXACT) {
            return m.bound();
        }
        if (f.end() < end && OR_MORE.matchAt(t, f.end()) > 0) {
            return Bound.AT_LEAST;
        }
        return f.vague() ? Bound.AT_LEAST : Bound.EXACT;
    }

    // ------------------------------------------------------------------ resources and aspects

    private static Resource resourceOf(List<Token> t, int from, int to) {
        for (int r = 0; r < RESOURCES.length; r++) {
            for (int k = Math.max(0, from); k < to && k < t.size(); k++) {
                if (fits(RESOURCES[r], t, k, to)) {
                    return RESOURCE_ORDER[r];
                }
            }
        }
        return Resource.STORAGE;
    }

    private static Resource nearestResource(List<Token> t, Sentence s, int at) {
        int best = Integer.MAX_VALUE;
        Resource res = null;
        for (int k = Math.max(s.firstToken(), at - RADIUS); k < Math.min(s.endToken(), at + RADIUS); k++) {
            int len = ANY_RESOURCE.matchAt(t, k);
            if (len > 0 && Math.abs(k - at) < best) {
                best = Math.abs(k - at);
                res = resourceOf(t, k, k + len);
            }
        }
        return res;
    }

    private static Aspect aspectAt(List<Token> t, int k) {
        return aspectAt(t, k, aspectCue(t, k));
    }

    /** {@link #aspectAt(List, int)} by the text's cue flags ({@code 0 <= k < t.size()}): most tokens start none. */
    private static Aspect aspectAt(List<Token> t, int[] cues, int k) {
        return (cues[k] & ASPECT_WORD) == 0 ? null : aspectAt(t, k);
    }

    /** The aspect starting at {@code k} among those of {@code cue} (bit {@code a} for aspect {@code a}). */
    private static Aspect aspectAt(List<Token> t, int k, int cue) {
        if (cue == 0) {
            return null;
        }
        int best = 0;
        Aspect a = null;
        for (int i = 0; i < ASPECTS.length; i++) {
            int len = (cue & (1 << i)) == 0 ? 0 : ASPECTS[i].matchAt(t, k);
            if (len > best) {
                best = len;
                a = ASPECT_ORDER[i];
            }
        }
        return a;
    }

    private static int aspectLength(List<Token> t, int k) {
        return aspectLength(t, k, aspectCue(t, k));
    }

    private static int aspectLength(List<Token> t, int k, int cue) {
        int best = 0;
        for (int i = 0; i < ASPECTS.length && cue != 0; i++) {
            if ((cue & (1 << i)) != 0) {
                best = Math.max(best, ASPECTS[i].matchAt(t, k));
            }
        }
        return best;
    }

    /** The {@link #ASPECT_CUES} of token {@code k}: the aspects that may start there; 0 outside the text. */
    private static int aspectCue(List<Token> t, int k) {
        return k < 0 || k >= t.size() ? 0 : ASPECT_CUES.at(t, k);
    }

    /** An aspect word that names a quality or follows "without" does not say what got faster. */
    private static boolean blocked(List<Token> t, int k, int len, int lo) {
        if (ASPECT_BLOCK_AFTER.matchAt(t, k + len) > 0 || NOT_ASPECT.matchAt(t, k) > 0) {
            return true;
        }
        for (int j = k - 1; j >= Math.max(lo, k - 3); j--) {
            if (ASPECT_BLOCK_BEFORE.matchAt(t, j) > 0) {
                return true;
            }
        }
        return false;
    }

    /** The first unblocked aspect word in {@code [from, to)}, or null. */
    private static Aspect aspectIn(List<Token> t, int[] cues, int from, int to, int lo) {
        for (int k = Math.max(0, from); k < to && k < t.size(); k++) {
            Aspect a = aspectAt(t, cues, k);
            if (a != null && !blocked(t, k, aspectLength(t, k), lo)) {
                return a;
            }
        }
        return null;
    }

    /** The last unblocked aspect word in {@code [from, to)}, the one nearest the figure, or null. */
    private static Aspect lastAspectIn(List<Token> t, int[] cues, int from, int to, int lo) {
        Aspect found = null;
        for (int k = Math.max(0, from); k < to && k < t.size(); k++) {
            Aspect a = aspectAt(t, cues, k);
            if (a != null && !blocked(t, k, aspectLength(t, k), lo)) {
                found = a;
            }
        }
        return found;
    }

    /** "generation speed", "decoding-phase latency": an aspect word right before a speed noun, at {@code k}. */
    private static boolean pairAt(List<Token> t, int k, int len, int end) {
        int j = k + len;
        if (j + 1 < end && t.get(j).isSymbol('-') && !t.get(j).spaceBefore()
                && (t.get(j + 1).is("phase") || t.get(j + 1).is("stage"))) {
            j += 2;
        }
        return j < end && t.get(j).spaceBefore() && ASPECT_SPEED_NOUN.matchAt(t, j) > 0;
    }

    /** "accelerating the decoding process", "speeds up inference": a speed verb before an aspect word. */
    private static boolean verbBefore(List<Token> t, int k, int lo) {
        for (int j = k - 1; j >= Math.max(lo, k - 3); j--) {
            int len = SPEED_VERB.matchAt(t, j);
            if (len > 0 && j + len <= k) {
                return true;
            }
        }
        return false;
    }

    /**
     * The aspect of a speed claim at token {@code at}: its own words, then an aspect paired with a speed noun
     * in the sentence, then any aspect word of the sentence, then an unambiguous previous sentence, then an
     * unambiguous "X speed" anywhere in the abstract.
     */
    private static Aspect aspectFor(TextView view, int[] cues, Sentence s, int at, int atEnd, int[] excludeFrom,
            int[] excludeTo, PairedAspects pairedInText) {
        TokenList t = view.tokens();
        int lo = Math.max(s.firstToken(), at - RADIUS);
        int hi = Math.min(s.endToken(), Math.max(at, atEnd) + RADIUS);
        int clauseFrom = at;
        while (clauseFrom > lo && !clauseBreak(t, cues, clauseFrom - 1)) {
            clauseFrom--;
        }
        int clauseTo = Math.max(at, atEnd);
        while (clauseTo < hi && !clauseBreak(t, cues, clauseTo)) {
            clauseTo++;
        }
        Aspect a = nearestAspect(t, cues, clauseFrom, clauseTo, s, at, true, excludeFrom, excludeTo);
        if (a == null) {
            a = nearestAspect(t, cues, clauseFrom, clauseTo, s, at, false, excludeFrom, excludeTo);
        }
        if (a == null) {
            a = nearestAspect(t, cues, lo, hi, s, at, true, excludeFrom, excludeTo);
        }
        if (a == null) {
            a = nearestAspect(t, cues, lo, hi, s, at, false, excludeFrom, excludeTo);
        }
        if (a != null) {
            return a;
        }
        if (s.index() > 0) {
            Sentence p = view.sentences().get(s.index() - 1);
            Set<Aspect> seen = new LinkedHashSet<>();
            for (int k = Math.max(p.firstToken(), p.endToken() - 2 * RADIUS); k < p.endToken(); k++) {
                Aspect pa = aspectAt(t, cues, k);
                if (pa != null && !blocked(t, k, aspectLength(t, k), p.firstToken())) {
                    seen.add(pa);
                }
            }
            if (seen.size() == 1) {
                return seen.iterator().next();
            }
            if (seen.size() > 1) {
                return null;
            }
        }
        Set<Aspect> paired = pairedInText.get(cues);
        return paired.size() == 1 ? paired.iterator().next() : null;
    }

    /**
     * The aspects the whole abstract names as "X speed" pairs, read once per abstract on first need: the
     * last resort of every figure, so reading it per figure would make the cost quadratic.
     */
    private static final class PairedAspects {
        private final TextView view;
        private Set<Aspect> paired;

        PairedAspects(TextView view) {
            this.view = view;
        }

        Set<Aspect> get(int[] cues) {
            if (paired == null) {
                List<Token> t = view.tokens();
                paired = new HashSet<>();
                for (int k = 0; k < t.size(); k++) {
                    Aspect ka = aspectAt(t, cues, k);
                    if (ka != null) {
                        int len = aspectLength(t, k);
                        Sentence ks = view.sentenceOf(t.get(k));
                        if (pairAt(t, k, len, ks.endToken()) && !blocked(t, k, len, ks.firstToken())) {
                            paired.add(ka);
                        }
                    }
                }
            }
            return paired;
        }
    }

    /** Punctuation and words that end a clause ("..., and generates data 166x faster"). */
    /** {@link #clauseBreak(Token)} at token {@code k}, the token read only for a symbol or a clause word. */
    private static boolean clauseBreak(TokenList t, int[] cues, int k) {
        return (t.kind(k) == TokenKind.SYMBOL || (cues[k] & CLAUSE_WORD) != 0) && clauseBreak(t.get(k));
    }

    private static boolean clauseBreak(Token tok) {
        return tok.isSymbol(',') || tok.isSymbol(';') || tok.isSymbol(':') || tok.isSymbol('(') || tok.isSymbol(')')
                || tok.is("while") || tok.is("whereas") || tok.is("and") || tok.is("but");
    }

    /**
     * The aspect word in {@code [from, to)} nearest to {@code at}: only those paired with a speed word
     * ("generation speed", "accelerating decoding") when {@code paired}, else any unblocked one.
     */
    private static Aspect nearestAspect(List<Token> t, int[] cues, int from, int to, Sentence s, int at,
            boolean paired, int[] excludeFrom, int[] excludeTo) {
        Aspect best = null;
        int bestDist = Integer.MAX_VALUE;
        for (int k = from; k < to; k++) {
            Aspect a = aspectAt(t, cues, k);
            if (a == null || excluded(k, excludeFrom, excludeTo)) {
                continue;
            }
            int len = aspectLength(t, k);
            if (blocked(t, k, len, s.firstToken())) {
                continue;
            }
            if (paired && !pairAt(t, k, len, s.endToken()) && !verbBefore(t, k, s.firstToken())) {
                continue;
            }
            if (Math.abs(k - at) < bestDist) {
                best = a;
                bestDist = Math.abs(k - at);
            }
        }
        return best;
    }

    private static boolean excluded(int k, int[] from, int[] to) {
        for (int i = 0; i < from.length; i++) {
            if (k >= from[i] && k < to[i]) {
                return true;
            }
        }
        return false;
    }

    /** "in the pre-filling and generation stages": the aspects listed after "in" within the window. */
    private static List<Aspect> aspectList(List<Token> t, int from, int to, int end) {
        for (int k = from; k < to; k++) {
            Token tok = t.get(k);
            if (!(tok.is("in") || tok.is("for") || tok.is("during"))) {
                continue;
            }
            List<Aspect> out = new ArrayList<>();
            int j = k + 1;
            if (j < end && (t.get(j).is("the") || t.get(j).is("its"))) {
                j++;
            }
            while (j < end) {
                Aspect a = aspectAt(t, j);
                if (a == null) {
                    break;
                }
                out.add(a);
                j += aspectLength(t, j);
                int cl = j < end ? LIST.matchAt(t, j) : 0;
                if (cl == 0) {
                    break;
                }
                j += cl;
            }
            return out;
        }
        return List.of();
    }

    // ------------------------------------------------------------------ baselines

    /** "enhances the SDM generation speed by 40%": a name between "the" and the measured words. */
    private static String ownBaseline(List<Token> t, int from, int to) {
        for (int k = from; k + 2 < to; k++) {
            if (!t.get(k).is("the")) {
                continue;
            }
            int j = k + 1;
            while (j < to && isName(t.get(j)) && !GENERIC.contains(t, j)) {
                j++;
            }
            if (j > k + 1 && j < to && (aspectAt(t, j) != null || SPEED.matchAt(t, j) > 0
                    || TIME.matchAt(t, j) > 0)) {
                return text(t, k + 1, j - 1, null);
            }
        }
        return null;
    }

    private static boolean isName(Token tok) {
        if (!tok.isWord() || tok.text().isEmpty()) {
            return false;
        }
        return Character.isUpperCase(tok.text().charAt(0)) || hasUpperAfterFirst(tok.text());
    }

    private static boolean hasUpperAfterFirst(String s) {
        for (int i = 1; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code j} ends a multiplier figure ("7x", "7 ×", "7 times"). */
    private static boolean afterMultiplier(List<Token> t, int j) {
        if (j < 1) {
            return false;
        }
        Token m = t.get(j);
        return (m.is("x") || m.isSymbol('×') || m.is("times") || m.is("fold")) && t.get(j - 1).isNumber();
    }

    /** A baseline cue at {@code k}: its length, or 0 when the word is no comparison here. */
    private static int cueAt(List<Token> t, int k, int end) {
        int len = CUE.matchAt(t, k);
        if (len == 0 || k + len >= end) {
            return 0;
        }
        Token c = t.get(k);
        Token next = t.get(k + len);
        if (next.isNumber() || Bounds.startingAt(t, k + len) != null || !Double.isNaN(NumberWords.value(next))) {
            return 0;
        }
        Token prev = k > 0 ? t.get(k - 1) : null;
        // "more than 2x" and "lower than the baseline's quality" are no baselines, but a comparative right after
        // a multiplier compares with what follows: "7x smaller than SDXL".
        if (c.is("than") && prev != null && NOT_A_THAN.contains(prev.lower()) && !afterMultiplier(t, k - 2)) {
            return 0;
        }
        if (c.is("as") && (prev == null || SPEED.matchEndingAt(t, k - 1) == 0)) {
            return 0;
        }
        if (c.is("over")) {
            boolean speedBefore = false;
            for (int j = k - 1; j >= Math.max(0, k - 2); j--) {
                speedBefore |= SPEED.matchAt(t, j) > 0 || GAIN.matchAt(t, j) > 0 || REDUCE.matchAt(t, j) > 0
                        || isFigureToken(t, j) || t.get(j).is("x") || t.get(j).isSymbol('×') || t.get(j).is("times");
            }
            if (!speedBefore) {
                return 0;
            }
        }
        return len;
    }

    /** The baseline noun phrase that starts at {@code from}: {@code {first, last}} token indices, or null. */
    private static int[] nounPhrase(List<Token> t, int from, int end) {
        int k = from;
        while (k < end && ARTICLE.contains(t, k)) {
            k++;
        }
        int start = k;
        int last = -1;
        while (k < end && k - start < NP_WINDOW) {
            Token tok = t.get(k);
            if (tok.kind() == TokenKind.SYMBOL) {
                if (joinedSymbol(t, k) && last == k - 1) {
                    k++;
                    continue;
                }
                break;
            }
            if (tok.kind() == TokenKind.URL) {
                break;
            }
            if (tok.isNumber()) {
                // "DiT-XL/2", "GPT-4"; a spaced version number only inside a name ("the MLPerf 1.1 record")
                boolean inside = k > start && (!tok.spaceBefore() || (k + 1 < end && t.get(k + 1).isWord()
                        && !NP_STOP.contains(t, k + 1) && !isFigureToken(t, k)
                        && SUFFIX.matchAt(t, k + 1) == 0));
                if (inside) {
                    last = k++;
                    continue;
                }
                break;
            }
            String w = tok.lower();
            if ((w.equals("and") || w.equals("or") || w.equals("&")) && k > start && k + 1 < end) {
                Token n = t.get(k + 1);
                if (n.isWord() && (isName(n) || AND_CONTINUE.contains(t, k + 1))) {
                    k++;
                    continue;
                }
                break;
            }
            if (k > start && NP_STOP.contains(t, k)) {
                break;
            }
            if (k == start && NP_STOP.contains(t, k)) {
                return null;
            }
            last = k++;
        }
        return last < start ? null : new int[] {start, last};
    }

    private record Baseline(int first, int last, List<String> parts, boolean adjacent) {
    }

    /**
     * What a list is compared with: the first cue after it in the sentence, else the nearest before it, else a
     * named "X baseline" of the sentence.
     */
    private static Baseline baselineFor(TextView view, int[] cues, Sentence s, int textStart, int headEnd,
            int nFigures, int cueLimit, int ownFloor) {
        TokenList t = view.tokens();
        int end = s.endToken();
        int forwardEnd = Math.min(end, headEnd + 1 + RADIUS);
        for (int k = headEnd + 1; k < forwardEnd; k++) {
            if (newClause(t, k)) {
                // ", and improves throughput by 45% over vLLM": a cue after a new verb is that clause's own.
                break;
            }
            int len = (cues[k] & CUE_WORD) != 0 ? cueAt(t, k, end) : 0;
            if (len > 0) {
                int[] np = nounPhrase(t, k + len, end);
                if (np != null) {
                    return baseline(t, np, nFigures, k == headEnd + 1);
                }
            }
        }
        // A cue before an earlier claim of the sentence belongs to the whole sentence ("Compared to X, A is 2x
        // faster and uses 3x less memory"); one after it belongs to that claim.
        int backFloor = Math.max(s.firstToken(), textStart - RADIUS);
        for (int k = Math.min(textStart, cueLimit) - 1; k >= backFloor; k--) {
            int len = (cues[k] & CUE_WORD) != 0 ? cueAt(t, k, end) : 0;
            if (len > 0) {
                int[] np = nounPhrase(t, k + len, textStart);
                if (np != null) {
                    return baseline(t, np, nFigures, false);
                }
            }
        }
        // "outperforms SGLang with up to 2x higher throughput": the compared thing of a comparison verb whose
        // "with" or "by" leads straight to the claim is its baseline.
        for (int k = textStart - 1; k >= Math.max(backFloor, ownFloor); k--) {
            int len = (cues[k] & OUTPERFORM_WORD) != 0 ? OUTPERFORM.matchAt(t, k) : 0;
            if (len > 0) {
                int[] np = nounPhrase(t, k + len, textStart);
                if (np != null && np[1] + 2 == textStart
                        && (t.get(np[1] + 1).is("with") || t.get(np[1] + 1).is("by"))) {
                    return baseline(t, np, nFigures, false);
                }
                break;
            }
        }
        for (int k = Math.max(s.firstToken() + 1, textStart - RADIUS); k < forwardEnd; k++) {
            if ((cues[k] & BASELINE_NOUN_WORD) != 0 && BASELINE_NOUN.contains(t, k) && isName(t.get(k - 1))
                    && k - 1 > s.firstToken()) {
                int first = k - 1;
                while (first - 1 > s.firstToken() && isName(t.get(first - 1))) {
                    first--;
                }
                return new Baseline(first, k, List.of(text(t, first, k, null)), false);
            }
        }
        return null;
    }

    /**
     * Whether a new clause with its own verb starts at {@code k}: a comma, then "and" (or "while", "whereas",
     * "but"), then a lower-case third-person verb ("improves", "reduces", "achieves"). Coordinated noun
     * phrases ("a 3.6x increase in speed and an 8.2x gain in memory efficiency compared to X") share a cue;
     * coordinated clauses do not.
     */
    private static boolean newClause(TokenList t, int k) {
        if (k + 2 >= t.size() || t.kind(k) != TokenKind.SYMBOL || !t.get(k).isSymbol(',')) {
            return false;
        }
        String conj = t.get(k + 1).lower();
        if (!conj.equals("and") && !conj.equals("while") && !conj.equals("whereas") && !conj.equals("but")) {
            return false;
        }
        Token verb = t.get(k + 2);
        String w = verb.text();
        return verb.isWord() && w.length() > 3 && Character.isLowerCase(w.charAt(0)) && w.endsWith("s")
                && !w.endsWith("ss") && !w.endsWith("ous");
    }

    private static Baseline baseline(List<Token> t, int[] np, int nFigures, boolean adjacent) {
        int first = np[0];
        int last = np[1];
        // "the strongest baseline DD1": the name after the word "baseline" is the baseline.
        for (int k = first; k < last; k++) {
            if (BASELINE_NOUN.contains(t, k) && isName(t.get(k + 1))) {
                first = k + 1;
                break;
            }
        }
        List<String> parts = new ArrayList<>();
        if (nFigures > 1) {
            int from = first;
            for (int k = first; k <= last; k++) {
                Token tok = t.get(k);
                if (tok.is("and") || tok.is("or") || tok.isSymbol(',') || tok.is("&")) {
                    if (k > from) {
                        parts.add(text(t, from, k - 1, null));
                    }
                    from = k + 1;
                }
            }
            if (from <= last) {
                parts.add(text(t, from, last, null));
            }
        }
        if (parts.size() != nFigures) {
            parts = List.of(text(t, first, last, null));
        }
        return new Baseline(first, last, parts, adjacent);
    }

    private static String text(List<Token> t, int first, int last, String fallback) {
        return first > last ? fallback : TokenText.of(t, first, last);
    }

    // ------------------------------------------------------------------ findings

    private static List<Finding> attach(TextView view, int[] cues, Sentence s, List<Figure> list, Reading r,
            int floor, int cueLimit, PairedAspects pairedInText) {
        TokenList t = view.tokens();
        int n = list.size();
        int headEnd = Math.max(r.headEnd(), list.get(n - 1).end() - 1);
        Baseline b = r.ownBaseline() != null ? null : baselineFor(view, cues, s, r.textStart(), headEnd, n,
                cueLimit, floor);
        int textEnd = headEnd;
        if (b != null && b.adjacent()) {
            textEnd = Math.max(textEnd, b.last());
        }
        List<Aspect> aspects = List.of();
        Aspect shared = null;
        if (r.kind() == Kind.SPEEDUP) {
            aspects = aspectList(t, r.winFrom(), Math.max(r.winFrom(), r.winTo()), s.endToken());
            if (aspects.size() != n) {
                aspects = List.of();
                shared = aspectIn(t, cues, r.winFrom(), r.winTo(), s.firstToken());
                if (shared == null) {
                    shared = lastAspectIn(t, cues, r.objFrom(), r.objTo(), s.firstToken());
                }
                if (shared == null && (THROUGHPUT.find(t, r.winFrom(), r.winTo()) >= 0
                        || THROUGHPUT.find(t, r.objFrom(), r.objTo()) >= 0)) {
                    shared = Aspect.INFERENCE;
                }
                if (shared == null) {
                    int[] exFrom = b == null ? new int[0] : new int[] {b.first()};
                    int[] exTo = b == null ? new int[0] : new int[] {b.last() + 1};
                    shared = aspectFor(view, cues, s, list.get(0).start(), headEnd, exFrom, exTo, pairedInText);
                }
            }
        }
        Bound sharedBound = boundOf(t, list.get(0), floor, s.endToken());
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Figure f = list.get(i);
            Bound bound = i == 0 ? sharedBound : boundOf(t, f, list.get(i - 1).end(), s.endToken());
            if (bound == Bound.EXACT) {
                bound = sharedBound;
            }
            double factor = factor(f.value(), f.form(), r);
            Double max = f.max() == null ? null : factor(f.max(), f.form(), r);
            if (!(factor > 1) || Double.isInfinite(factor) || Double.isNaN(factor)) {
                continue;
            }
            if (max != null && !(max > factor && Double.isFinite(max))) {
                max = null;
            }
            Double percent = f.form() == Form.PERCENT ? f.value() : null;
            Aspect aspect = aspects.isEmpty() ? shared : aspects.get(i);
            String baseline = r.ownBaseline() != null ? r.ownBaseline()
                    : b == null ? null : b.parts().size() == n ? b.parts().get(i) : b.parts().get(0);
            int first = i == 0 ? Math.min(r.textStart(), boundStart(t, f, floor)) : boundStart(t, f,
                    list.get(i - 1).end());
            int last = Math.max(textEnd, f.end() - 1);
            first = Math.max(0, Math.min(first, f.start()));
            last = Math.min(t.size() - 1, last);
            out.add(new Finding(r.kind(), first, last, factor, max, bound, percent,
                    r.kind() == Kind.SPEEDUP ? aspect : null, r.kind() == Kind.REDUCTION ? r.resource() : null,
                    baseline));
        }
        return out;
    }

    /** The factor a figure gives; NaN when it gives none (a reduction of 100% or more). */
    private static double factor(double v, Form form, Reading r) {
        return switch (form) {
            case PERCENT -> {
                if (r.kept()) {
                    yield v >= 100 || v <= 0 ? Double.NaN : round(100 / v, 3);
                }
                if (r.reduce()) {
                    yield v >= 100 || v <= 0 ? Double.NaN : round(1 / (1 - v / 100), 3);
                }
                yield round(1 + v / 100, 4);
            }
            case FRACTION -> {
                if (v <= 0 || v >= 1) {
                    yield Double.NaN;
                }
                yield round(r.removal() ? 1 / (1 - v) : 1 / v, 3);
            }
            default -> v;
        };
    }

    private static double round(double v, int places) {
        double p = Math.pow(10, places);
        return Math.round(v * p) / p;
    }

    /**
     * A figure stated twice for the same thing is one claim: keep the first. Equal figures of one sentence are
     * two claims when they end differently ("2x higher throughput, 2x lower TTFT"); a restatement comes in
     * another sentence, or repeats within one list. Findings are indexed by kind, factors, resource and
     * aspect; per index at most two sentences and the set of (sentence, end) pairs are remembered, so the
     * cost stays linear.
     */
    /** What makes two findings the same figure for {@link #dedupe}: a record, so no string is built per finding. */
    private record SameFigure(Kind kind, double factor, Double factorMax, Resource resource) {
    }

    /**
     * Up to this many findings (every real abstract), {@link #dedupe} compares each with the figures kept so far
     * in a list: a few field compares instead of hashing a key and building maps per abstract. Beyond, it
     * indexes them by figure, so that a text of many figures stays linear.
     */
    private static final int DEDUPE_BY_LIST = 32;

    private static List<Finding> dedupe(List<Token> t, List<Finding> in) {
        if (in.size() <= 1) {
            return in; // the first finding is never a repeat
        }
        return in.size() <= DEDUPE_BY_LIST ? dedupeByList(t, in) : dedupeIndexed(t, in);
    }

    /**
     * {@link #dedupe} with the figures seen kept in a list: the same answer as {@link #dedupeIndexed}, which
     * keeps, per figure, its aspects in a map; here each aspect of a figure is an entry of the list.
     */
    static List<Finding> dedupeByList(List<Token> t, List<Finding> in) {
        List<Finding> out = new ArrayList<>(in.size());
        List<Finding> figures = new ArrayList<>();
        List<Seen> seen = new ArrayList<>();
        for (Finding f : in) {
            int sentence = t.get(f.first()).sentence();
            long here = ((long) sentence << 32) | f.last();
            boolean dup = false;
            Seen same = null;
            for (int e = 0; e < figures.size() && !dup; e++) {
                Finding g = figures.get(e);
                if (!sameFigure(g, f)) {
                    continue;
                }
                Seen o = seen.get(e);
                if (g.aspect() == f.aspect()) {
                    same = o;
                }
                boolean compatible = g.aspect() == null || f.aspect() == null || g.aspect() == f.aspect();
                dup = compatible && (o.first != sentence || o.second >= 0 && o.second != sentence
                        || o.ends.contains(here));
            }
            if (dup) {
                continue;
            }
            out.add(f);
            if (same == null) {
                same = new Seen(sentence);
                figures.add(f);
                seen.add(same);
            }
            if (same.first != sentence && same.second < 0) {
                same.second = sentence;
            }
            same.ends.add(here);
        }
        return out;
    }

    /** Whether two findings are the same figure as {@link SameFigure} compares them. */
    private static boolean sameFigure(Finding a, Finding b) {
        return a.kind() == b.kind() && Double.compare(a.factor(), b.factor()) == 0
                && java.util.Objects.equals(a.factorMax(), b.factorMax()) && a.resource() == b.resource();
    }

    /** {@link #dedupe} with the figures seen indexed by figure, then by aspect. */
    static List<Finding> dedupeIndexed(List<Token> t, List<Finding> in) {
        List<Finding> out = new ArrayList<>();
        Map<SameFigure, Map<Aspect, Seen>> seen = new HashMap<>();
        for (Finding f : in) {
            SameFigure key = new SameFigure(f.kind(), f.factor(), f.factorMax(), f.resource());
            Map<Aspect, Seen> byAspect = seen.computeIfAbsent(key, k -> new HashMap<>());
            int sentence = t.get(f.first()).sentence();
            long here = ((long) sentence << 32) | f.last();
            boolean dup = false;
            for (Map.Entry<Aspect, Seen> e : byAspect.entrySet()) {
                boolean compatible = e.getKey() == null || f.aspect() == null || e.getKey() == f.aspect();
                Seen o = e.getValue();
                if (compatible && (o.first != sentence || o.second >= 0 && o.second != sentence
                        || o.ends.contains(here))) {
                    dup = true;
                    break;
                }
            }
            if (dup) {
                continue;
            }
            out.add(f);
            Seen o = byAspect.computeIfAbsent(f.aspect(), k -> new Seen(sentence));
            if (o.first != sentence && o.second < 0) {
                o.second = sentence;
            }
            o.ends.add(here);
        }
        return out;
    }

    /** The sentences (at most two) and (sentence, last token) pairs of the kept findings of one index. */
    private static final class Seen {
        final int first;
        int second = -1;
        final Set<Long> ends = new HashSet<>();

        Seen(int first) {
            this.first = first;
        }
    }
}

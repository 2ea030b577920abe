package org.paperclaims.extractors.result;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.paperclaims.extractors.internal.Bounds;
import org.paperclaims.extractors.internal.CueFlags;
import org.paperclaims.extractors.internal.PhraseSet;
import org.paperclaims.extractors.internal.Vocabulary;
import org.paperclaims.model.DatasetClaim;
import org.paperclaims.model.ResultClaim;
import org.paperclaims.pipeline.Document;
import org.paperclaims.pipeline.Extractor;
import org.paperclaims.pipeline.Key;
import org.paperclaims.text.Sentence;
import org.paperclaims.text.TextView;
import org.paperclaims.text.Token;
import org.paperclaims.text.TokenKind;
import org.paperclaims.text.TokenList;

/**
 * Finds quality figures ({@code result} claims): "an FID of 2.05", "2.96 gFID", "0.77 FAD on AudioCaps",
 * "FID from 18.65 to 1.80", "a 0.38% drop in accuracy", "an FID_b improvement of 11.6 and 3.7",
 * "outperforms VAR by 0.19", "1.81x lower mean-squared-error".
 *
 * <p>Normalisation rules (vocabulary in {@code results.txt}):
 * <ul>
 * <li>metric: the metric name as written ("Frechet inception distance (FID)" gives {@code FID}), with a
 *     modifier written before it ("average accuracy", "top-1 accuracy"); for a change of a generic quality
 *     noun ("quality", "performance", "gap") or of points without a metric, {@code null}; a margin
 *     ("outperforms X by 0.4") takes the metric of the sentence's previous result.</li>
 * <li>value: the figure reached as written ("X of V", "V X", "(V X)", "X V", "X to V", B in "from A to B"
 *     and in "A → B"), or {@code null} when only a change is stated; {@code from}: A in "from A to B" and
 *     "A → B" (whose metric is the sentence's latest one before it).</li>
 * <li>delta: a stated change ("X improvement of V", "V% drop in X", "V point X increase", "improves X by
 *     V", "by V points", "V points in X", "a loss of V D X" with a data set's name D between), signed so that positive means better: improvement words are
 *     positive, degradation words negative, and "increase"/"drop"-like words follow the metric's
 *     direction (an FID increase or an accuracy drop is negative, an error reduction positive).</li>
 * <li>unit: {@code %} when the figure is written as a percentage, else {@code null}.</li>
 * <li>lists: "FID of 2.05 at 256x256 and 2.53 at 512x512", "by 0.4/0.19", "of 11.6 and 3.7" give one
 *     result per figure with the same metric; an enumeration closed by "and" before a change word
 *     ("2.1%, 2.4%, and 2.5% accuracy gains", "0.9% and 0.7% drops on D") gives one change per figure, whose
 *     data sets pair in order with "on A, B, and C, respectively" (or with the data sets named before the
 *     list when "respectively" follows it) when the counts match, else share the last figure's data set;
 *     slash groups "2.20 dB/23.25 and 1.34 dB/19.16 in PSNR/FID" pair each member with the metric in the
 *     same place of the slash list.</li>
 * <li>units of quality: "dB" after a figure belongs to it ("1.39dB PSNR gain", unit {@code null});
 *     "percentage points" is a change in {@code %} ("7.6 percentage points higher than X": delta 7.6).</li>
 * <li>retained share: "retains 97% of the baseline accuracy", "maintaining 95.0% model performance" give
 *     value 97 (unit %) with the quality noun that ends the phrase as metric ({@code accuracy},
 *     {@code performance}), and a data set only when "on D" follows; verbs and nouns in
 *     {@code results.txt}.</li>
 * <li>dataset: for a figure in parentheses, the data set named just before them ("CIFAR-10 (FID 1.54)");
 *     else the canonical name of a dataset claim mentioned after the figure in its sentence ("on
 *     ImageNet"), else before it in the sentence, else the only one of the previous sentence; else
 *     {@code null}.</li>
 * <li>not results: a figure with "x"/"times" (a ratio, except "V× lower X" of a metric), changes of speed,
 *     memory, cost or other resources ("increases generation speed by 22.4%"), percentages of a change
 *     without a metric or quality noun, and "from A to B" of anything but a quality.</li>
 * </ul>
 */
public final class ResultExtractor implements Extractor {
    private static final Vocabulary VOCAB = Vocabulary.load("results.txt");
    private static final Set<String> QUALITY = hashed(VOCAB.words("quality-nouns"));
    private static final Set<String> BETTER = hashed(VOCAB.words("better"));
    private static final Set<String> WORSE = hashed(VOCAB.words("worse"));
    private static final Set<String> UP = hashed(VOCAB.words("up"));
    private static final Set<String> DOWN = hashed(VOCAB.words("down"));
    private static final Set<String> DROPS = hashed(VOCAB.words("quality-drops"));
    private static final PhraseSet NOT_QUALITY = VOCAB.phrases("not-quality");
    private static final Set<String> RETAIN = hashed(VOCAB.words("retain-verbs"));
    private static final Set<String> RETAINED = hashed(VOCAB.words("retained-nouns"));
    private static final Set<String> CONNECTORS = hashed(Set.of("of", "=", ":", "is", "reaches", "reaching", "to",
            "≈"));
    private static final Set<String> RATIO = hashed(Set.of("x", "×", "times", "fold"));
    private static final Set<String> LIST_STOPS = hashed(Set.of("with", "while", "which", "whereas", ";", "(", "than",
            "compared", "respectively", "but", "outperforming"));
    // Cue flags (see CueFlags): which word lists a token is in, read by its word id, so the patterns test a token
    // against a list with two array reads instead of hashing its text per list. Read per token asked (the
    // patterns ask about a few tokens around each figure), not for the whole text.
    private static final int BETTER_WORD = 1;
    private static final int UP_WORD = 1 << 1;
    private static final int WORSE_WORD = 1 << 2;
    private static final int DOWN_WORD = 1 << 3;
    private static final int QUALITY_WORD = 1 << 4;
    private static final int RETAIN_WORD = 1 << 5;
    private static final int RETAINED_WORD = 1 << 6;
    private static final int LIST_STOP_WORD = 1 << 7;
    private static final int CONNECTOR_WORD = 1 << 8;
    private static final int RATIO_WORD = 1 << 9;
    private static final int DROP_WORD = 1 << 10;
    /** A first word of a {@link #NOT_QUALITY} phrase. */
    private static final int NOT_QUALITY_WORD = 1 << 11;
    private static final CueFlags WORD_CUES = new CueFlags()
            .words(BETTER_WORD, BETTER)
            .words(UP_WORD, UP)
            .words(WORSE_WORD, WORSE)
            .words(DOWN_WORD, DOWN)
            .words(QUALITY_WORD, QUALITY)
            .words(RETAIN_WORD, RETAIN)
            .words(RETAINED_WORD, RETAINED)
            .words(LIST_STOP_WORD, LIST_STOPS)
            .words(CONNECTOR_WORD, CONNECTORS)
            .words(RATIO_WORD, RATIO)
            .words(DROP_WORD, DROPS)
            .phrases(NOT_QUALITY_WORD, VOCAB.entries("not-quality"));
    /** How far back a change word or metric is looked for before "by V". */
    private static final int BY_WINDOW = 16;
    /** How far a list of figures sharing one metric may run. */
    private static final int LIST_WINDOW = 8;
    /** How many words may stand between a retained percentage and its quality noun. */
    private static final int RETAINED_WINDOW = 7;

    @Override
    public String id() {
        return "result";
    }

    @Override
    public Set<Key<?>> requires() {
        return Set.of(Key.claims(DatasetClaim.class));
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(Key.claims(ResultClaim.class));
    }

    @Override
    public void extract(Document document) {
        TextView view = document.text();
        TokenList tokens = view.tokens();
        // Made at the first figure: a text without one allocates nothing and reads no dataset claim.
        Datasets datasets = null;
        boolean[] used = null;
        List<Sentence> sentences = view.sentences();
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            // Most sentences have no figure: their scan is never made.
            Scan scan = null;
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                // A number is written with an ASCII digit: the shape byte (shape and kind) turns other tokens away
                // unread.
                if ((tokens.shape(i) & TokenList.DIGIT) != 0 && tokens.kind(i) == TokenKind.NUMBER
                        && (used == null || !used[i])) {
                    if (scan == null) {
                        if (used == null) {
                            datasets = new Datasets(view, document.claims(DatasetClaim.class));
                            used = new boolean[view.size()];
                        }
                        scan = new Scan(view, s, used, datasets);
                    }
                    scan.figure(i);
                }
            }
            if (scan == null) {
                continue;
            }
            for (Found f : scan.found) {
                // A retained share is relative to a reference model: its data set only when named right after it.
                Token next = view.token(f.last + 1);
                String dataset = scan.fixed.containsKey(f) ? scan.fixed.get(f)
                        : scan.shares.contains(f) && (next == null || !next.is("on"))
                        ? null : datasets.forFigure(s, f.first, f.figure, f.last, f.metric != null);
                int start = view.token(f.first).start();
                int end = view.token(f.last).end();
                document.add(new ResultClaim(view.original().substring(start, end), start, end, f.metric, f.value,
                        f.unit, f.from, f.delta, dataset));
            }
        }
    }

    /** One result before its dataset is known. */
    private record Found(int first, int last, int figure, String metric, Double value, String unit, Double from,
            Double delta) {
    }

    /** The patterns of one sentence; remembers the sentence's previous result for margins and lists. */
    private static final class Scan {
        private final TextView view;
        private final TokenList tokens;
        private final int floor;
        private final int ceiling;
        private final boolean[] used;
        private final List<Found> found = new ArrayList<>();
        /** The retained shares among {@link #found}. */
        private final List<Found> shares = new ArrayList<>();
        /** Results of an enumeration whose data set is decided by the list ("on A, B and C, respectively"). */
        private final Map<Found, String> fixed = new IdentityHashMap<>();
        private final Sentence sentence;
        private final Datasets datasets;
        private Metrics.Mention lastMetric;
        /** The end of the last "by V" margin and its sign, for "... by 0.4 and Y by 1.82". */
        private int lastMarginEnd = -1;
        private int lastMarginSign;
        /** The end of the last change in points, for "1 point gain in A, up to 4 points on B". */
        private int lastPointsEnd = -1;
        private int lastPointsSign;
        /** The figure whose bound start {@link #boundStart} holds, and that start. */
        private int boundFigure = Integer.MIN_VALUE;
        private int boundStart;

        Scan(TextView view, Sentence s, boolean[] used, Datasets datasets) {
            this.view = view;
            this.sentence = s;
            this.datasets = datasets;
            this.tokens = view.tokens();
            this.floor = s.firstToken();
            this.ceiling = s.endToken();
            this.used = used;
        }

        void figure(int i) {
            // A number inside a hyphenated name is no figure: "top-1", "GPT-2", "Llama-3".
            Token p = view.token(i - 1);
            Token pp = view.token(i - 2);
            if (p != null && pp != null && p.isSymbol('-') && view.joined(p, tokens.get(i)) && view.joined(pp, p)
                    && pp.isWord()) {
                return;
            }
            if (isRatio(i)) {
                ratioOfMetric(i);
                return;
            }
            if (retainedShare(i) || slashPairs(i) || arrow(i) || fromTo(i) || metricOfValue(i) || margin(i) || valueMetric(i) || ratioOfMetric(i)
                    || pointsInList(i) || metricThenValue(i) || signedOn(i)) {
                return;
            }
        }

        // ---- patterns ----

        /**
         * "retains 99% of the zero-shot performance", "preserving 96.7% of the original models' performance",
         * "maintaining 95.0% model performance": a share of the reference's quality kept, whose metric is the
         * quality noun that ends the short phrase after the percentage.
         */
        private boolean retainedShare(int i) {
            int b = boundStart(i);
            if (b - 1 < floor || !is(b - 1, RETAIN_WORD, RETAIN) || !percent(i)) {
                return false;
            }
            int end = Math.min(ceiling, i + 2 + RETAINED_WINDOW);
            for (int k = i + 2; k < end; k++) {
                Token t = tokens.get(k);
                if (is(k, RETAINED_WORD, RETAINED)) {
                    Found f = new Found(b - 1, k, i, t.text(), tokens.get(i).number(), "%", null, null);
                    add(f, null);
                    shares.add(f);
                    return true;
                }
                // Only the words of a short noun phrase ("of the dense model’s") may come between.
                if (!t.isWord() && !t.isSymbol('’') && !t.isSymbol('\'') && !t.isSymbol('-')) {
                    return false;
                }
            }
            return false;
        }

        /**
         * "improvements of 2.20 dB/23.25 and 1.34 dB/19.16 in PSNR/FID", "reaches 31.2/0.91 in PSNR/SSIM": groups
         * of slash-joined figures whose members pair in order with a slash list of metrics after "in". A change
         * word before "of" or "by" makes them changes, signed by each metric's direction; else they are values.
         */
        private boolean slashPairs(int i) {
            List<List<Integer>> groups = new ArrayList<>();
            int a = i;
            while (groups.size() < LIST_WINDOW) {
                List<Integer> g = new ArrayList<>();
                g.add(a);
                int e = afterFigure(a);
                while (g.size() < LIST_WINDOW && e + 1 < ceiling && tokens.get(e).isSymbol('/')
                        && view.joined(tokens.get(e - 1), tokens.get(e)) && view.joined(tokens.get(e), tokens.get(e + 1))
                        && tokens.get(e + 1).isNumber()) {
                    g.add(e + 1);
                    e = afterFigure(e + 1);
                }
                if (g.size() < 2 || !groups.isEmpty() && g.size() != groups.get(0).size()) {
                    return false;
                }
                groups.add(g);
                a = e;
                int next = a < ceiling && (tokens.get(a).is("and") || tokens.get(a).isSymbol(',')) ? a + 1 : -1;
                if (next >= 0 && next < ceiling && tokens.get(next).is("and")) {
                    next++;
                }
                if (next < 0 || next >= ceiling || !tokens.get(next).isNumber()) {
                    break;
                }
                a = next;
            }
            int n = groups.get(0).size();
            if (a + 1 >= ceiling || !tokens.get(a).is("in")) {
                return false;
            }
            List<Metrics.Mention> metrics = new ArrayList<>();
            int k = a + 1;
            while (metrics.size() < n) {
                Metrics.Mention m = Metrics.startingAt(view, k, floor, ceiling);
                if (m == null) {
                    return false;
                }
                metrics.add(m);
                k = m.last() + 1;
                if (metrics.size() < n) {
                    if (k + 1 >= ceiling || !tokens.get(k).isSymbol('/')) {
                        return false;
                    }
                    k++;
                }
            }
            int b = boundStart(i);
            String change = null;
            int first = i;
            if (b - 1 >= floor && (tokens.get(b - 1).is("of") || tokens.get(b - 1).is("by"))) {
                int lo = tokens.get(b - 1).is("of") ? b - 2 : Math.max(floor, b - 1 - BY_WINDOW);
                for (int j = b - 2; j >= Math.max(floor, lo) && change == null; j--) {
                    if (tokens.get(j).isNumber() || notQuality(j)) {
                        break;
                    }
                    if (sign(j) != 0) {
                        change = tokens.get(j).lower();
                        first = j;
                    }
                }
            }
            for (List<Integer> g : groups) {
                for (int p = 0; p < n; p++) {
                    int f = g.get(p);
                    Metrics.Mention m = metrics.get(p);
                    double v = tokens.get(f).number();
                    Double delta = change == null ? null : signed(change, m.lowerIsBetter()) * v;
                    int start = g == groups.get(0) && p == 0 ? first : g.get(0);
                    add(new Found(start, lastOfFigure(f), f, m.name(), change == null ? v : null,
                            percent(f) ? "%" : null, null, delta), m);
                }
            }
            return true;
        }

        /** "FID from 18.65 to 1.80", "from 39.33 to 42.83 on InfiniteBench". */
        private boolean fromTo(int i) {
            Token prev = view.token(i - 1);
            if (prev == null || i - 1 < floor || !prev.is("from")) {
                return false;
            }
            int a = afterFigure(i);
            if (a >= ceiling || !tokens.get(a).is("to") || a + 1 >= ceiling || !tokens.get(a + 1).isNumber()) {
                return false;
            }
            int b = a + 1;
            int bEnd = afterFigure(b);
            if (unitAfter(b) || unitAfter(i)) {
                return false;
            }
            int k = i - 2;
            while (k >= floor && (sign(k) != 0 || tokens.get(k).is("the"))) {
                k--;
            }
            Metrics.Mention m = Metrics.endingAt(view, k, floor);
            if (m == null && !qualityContext(i)) {
                return false;
            }
            String unit = percent(i) || percent(b) ? "%" : null;
            int first = m != null ? m.first() : i - 1;
            add(new Found(first, bEnd - 1, b, m == null ? null : m.name(), tokens.get(b).number(), unit,
                    tokens.get(i).number(), null), m);
            used[i] = true;
            used[b] = true;
            return true;
        }

        /**
         * "6.857 → 5.821", "12.1 -> 9.8": a from-to written with an arrow. The metric is the sentence's latest
         * one before the figure ("FID values improve as follows: 6.857 → 5.821, 3.870 → 3.692").
         */
        private boolean arrow(int i) {
            int a = afterFigure(i);
            int b;
            if (a + 1 < ceiling && tokens.get(a).isSymbol('→')) {
                b = a + 1;
            } else if (a + 2 < ceiling && tokens.get(a).isSymbol('-') && tokens.get(a + 1).isSymbol('>')
                    && view.joined(tokens.get(a), tokens.get(a + 1))) {
                b = a + 2;
            } else {
                return false;
            }
            if (!tokens.get(b).isNumber() || unitAfter(i) || unitAfter(b) || notQualityNear(i - 3, afterFigure(b))) {
                return false;
            }
            Metrics.Mention m = lastMetric != null ? lastMetric : metricBefore(i);
            if (m == null && !qualityContext(i)) {
                return false;
            }
            String unit = percent(i) || percent(b) ? "%" : null;
            add(new Found(i, lastOfFigure(b), b, m == null ? null : m.name(), tokens.get(b).number(), unit,
                    tokens.get(i).number(), null), m);
            return true;
        }

        /**
         * "FID 1.54", "(LPIPS 0.217 and SSIM 0.727)": a metric name written right before its figure, with
         * nothing between them but a bound.
         */
        private boolean metricThenValue(int i) {
            int b = boundStart(i);
            Metrics.Mention m = Metrics.endingAt(view, b - 1, floor);
            if (m == null || unitAfter(i) || isResolution(i)) {
                return false;
            }
            int a = afterFigure(i);
            if (a < ceiling && (points(a) || sign(a) != 0 || Metrics.matchAt(tokens, a) > 0)) {
                return false;
            }
            add(new Found(m.first(), lastOfFigure(i), i, m.name(), tokens.get(i).number(), percent(i) ? "%" : null,
                    null, null), m);
            return true;
        }

        /** The nearest metric mention before token {@code i} in the sentence, within a margin window. */
        private Metrics.Mention metricBefore(int i) {
            for (int k = i - 1; k >= Math.max(floor, i - 2 * BY_WINDOW); k--) {
                if (tokens.get(k).isNumber()) {
                    return null;
                }
                Metrics.Mention m = Metrics.endingAt(view, k, floor);
                if (m != null) {
                    return m;
                }
            }
            return null;
        }

        /**
         * The token after a name written between a figure and its metric ("2.84 WikiText2 PPL", "0.29
         * WikiText-2 perplexity"): a capitalised word with its glued "-2"; {@code k} itself when there is none.
         */
        private int afterName(int k) {
            if (k >= ceiling || !tokens.get(k).isWord() || !Character.isUpperCase(tokens.get(k).text().charAt(0))
                    || Metrics.matchAt(tokens, k) > 0) {
                return k;
            }
            int j = k;
            while (j + 2 < ceiling && tokens.get(j + 1).isSymbol('-') && view.joined(tokens.get(j), tokens.get(j + 1))
                    && view.joined(tokens.get(j + 1), tokens.get(j + 2))) {
                j += 2;
            }
            return j + 1;
        }

        /** "FID of 2.05", "average score of 66.1", "FID_b improvement of 11.6", "quality loss of 3%". */
        private boolean metricOfValue(int i) {
            int b = i;
            while (b - 1 >= floor && (tokens.get(b - 1).is("only") || tokens.get(b - 1).is("just"))) {
                b--;
            }
            b = boundStart(b);
            int c = b - 1;
            if (c < floor || !is(c, CONNECTOR_WORD, CONNECTORS)) {
                return false;
            }
            int k = c - 1;
            while (k >= floor && (tokens.get(k).is("score") || tokens.get(k).is("value") || tokens.get(k).is("of"))
                    && Metrics.endingAt(view, k, floor) == null) {
                k--;
            }
            // "FID score of 3.71", "FID scores of 0.08 and 0.43": the generic "score" takes the metric before it.
            if (k - 1 >= floor && (tokens.get(k).is("score") || tokens.get(k).is("scores") || tokens.get(k).is("value")
                    || tokens.get(k).is("values"))
                    && Metrics.endingAt(view, k - 1, floor) != null) {
                k--;
            }
            int sign = k >= floor ? sign(k) : 0;
            boolean percent = percent(i);
            if (sign != 0 && !tokens.get(c).is("to")) {
                // A change: "FID_b improvement of 11.6", "quality loss of 3%", "a drop of 2% in accuracy".
                Metrics.Mention m = Metrics.endingAt(view, k - 1, floor);
                boolean quality = m == null && k - 1 >= floor && is(k - 1, QUALITY_WORD, QUALITY);
                int end = afterFigure(i);
                if (m == null && !quality && end < ceiling && tokens.get(end).is("in")) {
                    m = Metrics.startingAt(view, end + 1, floor, ceiling);
                }
                // "improvement of 59 points in Inception Score".
                if (m == null && !quality && points(end) && end + 2 < ceiling && tokens.get(end + 1).is("in")) {
                    m = Metrics.startingAt(view, end + 2, floor, ceiling);
                }
                // "a loss of only 2.84 WikiText2 PPL": a data set's name between the figure and its metric.
                if (m == null && !quality && afterName(end) > end) {
                    m = Metrics.startingAt(view, afterName(end), floor, ceiling);
                }
                if (m == null && !quality && !points(end)) {
                    return false;
                }
                if (unitAfter(i) || notQualityNear(k - 3, k)) {
                    return false;
                }
                boolean lower = m != null ? m.lowerIsBetter()
                        : quality && Metrics.lowerIsBetter(tokens.get(k - 1).lower());
                double delta = signed(tokens.get(k).lower(), lower) * tokens.get(i).number();
                int first = m != null && m.first() < k ? m.first() : quality ? k - 1 : k;
                int last = m != null && m.last() > i ? m.last() : lastOfFigure(i);
                add(new Found(first, last, i, m == null ? null : m.name(), null, percent ? "%" : null, null, delta), m);
                list(i, last, m, percent, true, sign == 0 ? 1 : (delta < 0 ? -1 : 1));
                return true;
            }
            Metrics.Mention m = Metrics.endingAt(view, k, floor);
            if (m == null || unitAfter(i)) {
                return false;
            }
            int last = lastOfFigure(i);
            add(new Found(m.first(), last, i, m.name(), tokens.get(i).number(), percent ? "%" : null, null, null), m);
            list(i, last, m, percent, false, 0);
            return true;
        }

        /**
         * "2.96 gFID", "0.77 FAD", "85.3% top-1 accuracy"; with a change word after the metric or the figure a
         * change: "1.6% average accuracy drop", "1 point Rouge-L increase", "0.38% drop in accuracy".
         */
        private boolean valueMetric(int i) {
            // "2.7%/4.3% accuracy boost", "2.1%, 2.4%, and 2.5% accuracy gains": figures joined by slashes, or
            // an enumeration closed by "and", share the words after the last one.
            List<Integer> chain = new ArrayList<>();
            chain.add(i);
            int a = afterFigure(i);
            int slashes = 1;
            boolean commas = false;
            boolean closed = false;
            while (chain.size() < LIST_WINDOW && a + 1 < ceiling && !closed) {
                Token t = tokens.get(a);
                int next;
                if (t.isSymbol('/') && view.joined(tokens.get(a - 1), t) && view.joined(t, tokens.get(a + 1))) {
                    next = a + 1;
                } else if (t.isSymbol(',')) {
                    commas = true;
                    closed = tokens.get(a + 1).is("and");
                    next = closed ? a + 2 : a + 1;
                } else if (t.is("and")) {
                    closed = true;
                    next = a + 1;
                } else {
                    break;
                }
                if (next >= ceiling || !tokens.get(next).isNumber() || percent(next) != percent(i) || unitAfter(next)
                        || isResolution(next) || used[next] || decibels(next + 1) != decibels(i + 1)) {
                    closed = false;
                    break;
                }
                chain.add(next);
                if (!commas && !closed) {
                    slashes = chain.size();
                }
                a = afterFigure(next);
            }
            // "30%, 2.1% accuracy drop" is no enumeration: without a closing "and" only the slash run counts.
            if ((commas || closed) && !closed) {
                chain = chain.subList(0, slashes);
                a = afterFigure(chain.get(chain.size() - 1));
            }
            int before = found.size();
            if (!valueMetricAt(i, a)) {
                return false;
            }
            for (int c = 1; c < chain.size(); c++) {
                valueMetricAt(chain.get(c), a);
                used[chain.get(c)] = true;
            }
            if (closed && found.size() - before == chain.size()) {
                datasetsOfList(found.subList(before, found.size()));
            }
            return true;
        }

        /**
         * The data sets of an enumeration of results: paired in order with "on A, B, and C, respectively" when
         * the counts match (a part naming no data set gets none), else the one data set of the last result.
         */
        private void datasetsOfList(List<Found> list) {
            Found last = list.get(list.size() - 1);
            int k = last.last + 1;
            List<int[]> parts = new ArrayList<>();
            boolean respectively = false;
            if (k < ceiling && (tokens.get(k).is("on") || tokens.get(k).is("in") || tokens.get(k).is("across"))) {
                int start = k + 1;
                int limit = Math.min(ceiling, k + 1 + 8 * list.size());
                for (int j = k + 1; j < limit && !respectively; j++) {
                    Token t = tokens.get(j);
                    if (t.isSymbol(';') || t.isSymbol('.') || t.isSymbol('(')) {
                        break;
                    }
                    respectively = t.is("respectively");
                    if (t.isSymbol(',') || t.is("and") || respectively) {
                        if (j > start) {
                            parts.add(new int[] {start, j});
                        }
                        start = j + 1;
                    }
                }
            }
            if (respectively && parts.size() == list.size()) {
                for (int p = 0; p < list.size(); p++) {
                    fixed.put(list.get(p), datasets.within(sentence, parts.get(p)[0], parts.get(p)[1]));
                }
                return;
            }
            // "on A and B with 0.9% and 2.3% drops, respectively": the data sets named before the list.
            int r = k < ceiling && tokens.get(k).isSymbol(',') ? k + 1 : k;
            if (r < ceiling && tokens.get(r).is("respectively")) {
                List<String> names = datasets.namesWithin(sentence, floor, list.get(0).first);
                if (names.size() == list.size()) {
                    for (int p = 0; p < list.size(); p++) {
                        fixed.put(list.get(p), names.get(p));
                    }
                    return;
                }
            }
            String shared = datasets.forFigure(sentence, last.first, last.figure, last.last, last.metric != null);
            for (Found f : list) {
                fixed.put(f, shared);
            }
        }

        private boolean valueMetricAt(int i, int a) {
            // "7.6 percentage points higher": a change in points of a percentage is written in %.
            boolean percent = percent(i) || pointsLength(a) == 2;
            boolean pts = points(a);
            if (pts) {
                a += pointsLength(a);
            }
            if (a >= ceiling) {
                return false;
            }
            Metrics.Mention m = Metrics.startingAt(view, a, floor, ceiling);
            if (m != null) {
                int after = m.last() + 1;
                int sign = after < ceiling ? sign(after) : 0;
                if (sign != 0) {
                    double delta = signed(tokens.get(after).lower(), m.lowerIsBetter()) * tokens.get(i).number();
                    add(new Found(i, after, i, m.name(), null, percent ? "%" : null, null, delta), m);
                    points(i, after, pts, delta);
                    return true;
                }
                if (pts) {
                    return false;
                }
                add(new Found(i, m.last(), i, m.name(), tokens.get(i).number(), percent ? "%" : null, null, null), m);
                return true;
            }
            // "0.38% drop in accuracy", "1 point gain in commonsense reasoning", "3% improvement in quality".
            int sign = sign(a);
            if (sign == 0) {
                return false;
            }
            int k = a + 1;
            Metrics.Mention target = null;
            boolean quality = false;
            if (k < ceiling && (tokens.get(k).is("in") || tokens.get(k).is("on") || tokens.get(k).is("of"))) {
                target = Metrics.startingAt(view, k + 1, floor, ceiling);
                if (target == null && k + 1 < ceiling) {
                    quality = is(k + 1, QUALITY_WORD, QUALITY)
                            || k + 2 < ceiling && is(k + 2, QUALITY_WORD, QUALITY);
                    // "0.7% drop on the MMLU benchmark": a quality change on a named data set.
                    if (!quality && (is(a, BETTER_WORD, BETTER) || is(a, WORSE_WORD, WORSE) || is(a, DROP_WORD, DROPS))) {
                        int d = tokens.get(k + 1).is("the") ? k + 2 : k + 1;
                        quality = d < ceiling && datasets.startsAt(sentence, d);
                    }
                }
            } else if (k < ceiling) {
                // "4.8% higher scores", "2% lower error": the metric right after the change word; the generic
                // "scores" is a metric only there (in "scores of 3 and 4" it is none).
                target = Metrics.startingAt(view, k, floor, ceiling);
                if (target == null && (tokens.get(k).is("score") || tokens.get(k).is("scores"))) {
                    target = new Metrics.Mention(k, k, tokens.get(k).text(), false);
                }
            }
            if (notQualityNear(a + 1, a + 4) || target == null && !quality && !pts) {
                return false;
            }
            boolean lower = target != null && target.lowerIsBetter();
            double delta = signed(tokens.get(a).lower(), lower) * tokens.get(i).number();
            int first = i;
            if (i - 1 >= floor && (tokens.get(i - 1).is("average") || tokens.get(i - 1).is("mean"))) {
                first = i - 1;
            }
            int last = target != null ? target.last() : a;
            if (target == null && pts) {
                last = phraseEnd(a, 6);
            }
            add(new Found(first, last, i, target == null ? null : target.name(), null, percent ? "%" : null, null,
                    delta), target);
            points(i, last, pts, delta);
            return true;
        }

        /** "outperforms VAR by 0.19", "improves accuracy by 2.1%", "reduces the gap ... by 67%". */
        private boolean margin(int i) {
            int b = boundStart(i);
            if (b - 1 < floor || !tokens.get(b - 1).is("by") || unitAfter(i)) {
                return false;
            }
            int by = b - 1;
            int lo = Math.max(floor, by - BY_WINDOW);
            int verb = -1;
            Metrics.Mention m = null;
            boolean quality = false;
            String qualityWord = null;
            for (int j = by - 1; j >= lo; j--) {
                Token t = tokens.get(j);
                if (t.isNumber() || t.isSymbol(';')) {
                    break;
                }
                if (notQuality(j)) {
                    return false;
                }
                if (verb < 0 && sign(j) != 0) {
                    verb = j;
                }
                if (m == null) {
                    Metrics.Mention mm = Metrics.endingAt(view, j, lo);
                    if (mm != null) {
                        m = mm;
                    }
                }
                if (qualityWord == null && is(j, QUALITY_WORD, QUALITY)) {
                    quality = true;
                    qualityWord = t.lower();
                }
            }
            boolean inherited = verb < 0 && lastMarginEnd >= 0 && by - lastMarginEnd <= 2 * BY_WINDOW;
            int end = afterFigure(i);
            boolean percent = percent(i) || pointsLength(end) == 2;
            boolean pts = points(end);
            int pe = end + pointsLength(end);
            if (verb < 0 && !inherited) {
                return false;
            }
            if (m == null && !quality && !pts && !(verb >= 0 && is(verb, BETTER_WORD, BETTER))
                    && !inherited) {
                return false;
            }
            // "outperforms X by up to 8.20 ... while maintaining accuracy": a bare margin with no metric, no
            // quality noun and no unit, in a sentence that says the quality was only kept, measures something
            // else (most often a speed-up whose times sign was dropped).
            if (m == null && !quality && !pts && !percent && lastMetric == null && !inherited
                    && Metrics.startingAt(view, end, floor, ceiling) == null && qualityKeptAfter(end)) {
                return false;
            }
            // "by 1.3 AP", "by 2.9 points in accuracy": a metric written after the margin names it.
            Metrics.Mention after = !pts ? Metrics.startingAt(view, end, floor, ceiling)
                    : pe + 1 < ceiling && tokens.get(pe).is("in")
                            ? Metrics.startingAt(view, pe + 1, floor, ceiling) : null;
            Metrics.Mention metric = after != null ? after : m != null ? m : quality ? null : lastMetric;
            int sign;
            if (verb >= 0) {
                boolean lower = m != null ? m.lowerIsBetter() : quality ? Metrics.lowerIsBetter(qualityWord)
                        : metric != null && metric.lowerIsBetter();
                if (is(verb, BETTER_WORD, BETTER) && m == null && !quality) {
                    lower = false;
                }
                sign = signed(tokens.get(verb).lower(), lower);
            } else {
                sign = lastMarginSign;
            }
            int first = Math.max(lo, by - 2);
            // Never start inside a written word: "VALL-E by 1.3" starts at VALL, not at "-E".
            while (first > lo && !tokens.get(first).spaceBefore()) {
                first--;
            }
            if (verb >= 0 && (m != null || quality)) {
                first = verb;
            }
            int last = lastOfFigure(i);
            if (after != null) {
                last = after.last();
            } else if (pts) {
                last = pe - 1;
            }
            add(new Found(first, last, i, metric == null ? null : metric.name(), null, percent ? "%" : null, null,
                    sign * tokens.get(i).number()), null);
            lastMarginEnd = last;
            lastMarginSign = sign;
            // "by 0.4/0.19": one margin per figure.
            int j = afterFigure(i);
            while (j + 1 < ceiling && tokens.get(j).isSymbol('/') && tokens.get(j + 1).isNumber() && !unitAfter(j + 1)) {
                int f = j + 1;
                int fl = lastOfFigure(f);
                add(new Found(i, fl, f, metric == null ? null : metric.name(), null, percent(f) ? "%" : null, null,
                        sign * tokens.get(f).number()), null);
                used[f] = true;
                lastMarginEnd = fl;
                j = afterFigure(f);
            }
            return true;
        }

        /**
         * "(e.g., +4.6 on MLVU)", "+2.1 in accuracy": a figure written with a plus sign and followed by "on" or
         * "in" and a name is a gain. The metric is one named right after "in"/"on", else none.
         */
        private boolean signedOn(int i) {
            Token plus = view.token(i - 1);
            if (plus == null || i - 1 < floor || !plus.isSymbol('+') || !view.joined(plus, tokens.get(i))
                    || unitAfter(i) || isRatio(i)) {
                return false;
            }
            Token before = view.token(i - 2);
            if (before != null && i - 2 >= floor && (before.isNumber() || before.isWord() && !plus.spaceBefore())) {
                return false; // "3+4", "GPT+2": not a signed figure
            }
            int a = afterFigure(i);
            if (a + 1 >= ceiling || !(tokens.get(a).is("on") || tokens.get(a).is("in"))) {
                return false;
            }
            Token name = tokens.get(a + 1);
            Metrics.Mention m = Metrics.startingAt(view, a + 1, floor, ceiling);
            boolean named = name.isWord() && !name.text().isEmpty() && Character.isUpperCase(name.text().charAt(0));
            if (m == null && !named || notQuality(a + 1)) {
                return false;
            }
            int last = m != null ? m.last() : a + 1;
            add(new Found(i - 1, last, i, m == null ? null : m.name(), null, percent(i) ? "%" : null, null,
                    tokens.get(i).number()), m);
            return true;
        }

        /** "1.81x lower mean-squared-error": a ratio of a named metric, recorded as a delta. */
        private boolean ratioOfMetric(int i) {
            if (!isRatio(i)) {
                return false;
            }
            int c = i + 2;
            if (c < ceiling && tokens.get(c).isSymbol('-')) {
                c++;
            }
            if (c >= ceiling) {
                return false;
            }
            String cmp = tokens.get(c).lower();
            if (!(cmp.equals("lower") || cmp.equals("higher") || cmp.equals("better") || cmp.equals("smaller")
                    || cmp.equals("less"))) {
                return false;
            }
            Metrics.Mention m = Metrics.startingAt(view, c + 1, floor, ceiling);
            // Only an error measure shrinks by a ratio: "4 times higher accuracy" is a loose comparison of
            // a bounded score, with no figure of the metric itself, so it is no result.
            if (m == null || !m.lowerIsBetter()) {
                return false;
            }
            int sign = cmp.equals("smaller") || cmp.equals("less") ? signed("lower", m.lowerIsBetter())
                    : signed(cmp, m.lowerIsBetter());
            add(new Found(i, m.last(), i, m.name(), null, null, null, sign * tokens.get(i).number()), m);
            return true;
        }

        /** "..., up to 4 points on code tasks" after "a 1 point gain in ...": a change in a list of changes. */
        private boolean pointsInList(int i) {
            int a = afterFigure(i);
            if (!points(a) || lastPointsEnd < 0 || i - lastPointsEnd > 2 * LIST_WINDOW) {
                return false;
            }
            int first = boundStart(i);
            int last = phraseEnd(a, 5);
            add(new Found(first, last, i, null, null, null, null, lastPointsSign * tokens.get(i).number()), null);
            lastPointsEnd = last;
            return true;
        }

        // ---- lists ----

        /**
         * Further figures of one metric: "FID of 2.05 at 256x256 resolution and 2.53 at 512x512",
         * "improvement of 11.6 and 3.7".
         */
        private void list(int figure, int last, Metrics.Mention m, boolean percent, boolean isDelta, int sign) {
            int j = afterFigure(figure);
            int limit = Math.min(ceiling, last + 1 + LIST_WINDOW);
            while (j < limit) {
                Token t = tokens.get(j);
                if (is(j, LIST_STOP_WORD, LIST_STOPS) || Metrics.matchAt(tokens, j) > 0 || sign(j) != 0) {
                    return;
                }
                if (t.isNumber()) {
                    Token p = tokens.get(j - 1);
                    boolean joinedList = p.is("and") || p.isSymbol(',') || p.isSymbol('/');
                    if (!joinedList || unitAfter(j) || isResolution(j) || used[j] || percent != percent(j)) {
                        if (!joinedList) {
                            j = afterFigure(j);
                            continue;
                        }
                        return;
                    }
                    int fl = lastOfFigure(j);
                    int fe = fl;
                    // "2.53 at 512x512": the resolution belongs to the figure's text.
                    if (fe + 1 < ceiling && tokens.get(fe + 1).is("at") && fe + 2 < ceiling && tokens.get(fe + 2).isNumber()) {
                        fe = Math.min(ceiling - 1, fe + 3);
                        while (fe > fl && !(tokens.get(fe).isNumber() || tokens.get(fe).isWord())) {
                            fe--;
                        }
                    }
                    double v = tokens.get(j).number();
                    add(new Found(j, fe, j, m == null ? null : m.name(), isDelta ? null : v, percent ? "%" : null, null,
                            isDelta ? sign * v : null), null);
                    used[j] = true;
                    j = afterFigure(j);
                    limit = Math.min(ceiling, j + LIST_WINDOW);
                    continue;
                }
                j++;
            }
        }

        // ---- helpers ----

        /** Whether token {@code k} (inside the text) is in {@code set}, whose cue flag is {@code flag}. */
        private boolean is(int k, int flag, Set<String> set) {
            int c = WORD_CUES.at(tokens, k);
            return c < 0 ? set.contains(tokens.get(k).lower()) : (c & flag) != 0;
        }

        /** {@link ResultExtractor#changeSign} of token {@code k} (inside the text). */
        private int sign(int k) {
            int c = WORD_CUES.at(tokens, k);
            if (c < 0) {
                return changeSign(tokens.get(k).lower());
            }
            return (c & (BETTER_WORD | UP_WORD)) != 0 ? 1 : (c & (WORSE_WORD | DOWN_WORD)) != 0 ? -1 : 0;
        }

        /** Whether a {@link #NOT_QUALITY} phrase starts at token {@code k}: looked up only at its first words. */
        private boolean notQuality(int k) {
            return k >= 0 && k < tokens.size() && (WORD_CUES.at(tokens, k) & NOT_QUALITY_WORD) != 0
                    && NOT_QUALITY.matchAt(tokens, k) > 0;
        }

        /**
         * The first token of the bound phrase before the figure at {@code figure}, or {@code figure} when none:
         * the patterns tried on one figure each ask, so the last answer is kept.
         */
        private int boundStart(int figure) {
            if (figure != boundFigure) {
                boundFigure = figure;
                boundStart = Bounds.before(tokens, figure, floor).start();
            }
            return boundStart;
        }

        private void add(Found f, Metrics.Mention m) {
            found.add(f);
            for (int k = f.first; k <= f.last; k++) {
                used[k] = true;
            }
            used[f.figure] = true;
            if (m != null) {
                lastMetric = m;
            }
        }

        private void points(int figure, int last, boolean pts, double delta) {
            if (pts) {
                lastPointsEnd = last;
                lastPointsSign = delta < 0 ? -1 : 1;
            }
        }

        /** The token after a figure and its percent sign or decibels ("1.39dB", "2.20 dB"). */
        private int afterFigure(int i) {
            return percent(i) || decibels(i + 1) ? i + 2 : i + 1;
        }

        /** Decibels: the unit of a PSNR-like quality, no unit that makes the figure something else. */
        private boolean decibels(int k) {
            return k >= 0 && k < ceiling && tokens.get(k).isWord() && tokens.get(k).text().equals("dB");
        }

        private int lastOfFigure(int i) {
            return afterFigure(i) - 1;
        }

        private boolean percent(int i) {
            Token n = view.token(i + 1);
            return n != null && n.isSymbol('%');
        }

        private boolean points(int k) {
            return pointsLength(k) > 0;
        }

        /** The tokens of a points unit at {@code k}: 2 for "percentage point(s)", 1 for "points", "pp", else 0. */
        private int pointsLength(int k) {
            if (k >= ceiling) {
                return 0;
            }
            Token t = tokens.get(k);
            if (t.is("percentage")) {
                return k + 1 < ceiling && (tokens.get(k + 1).is("point") || tokens.get(k + 1).is("points")) ? 2 : 0;
            }
            return t.is("point") || t.is("points") || t.is("pp") || t.is("pts") ? 1 : 0;
        }

        /** The last token of a short phrase after a change: up to a comma, "and" or the sentence end. */
        private int phraseEnd(int from, int max) {
            int last = from;
            for (int k = from + 1; k < Math.min(ceiling, from + 1 + max); k++) {
                Token t = tokens.get(k);
                if (t.isSymbol(',') || t.isSymbol(';') || t.isSymbol('.') || t.is("and") || t.isSymbol(')')
                        || t.isNumber()) {
                    break;
                }
                last = k;
            }
            return last;
        }

        /** A ratio figure: "2.4x", "3 times", "2×". */
        private boolean isRatio(int i) {
            Token n = view.token(i + 1);
            if (n == null) {
                return false;
            }
            if (n.isSymbol('-') && view.token(i + 2) != null && view.token(i + 2).is("fold")) {
                return true;
            }
            // The kind test first: most figures are followed by a symbol ("%", ",") that needs no set look-up.
            return (n.isSymbol('×') || n.isWord()) && is(i + 1, RATIO_WORD, RATIO);
        }

        /** A figure with a unit that is no quality: "7B", "256x256", "3 steps", "2x". */
        private boolean unitAfter(int i) {
            Token n = view.token(i + 1);
            if (n == null || i + 1 >= ceiling) {
                return false;
            }
            if (n.isSymbol('%')) {
                n = view.token(i + 2);
                if (n == null || i + 2 >= ceiling) {
                    return false;
                }
                return is(i + 2, RATIO_WORD, RATIO) && n.isWord() && !n.spaceBefore();
            }
            if (decibels(i + 1)) {
                return false;
            }
            if (n.isWord() && view.joined(view.token(i), n)) {
                return true;
            }
            return is(i + 1, RATIO_WORD, RATIO) || n.isSymbol('×') || notQuality(i + 1);
        }

        private boolean isResolution(int i) {
            Token n = view.token(i + 1);
            Token p = view.token(i - 1);
            return n != null && (n.isSymbol('×') || n.isWord() && n.lower().startsWith("x"))
                    || p != null && p.isSymbol('×');
        }

        /** "while maintaining accuracy" after token {@code from} in the sentence: the quality was only kept. */
        private boolean qualityKeptAfter(int from) {
            int to = Math.min(ceiling, from + 2 * BY_WINDOW);
            for (int k = Math.max(floor, from); k + 1 < to; k++) {
                if (!is(k, RETAIN_WORD, RETAIN)) {
                    continue;
                }
                for (int j = k + 1; j < Math.min(to, k + 4); j++) {
                    if (is(j, RETAINED_WORD, RETAINED)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** A speed, memory or cost word among tokens {@code [from, to]}: the change is not a quality. */
        private boolean notQualityNear(int from, int to) {
            for (int k = Math.max(floor, from); k <= Math.min(ceiling - 1, to); k++) {
                if (notQuality(k)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a quality word ("performance", "improvement", "accuracy"...) comes shortly before. */
        private boolean qualityContext(int i) {
            for (int k = i - 1; k >= Math.max(floor, i - BY_WINDOW); k--) {
                if (notQuality(k)) {
                    return false;
                }
                if (is(k, QUALITY_WORD, QUALITY) || is(k, BETTER_WORD, BETTER)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * A HashSet copy: its look-up compares cached hashes before strings, where {@code Set.of} compares
     * strings at each probe, and the figure patterns test many tokens against these sets.
     */
    private static Set<String> hashed(Set<String> words) {
        return new HashSet<>(words);
    }

    /** +1 for a change word that means better, -1 for worse, 0 for no change word. */
    static int changeSign(String lower) {
        if (BETTER.contains(lower) || UP.contains(lower)) {
            return 1;
        }
        if (WORSE.contains(lower) || DOWN.contains(lower)) {
            return -1;
        }
        return 0;
    }

    /** The sign of a change word for a metric: "increase" of FID is worse, "drop" of error better. */
    static int signed(String changeWord, boolean lowerIsBetter) {
        if (BETTER.contains(changeWord)) {
            return 1;
        }
        if (WORSE.contains(changeWord)) {
            return -1;
        }
        boolean up = UP.contains(changeWord);
        return up != lowerIsBetter ? 1 : -1;
    }
}

package org.paperclaims.extractors.timing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.paperclaims.extractors.internal.Bounds;
import org.paperclaims.extractors.internal.CueFlags;
import org.paperclaims.extractors.internal.NumberWords;
import org.paperclaims.extractors.internal.PhraseSet;
import org.paperclaims.extractors.internal.Vocabulary;
import org.paperclaims.model.Bound;
import org.paperclaims.model.HardwareClaim;
import org.paperclaims.model.TimingClaim;
import org.paperclaims.model.TimingKind;
import org.paperclaims.pipeline.Document;
import org.paperclaims.pipeline.Extractor;
import org.paperclaims.pipeline.Key;
import org.paperclaims.text.Sentence;
import org.paperclaims.text.TextView;
import org.paperclaims.text.Token;

/**
 * Finds absolute times and rates ({@code timing} claims): "an 800-face mesh in just 3.2 seconds",
 * "12.8ms on an RTX 4090", "up to 29 FPS", "24.4 token/s on the MediaTek Dimensity 9300".
 *
 * <p>Normalisation rules (vocabulary in {@code timing.txt}):
 * <ul>
 * <li>latency: a figure followed by a time unit; {@code seconds} = figure × the unit's seconds
 *     ({@code 12.8ms} 0.0128, {@code 20 minutes} 1200, {@code 2 h} 7200); a spelled figure only before a
 *     spelled unit ("in under one second" 1, up_to).</li>
 * <li>throughput: a figure followed by a rate unit, normalised to {@code tokens/s} (token/s, tok/s,
 *     tokens per second), {@code frames/s} (FPS, fps, frames per second), {@code steps/s} (it/s,
 *     steps/s), {@code samples/s}, {@code images/s}.</li>
 * <li>bound: the bound phrase right before the figure, skipping "just"/"only" ("within 20 minutes"
 *     up_to, "~7 seconds" approx, "in just 3.2 seconds" exact); a bound that qualifies a workload
 *     ("up to 4 minutes of music") stays with the workload.</li>
 * <li>not timings: durations of media ("4 minutes of music", "10-second video", "lasting 60 seconds",
 *     both of "10s or 30s music", "32 second mono audio"),
 *     example settings ("(e.g., 60 ms)", "a look-ahead window of 60 ms"),
 *     frame rates of videos ("24 FPS videos", "720x1280, 24fps", "128 frames at 12 FPS",
 *     "sampled at 8 fps"), ranges ("3-5 s"), decades ("1990s"),
 *     and times in a clause about training ("trained for 3 hours").</li>
 * <li>workload: the object of a production verb before the time ("generate an 800-face mesh in ..."),
 *     from its first figure when it has one ("videos up to 2,300 frames" gives {@code 2,300 frames}),
 *     else without article; or the noun after "per" / "/" ("40 ms per image"); else {@code null}.</li>
 * <li>hardware: the name of a hardware claim mentioned in the same sentence, a named device before a
 *     generic GPU, the nearest first; else {@code null}.</li>
 * </ul>
 */
public final class TimingExtractor implements Extractor {
    private static final Vocabulary VOCAB = Vocabulary.load("timing.txt");
    private static final Map<String, Double> LATENCY_UNITS = latencyUnits();
    private static final Map<String, String> RATE_UNITS = rateUnits();
    private static final PhraseSet RATES = PhraseSet.of(RATE_UNITS.keySet());
    private static final Set<String> VERBS = VOCAB.words("production-verbs");
    private static final Set<String> STOPS = VOCAB.words("workload-stops");
    private static final PhraseSet DURATION_BEFORE = VOCAB.phrases("duration-before");
    private static final PhraseSet DURATION_AFTER = VOCAB.phrases("duration-after");
    private static final Set<String> TRAINING = VOCAB.words("training");
    private static final Set<String> MEDIA = VOCAB.words("media");
    private static final Set<String> PRODUCTION_NOUNS = VOCAB.words("production-nouns");
    private static final Set<String> LATENCY_WORDS = VOCAB.words("latency-words");
    private static final PhraseSet EXAMPLE_BEFORE = VOCAB.phrases("example-before");
    private static final PhraseSet SETTING_BEFORE = VOCAB.phrases("setting-before");
    private static final PhraseSet DATA_RATE_BEFORE = VOCAB.phrases("data-rate-before");
    private static final Set<String> SINGULAR_UNITS = Set.of("second", "minute", "hour", "millisecond");
    private static final Set<String> GENERIC_DEVICES = Set.of("gpu", "cpu", "tpu", "npu");
    /** Units a spelled figure may stand before: "one second", not "one s" or "two steps". */
    private static final Set<String> SPELLED_UNITS = Set.of("second", "seconds", "minute", "minutes", "hour", "hours",
            "millisecond", "milliseconds");
    /** How far back a production verb or a training word is looked for. */
    private static final int CLAUSE_WINDOW = 14;
    private static final int TRAINING_WINDOW = 10;
    private static final int MAX_WORKLOAD = 8;

    // Cue flags (see CueFlags): what a token could be part of, so that most tokens are skipped unread.
    private static final int SPELLED_UNIT = 1;
    private static final int CARDINAL = 1 << 1;
    private static final int RATE_START = 1 << 2;
    private static final int LATENCY_UNIT = 1 << 3;
    private static final CueFlags CUES = new CueFlags()
            .words(SPELLED_UNIT, SPELLED_UNITS)
            .words(CARDINAL, cardinals())
            .phrases(RATE_START, RATE_UNITS.keySet())
            .words(LATENCY_UNIT, LATENCY_UNITS.keySet());

    @Override
    public String id() {
        return "timing";
    }

    @Override
    public Set<Key<?>> requires() {
        return Set.of(Key.claims(HardwareClaim.class));
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(Key.claims(TimingClaim.class));
    }

    @Override
    public void extract(Document document) {
        TextView view = document.text();
        List<Token> tokens = view.tokens();
        // The devices to attach are read only once a timing is found: most abstracts have none.
        List<Device> devices = null;
        int[] flags = CUES.of(tokens);
        for (int i = 0; i < tokens.size(); i++) {
            if (cannotStartTiming(tokens, flags, i)) {
                continue;
            }
            Token t = tokens.get(i);
            // A spelled figure ("in under one second", "within two minutes") counts before a spelled unit only.
            boolean spelled = t.isWord();
            double number = NumberWords.value(t);
            if (spelled && articleBeforeUnit(view, i)) {
                number = 1; // "within a second", "in under a minute"
            }
            if (!(number > 0) || !spelled && inRange(view, i)
                    || spelled && !(i + 1 < tokens.size() && SPELLED_UNITS.contains(tokens.get(i + 1).lower()))
                    || startOfChange(tokens, i)) {
                continue;
            }
            Sentence s = view.sentenceOf(t);
            int rateLen = RATES.matchAt(tokens, i + 1);
            Double perUnit = i + 1 < s.endToken() ? LATENCY_UNITS.get(tokens.get(i + 1).lower()) : null;
            if (rateLen > 0 && !spelled && i + rateLen < s.endToken() && endsUnit(view, i + rateLen)) {
                if (videoFrameRate(view, s, i, i + rateLen) || example(tokens, s.firstToken(), i)) {
                    continue;
                }
                String unit = RATE_UNITS.get(phrase(tokens, i + 1, i + rateLen));
                if (unit == null) {
                    continue;
                }
                devices = devices != null ? devices : devices(document.claims(HardwareClaim.class));
                emit(document, view, s, devices, i, i + rateLen, TimingKind.THROUGHPUT, null, t.number(), unit);
                i += rateLen;
            } else if (perUnit != null && endsUnit(view, i + 1) && isLatency(view, s, i)) {
                devices = devices != null ? devices : devices(document.claims(HardwareClaim.class));
                emit(document, view, s, devices, i, i + 1, TimingKind.LATENCY, number * perUnit, null, null);
                i += 1;
            }
        }
    }

    /**
     * The common case, decided from cue flags: no timing starts at token {@code i}. A word starts one only
     * before a spelled unit ("one second", "a minute"), any other token only as a figure (a number, or a
     * cardinal word) before a rate or latency unit.
     */
    private static boolean cannotStartTiming(List<Token> tokens, int[] flags, int i) {
        int next = i + 1 < tokens.size() ? flags[i + 1] : 0;
        if ((next & (SPELLED_UNIT | RATE_START | LATENCY_UNIT)) == 0) {
            return true; // no unit follows: decided without reading the token itself
        }
        Token t = tokens.get(i);
        if (t.isWord()) {
            return (next & SPELLED_UNIT) == 0;
        }
        return (!t.isNumber() && (flags[i] & CARDINAL) == 0) || (next & (RATE_START | LATENCY_UNIT)) == 0;
    }

    /** The cardinal words of {@code numbers.txt}, keyed as {@link NumberWords} reads them. */
    private static List<String> cardinals() {
        List<String> out = new ArrayList<>();
        for (String e : Vocabulary.load("numbers.txt").entries("cardinal")) {
            out.add(e.substring(0, e.lastIndexOf(' ')));
        }
        return out;
    }

    /**
     * Whether the figure at {@code i} is the old value of a change, "from 1,800 seconds to 420 seconds": the
     * time reached is the claim, the one it started from describes the baseline.
     */
    private static boolean startOfChange(List<Token> tokens, int i) {
        if (i == 0 || !tokens.get(i - 1).is("from")) {
            return false;
        }
        for (int k = i + 1; k < Math.min(tokens.size(), i + 5); k++) {
            if (tokens.get(k).is("to") && k + 1 < tokens.size() && tokens.get(k + 1).isNumber()) {
                return true;
            }
        }
        return false;
    }

    private static void emit(Document document, TextView view, Sentence s, List<Device> devices, int figure,
            int unitEnd, TimingKind kind, Double seconds, Double value, String unit) {
        List<Token> tokens = view.tokens();
        int floor = s.firstToken();
        int b = figure;
        while (b - 1 >= floor && (tokens.get(b - 1).is("just") || tokens.get(b - 1).is("only")
                || tokens.get(b - 1).is("merely"))) {
            b--;
        }
        Bounds.Match bound = Bounds.before(tokens, b, floor);
        int first = bound.bound() == Bound.EXACT ? figure : bound.start();
        int last = unitEnd;
        String workload = null;
        int[] w = kind == TimingKind.LATENCY ? workloadBefore(view, s, bound.bound() == Bound.EXACT ? b : bound.start())
                : null;
        if (w != null) {
            workload = view.text(w[0], w[1]);
            first = w[0];
        } else if (kind == TimingKind.LATENCY) {
            int[] per = perWorkload(view, s, unitEnd);
            if (per == null) {
                per = workloadAfter(view, s, unitEnd);
            }
            if (per != null) {
                workload = view.text(per[0], per[1]);
                last = per[1];
            }
        }
        Device device = device(view, s, devices, figure, unitEnd);
        String hardware = null;
        if (device != null) {
            hardware = device.name;
            if (device.first > last && device.first - last <= 6) {
                last = device.last;
            }
        }
        int start = tokens.get(first).start();
        int end = tokens.get(last).end();
        document.add(new TimingClaim(view.original().substring(start, end), start, end, kind, seconds, value, unit,
                bound.bound(), workload, hardware));
    }

    /** Whether a figure followed by a latency unit is the time to produce something. */
    private static boolean isLatency(TextView view, Sentence s, int figure) {
        List<Token> tokens = view.tokens();
        Token unit = tokens.get(figure + 1);
        Token num = tokens.get(figure);
        // "1990s" is a decade.
        if (unit.is("s") && num.isNumber() && view.joined(num, unit) && num.number() >= 1000
                && num.number() == Math.rint(num.number())) {
            return false;
        }
        // "sampling 10s or 30s music": the first of two durations of a medium.
        Token link = view.token(figure + 2);
        if (link != null && (link.is("or") || link.is("and") || link.is("to") || link.isSymbol(','))
                && figure + 4 < s.endToken() && tokens.get(figure + 3).isNumber()
                && tokens.get(figure + 4).lower().equals(unit.lower())
                && DURATION_AFTER.matchAt(tokens, figure + 5) > 0) {
            return false;
        }
        // "5 s" after a slash or as part of a word run ("s-shaped") is no time.
        if (DURATION_AFTER.matchAt(tokens, figure + 2) > 0 && figure + 2 < s.endToken()) {
            return false;
        }
        Token after = view.token(figure + 2);
        if (after != null && after.isSymbol('-') && view.joined(unit, after)) {
            return false;
        }
        int floor = s.firstToken();
        for (int j = figure - 1; j >= Math.max(floor, figure - 3); j--) {
            if (DURATION_BEFORE.matchEndingAt(tokens, j) > 0) {
                return false;
            }
        }
        if (example(tokens, floor, figure) || adjectivalDuration(view, s, figure)) {
            return false;
        }
        // "videos of 10 seconds"
        if (figure - 2 >= floor && tokens.get(figure - 1).is("of") && MEDIA.contains(tokens.get(figure - 2).lower())) {
            return false;
        }
        // "signals of up to 95 sec": the length of a medium
        int b = Bounds.before(tokens, figure, floor).start();
        if (b - 2 >= floor && tokens.get(b - 1).is("of") && MEDIA.contains(tokens.get(b - 2).lower())) {
            return false;
        }
        for (int j = figure - 1; j >= Math.max(floor, figure - TRAINING_WINDOW); j--) {
            if (LATENCY_WORDS.contains(tokens.get(j).lower())) {
                break; // "fine-tuning further lowers latency to 268s": the time is a latency after all
            }
            if (TRAINING.contains(tokens.get(j).lower())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "(e.g., 60 ms)", "a look-ahead window of 60 ms": a figure given as an example or as the size of a
     * context window is a setting, not a time something took.
     */
    private static boolean example(List<Token> tokens, int floor, int figure) {
        int b = Bounds.before(tokens, figure, floor).start();
        if (b - 1 >= floor && EXAMPLE_BEFORE.matchEndingAt(tokens, b - 1) > 0) {
            return true;
        }
        for (int j = b - 1; j >= Math.max(floor, b - 3); j--) {
            if (SETTING_BEFORE.matchEndingAt(tokens, j) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * "32 second mono audio", "a 5 minute clip": a spelled singular unit after a figure above one and before
     * a word is an adjective of a medium's length, not a latency.
     */
    private static boolean adjectivalDuration(TextView view, Sentence s, int figure) {
        Token num = view.token(figure);
        Token unit = view.token(figure + 1);
        Token next = view.token(figure + 2);
        if (num == null || unit == null || next == null || next.index() >= s.endToken() || !num.isNumber()
                || !(num.number() > 1) || !SINGULAR_UNITS.contains(unit.lower())) {
            return false;
        }
        return next.isWord() && !STOPS.contains(next.lower()) && !next.is("per") && !next.is("on")
                && !LATENCY_WORDS.contains(next.lower());
    }

    /**
     * "within a second", "in under a minute": an article standing for one before a singular unit, only after
     * a bound word so that "a second stage" stays no time.
     */
    private static boolean articleBeforeUnit(TextView view, int i) {
        List<Token> tokens = view.tokens();
        Token t = tokens.get(i);
        if (!(t.is("a") || t.is("an")) || i + 1 >= tokens.size()) {
            return false;
        }
        Token unit = tokens.get(i + 1);
        if (!(unit.is("second") || unit.is("minute") || unit.is("hour"))) {
            return false;
        }
        Token after = view.token(i + 2);
        if (after != null && (after.isWord() && !STOPS.contains(after.lower()) && !after.is("on") && !after.is("per")
                || after.isSymbol('-') && view.joined(unit, after))) {
            return false; // "a second stage", "a second-order method"
        }
        Sentence s = view.sentenceOf(t);
        return Bounds.before(tokens, i, s.firstToken()).bound() != Bound.EXACT;
    }

    /** "24 FPS videos", "720x1280, 24fps", "24-fps": the frame rate of a video, not a throughput. */
    private static boolean videoFrameRate(TextView view, Sentence s, int figure, int unitLast) {
        List<Token> tokens = view.tokens();
        if (!RATE_UNITS.get(phrase(tokens, figure + 1, unitLast)).equals("frames/s")) {
            return false;
        }
        Token after = view.token(unitLast + 1);
        if (after != null && after.index() < s.endToken() && MEDIA.contains(after.lower())) {
            return true;
        }
        Token unit = tokens.get(figure + 1);
        if (unit.isSymbol('-')) {
            return true;
        }
        // "(128 frames at 12 FPS)", "sampled at 8 fps": the frame rate of the data
        if (figure - 1 >= s.firstToken() && DATA_RATE_BEFORE.matchEndingAt(tokens, figure - 1) > 0) {
            return true;
        }
        if (figure - 3 >= s.firstToken() && tokens.get(figure - 1).is("at")
                && (tokens.get(figure - 2).is("frames") || tokens.get(figure - 2).is("frame"))
                && tokens.get(figure - 3).isNumber()) {
            return true;
        }
        // A resolution just before: "720x1280, 24fps".
        for (int j = figure - 1; j >= Math.max(s.firstToken(), figure - 3); j--) {
            Token p = tokens.get(j);
            if (p.isWord() && p.lower().length() > 1 && p.lower().charAt(0) == 'x'
                    && Character.isDigit(p.lower().charAt(1))) {
                return true;
            }
            if (p.isSymbol('×') && j + 1 < figure && tokens.get(j + 1).isNumber()) {
                return true;
            }
            // "at 384x384 and 45 FPS at 512x512": a word between them makes the figure a rate of its own.
            if (p.isWord()) {
                break;
            }
        }
        return false;
    }

    /** A figure that is one end of a range ("3-5 seconds", "3 to 5"): left alone, its bound is unclear. */
    private static boolean inRange(TextView view, int i) {
        Token prev = view.token(i - 1);
        Token prev2 = view.token(i - 2);
        if (prev != null && prev2 != null && prev2.isNumber()
                && ((prev.isSymbol('-') && view.joined(prev2, prev) && view.joined(prev, view.token(i)))
                        || prev.is("to"))) {
            return true;
        }
        Token next = view.token(i + 1);
        Token next2 = view.token(i + 2);
        return next != null && next2 != null && next2.isNumber() && next.isSymbol('-')
                && view.joined(view.token(i), next) && view.joined(next, next2);
    }

    /** Whether the unit's last token is not glued to more letters ("5 sec" yes, "5 seconds-long" no). */
    private static boolean endsUnit(TextView view, int last) {
        Token next = view.token(last + 1);
        return next == null || !view.joined(view.token(last), next) || !next.isWord();
    }

    /**
     * {first, last} of the workload: the object of a production verb before the figure, or {@code null}.
     * {@code stop} is the first token of the time phrase (its bound or figure).
     */
    private static int[] workloadBefore(TextView view, Sentence s, int stop) {
        List<Token> tokens = view.tokens();
        int lo = Math.max(s.firstToken(), stop - CLAUSE_WINDOW);
        int prep;
        if (stop < s.endToken() && (tokens.get(stop).is("within") || tokens.get(stop).is("under"))) {
            prep = stop;
        } else if (stop - 1 >= lo && (tokens.get(stop - 1).is("in") || tokens.get(stop - 1).is("within")
                || tokens.get(stop - 1).is("under"))) {
            prep = stop - 1;
        } else {
            return null;
        }
        int verb = -1;
        for (int j = prep - 1; j >= lo; j--) {
            Token t = tokens.get(j);
            if (VERBS.contains(t.lower())) {
                verb = j;
                break;
            }
            if (t.isSymbol(';') || t.isSymbol(':')) {
                break;
            }
            if (t.is("latency") || t.is("latencies")) {
                break; // "generate video ..., keeping the system latency under 100 ms": the time of a latency
            }
        }
        if (verb < 0) {
            return null;
        }
        int first = verb + 1;
        int last = first - 1;
        for (int j = first; j < prep && j - first < MAX_WORKLOAD; j++) {
            if (STOPS.contains(tokens.get(j).lower())) {
                break;
            }
            last = j;
        }
        if (last < first) {
            return null;
        }
        // From the first figure when there is one ("videos up to 2,300 frames"), else without article.
        for (int j = first; j <= last; j++) {
            if (tokens.get(j).isNumber()) {
                return new int[] {j, last};
            }
        }
        while (first <= last && (tokens.get(first).is("a") || tokens.get(first).is("an") || tokens.get(first).is("the"))) {
            first++;
        }
        return first <= last ? new int[] {first, last} : null;
    }

    /**
     * "8 ms to generate a 3D asset": the object of a production verb right after the time;
     * "0.92s for one second video generation": the words before a production noun after "for".
     */
    private static int[] workloadAfter(TextView view, Sentence s, int unitLast) {
        List<Token> tokens = view.tokens();
        int a = unitLast + 1;
        if (a + 1 >= s.endToken()) {
            return null;
        }
        if (tokens.get(a).is("to") && VERBS.contains(tokens.get(a + 1).lower())) {
            int first = a + 2;
            while (first < s.endToken() && (tokens.get(first).is("a") || tokens.get(first).is("an")
                    || tokens.get(first).is("the"))) {
                first++;
            }
            int last = first - 1;
            for (int j = first; j < s.endToken() && j - first < MAX_WORKLOAD; j++) {
                Token t = tokens.get(j);
                if (STOPS.contains(t.lower()) || t.is("given") || t.isSymbol('.')) {
                    break;
                }
                last = j;
            }
            return last >= first ? new int[] {first, last} : null;
        }
        if (tokens.get(a).is("for")) {
            for (int j = a + 1; j < Math.min(s.endToken(), a + 1 + MAX_WORKLOAD); j++) {
                Token t = tokens.get(j);
                if (STOPS.contains(t.lower()) || t.isSymbol('.')) {
                    return null;
                }
                if (PRODUCTION_NOUNS.contains(t.lower())) {
                    return j - 1 >= a + 1 ? new int[] {a + 1, j - 1} : null;
                }
            }
        }
        return null;
    }

    /** "40 ms per image", "0.5 s/frame": {first, last} of the noun after "per" or "/", or {@code null}. */
    private static int[] perWorkload(TextView view, Sentence s, int unitLast) {
        Token p = view.token(unitLast + 1);
        Token n = view.token(unitLast + 2);
        if (p == null || n == null || n.index() >= s.endToken() || !n.isWord()) {
            return null;
        }
        if (p.is("per") || p.isSymbol('/')) {
            return new int[] {n.index(), n.index()};
        }
        return null;
    }

    /** A device of the hardware claims mentioned in the sentence: named ones first, then the nearest. */
    /** How far from a figure, in tokens, the device it ran on is looked for. */
    private static final int DEVICE_RADIUS = 40;

    private static Device device(TextView view, Sentence s, List<Device> devices, int figure, int unitEnd) {
        List<Token> tokens = view.tokens();
        Device best = null;
        int bestScore = Integer.MAX_VALUE;
        // The device is named in the same clause; the cap keeps many timings in one huge sentence linear.
        int from = Math.max(s.firstToken(), figure - DEVICE_RADIUS);
        int to = Math.min(s.endToken(), unitEnd + DEVICE_RADIUS);
        for (Device d : devices) {
            for (int j = from; j < to; j++) {
                int len = d.phrase.matchAt(tokens, j);
                boolean plural = len == 0 && tokens.get(j).lower().equals(d.plural); // "on GPUs", "on H100s"
                if (len == 0 && !plural) {
                    continue;
                }
                int last = j + Math.max(len, 1) - 1;
                int distance = j > unitEnd ? j - unitEnd : figure - last;
                int score = distance + (d.generic ? 1000 : 0);
                if (score < bestScore) {
                    bestScore = score;
                    best = new Device(d.name, d.lower, d.plural, d.phrase, d.generic, j, last);
                }
            }
        }
        return best;
    }

    private static List<Device> devices(List<HardwareClaim> claims) {
        List<Device> out = new ArrayList<>();
        for (HardwareClaim c : claims) {
            String lower = c.name().toLowerCase(Locale.ROOT);
            out.add(new Device(c.name(), lower, lower + "s", PhraseSet.transientOf(List.of(c.name())),
                    GENERIC_DEVICES.contains(lower), -1, -1));
        }
        return out;
    }

    /** A device name to look for, and where it was found. */
    private record Device(String name, String lower, String plural, PhraseSet phrase, boolean generic, int first,
            int last) {
    }

    private static String phrase(List<Token> tokens, int first, int last) {
        StringBuilder sb = new StringBuilder();
        for (int k = first; k <= last; k++) {
            Token t = tokens.get(k);
            // Words are separated by one space, symbols by none: "tokens / s" reads "tokens/s".
            if (k > first && t.isWord() && tokens.get(k - 1).isWord()) {
                sb.append(' ');
            }
            sb.append(t.lower());
        }
        return sb.toString();
    }

    private static Map<String, Double> latencyUnits() {
        Map<String, Double> m = new HashMap<>();
        for (String e : VOCAB.entries("latency-units")) {
            int sp = e.lastIndexOf(' ');
            m.put(e.substring(0, sp).strip().toLowerCase(Locale.ROOT), Double.parseDouble(e.substring(sp + 1)));
        }
        return Map.copyOf(m);
    }

    /** Rate phrases keyed by their tokens in lower case, joined as {@link #phrase} joins them. */
    private static Map<String, String> rateUnits() {
        Map<String, String> m = new HashMap<>();
        for (String e : VOCAB.entries("throughput-units")) {
            int eq = e.indexOf(" = ");
            String p = e.substring(0, eq).strip();
            List<Token> toks = TextView.of(p).tokens();
            m.put(phrase(toks, 0, toks.size() - 1), e.substring(eq + 3).strip());
        }
        return Map.copyOf(m);
    }
}

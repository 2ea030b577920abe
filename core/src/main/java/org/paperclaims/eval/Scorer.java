package org.paperclaims.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.paperclaims.internal.Validate;

/**
 * Scores predicted paper records against gold records with exactly the rules of the reference scorer
 * ({@code shared/tools/score.py}): papers paired by id, else by normalised title; claims of one type paired
 * greedily on the type's key; optional gold claims count neither way; secondary fields compared on
 * pairs; paper metadata compared as normalised strings. Works on JSON trees so that gold files (which may
 * lack offsets and carry notes) are read as they are.
 */
public final class Scorer {
    private static final String[] META = {"title", "authorCount", "organization", "published", "upvotes"};
    private static final Map<String, List<String>> FIELDS = new LinkedHashMap<>();
    private static final Set<String> TEXT_FIELDS = Set.of("baseline", "workload", "metric", "dataset",
            "hardware", "name", "longName", "repo");
    private static final String[] HW_WORDS = {"nvidia", "geforce", "tesla", "mediatek", "apple", "google", "amd",
        "intel", "qualcomm", "gpu", "gpus"};

    static {
        FIELDS.put("speedup", List.of("bound", "baseline", "aspect"));
        FIELDS.put("reduction", List.of("bound", "baseline"));
        FIELDS.put("result", List.of("metric", "dataset", "from", "delta", "unit"));
        FIELDS.put("timing", List.of("bound", "workload", "hardware"));
        FIELDS.put("dataset", List.of("kind"));
        FIELDS.put("code", List.of("kind", "status", "repo"));
        FIELDS.put("hardware", List.of("count", "memoryGB"));
        FIELDS.put("model", List.of("name"));
        FIELDS.put("method", List.of("longName"));
    }

    private Scorer() {
    }

    /** Counts for one claim type (or all). */
    public record Counts(int tp, int fp, int fn) {
        /** tp / (tp + fp), 1 when nothing was predicted. */
        public double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        /** tp / (tp + fn), 1 when nothing was expected. */
        public double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }

        /** The harmonic mean of precision and recall, 0 when both are 0. */
        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }
    }

    /** An agreement rate: how many of {@code total} agreed. */
    public record Rate(int agreed, int total) {
        /** agreed / total. */
        public double value() {
            return total == 0 ? 1.0 : (double) agreed / total;
        }
    }

    /**
     * The outcome of a scoring run.
     *
     * @param types counts per claim type, sorted by type name
     * @param all counts over all claims
     * @param fields agreement per {@code type.field}, sorted
     * @param meta metadata accuracy per field, in the order the reference scorer prints it
     * @param goldPapers the number of gold papers
     * @param missingPapers gold papers with no predicted record
     * @param differences one line per miss, extra or field disagreement
     */
    public record Report(Map<String, Counts> types, Counts all, Map<String, Rate> fields, Map<String, Rate> meta,
            int goldPapers, int missingPapers, List<String> differences) {

        /** F1 of one type; 1.0 when the type occurs neither in gold nor in predictions. */
        public double f1(String type) {
            Counts c = types.get(type);
            return c == null ? 1.0 : c.f1();
        }

        /** Agreement of one {@code type.field}, or NaN when no pair carried the field. */
        public double field(String typeDotField) {
            Rate r = fields.get(typeDotField);
            return r == null ? Double.NaN : r.value();
        }

        /** The report as the reference scorer prints it; {@code errors} differences are listed at the end. */
        public String format(int errors) {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "%-10s %6s %6s %6s %5s %5s %5s%n", "type", "prec", "rec", "F1", "tp",
                    "fp", "fn"));
            Map<String, Counts> rows = new LinkedHashMap<>(types);
            rows.put("ALL", all);
            for (Map.Entry<String, Counts> e : rows.entrySet()) {
                Counts c = e.getValue();
                sb.append(String.format(Locale.ROOT, "%-10s %s %s %s %5d %5d %5d%n", e.getKey(), f3(c.precision()),
                        f3(c.recall()), f3(c.f1()), c.tp(), c.fp(), c.fn()));
            }
            sb.append("\nfield agreement on paired claims\n");
            for (Map.Entry<String, Rate> e : fields.entrySet()) {
                sb.append(String.format(Locale.ROOT, "  %-20s %s  (%d)%n", e.getKey(), f3(e.getValue().value()),
                        e.getValue().total()));
            }
            if (!meta.isEmpty()) {
                sb.append("\npaper metadata accuracy\n");
                for (Map.Entry<String, Rate> e : meta.entrySet()) {
                    sb.append(String.format(Locale.ROOT, "  %-20s %s  (%d)%n", e.getKey(), f3(e.getValue().value()),
                            e.getValue().total()));
                }
            }
            sb.append(String.format(Locale.ROOT, "%npapers in gold: %d, not found in predictions: %d%n", goldPapers,
                    missingPapers));
            if (errors > 0) {
                sb.append("\nfirst differences:\n");
                for (String d : differences.subList(0, Math.min(errors, differences.size()))) {
                    sb.append("  ").append(d).append('\n');
                }
            }
            return sb.toString();
        }
    }

    /** Python's {@code format(x, '6.3f')}: round half to even on the exact binary value. */
    static String f3(double x) {
        String s = new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
        return s.length() >= 6 ? s : " ".repeat(6 - s.length()) + s;
    }

    /**
     * Scores {@code predicted} against {@code gold}.
     *
     * @param gold gold paper records (JSON objects)
     * @param predicted predicted paper records (JSON objects)
     */
    public static Report score(List<JsonNode> gold, List<JsonNode> predicted) {
        Validate.notNull(gold, "gold");
        Validate.notNull(predicted, "predicted");
        Map<String, JsonNode> byId = new HashMap<>();
        Map<String, JsonNode> byTitle = new HashMap<>();
        for (JsonNode p : predicted) {
            byId.put(str(p.get("id")), p);
            byTitle.put(norm(str(p.get("title"))), p);
        }
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, int[]> fieldRates = new TreeMap<>();
        Map<String, int[]> metaRates = new LinkedHashMap<>();
        List<String> differences = new ArrayList<>();
        int missing = 0;
        for (JsonNode g : gold) {
            JsonNode p = byId.get(str(g.get("id")));
            if (p == null) {
                p = byTitle.get(norm(str(g.get("title"))));
            }
            String gid = str(g.get("id"));
            String shortId = gid == null ? "None" : gid.substring(0, Math.min(40, gid.length()));
            if (p == null) {
                missing++;
            } else {
                for (String f : META) {
                    JsonNode gv = g.get(f);
                    if (gv != null && !gv.isNull()) {
                        int[] r = metaRates.computeIfAbsent(f, k -> new int[2]);
                        r[1]++;
                        if (norm(pyStr(gv)).equals(norm(pyStr(p.get(f))))) {
                            r[0]++;
                        }
                    }
                }
            }
            Map<String, List<JsonNode>> gclaims = group(g.get("claims"));
            Map<String, List<JsonNode>> pclaims = p == null ? Map.of() : group(p.get("claims"));
            Set<String> types = new TreeSet<>(gclaims.keySet());
            types.addAll(pclaims.keySet());
            for (String t : types) {
                int[] c = counts.computeIfAbsent(t, k -> new int[3]);
                List<JsonNode> unused = new ArrayList<>(pclaims.getOrDefault(t, List.of()));
                List<JsonNode> optional = new ArrayList<>();
                for (JsonNode gc : gclaims.getOrDefault(t, List.of())) {
                    if (gc.path("optional").asBoolean(false)) {
                        optional.add(gc);
                        continue;
                    }
                    JsonNode hit = firstMatch(t, gc, unused);
                    if (hit == null) {
                        c[2]++;
                        differences.add("MISSED " + shortId + " " + t + ": " + repr(gc.get("text")));
                        continue;
                    }
                    unused.remove(hit);
                    c[0]++;
                    for (String f : FIELDS.getOrDefault(t, List.of())) {
                        if (gc.has(f)) {
                            int[] r = fieldRates.computeIfAbsent(t + "." + f, k -> new int[2]);
                            r[1]++;
                            if (fieldAgrees(f, gc.get(f), hit.get(f))) {
                                r[0]++;
                            } else {
                                differences.add("FIELD  " + shortId + " " + t + "." + f + ": gold "
                                        + repr(gc.get(f)) + " got " + repr(hit.get(f)));
                            }
                        }
                    }
                }
                for (JsonNode gc : optional) {
                    JsonNode hit = firstMatch(t, gc, unused);
                    if (hit != null) {
                        unused.remove(hit);
                    }
                }
                for (JsonNode pc : unused) {
                    c[1]++;
                    differences.add("EXTRA  " + shortId + " " + t + ": " + repr(pc.get("text")));
                }
            }
        }
        Map<String, Counts> types = new LinkedHashMap<>();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            types.put(e.getKey(), new Counts(c[0], c[1], c[2]));
            tp += c[0];
            fp += c[1];
            fn += c[2];
        }
        Map<String, Rate> fields = new LinkedHashMap<>();
        fieldRates.forEach((k, v) -> fields.put(k, new Rate(v[0], v[1])));
        Map<String, Rate> meta = new LinkedHashMap<>();
        metaRates.forEach((k, v) -> meta.put(k, new Rate(v[0], v[1])));
        return new Report(types, new Counts(tp, fp, fn), fields, meta, gold.size(), missing, differences);
    }

    private static JsonNode firstMatch(String type, JsonNode gc, List<JsonNode> candidates) {
        for (JsonNode pc : candidates) {
            if (keyMatch(type, gc, pc)) {
                return pc;
            }
        }
        return null;
    }

    private static Map<String, List<JsonNode>> group(JsonNode claims) {
        Map<String, List<JsonNode>> out = new TreeMap<>();
        if (claims != null && claims.isArray()) {
            for (JsonNode c : claims) {
                if (c.isObject() && c.hasNonNull("type") && !c.get("type").asText().isEmpty()) {
                    out.computeIfAbsent(c.get("type").asText(), k -> new ArrayList<>()).add(c);
                }
            }
        }
        return out;
    }

    static boolean keyMatch(String t, JsonNode g, JsonNode p) {
        switch (t) {
            case "speedup", "reduction" -> {
                if (!close(num(g, "factor"), num(p, "factor"), 0.01)) {
                    return false;
                }
                if (num(g, "factorMax") != null && !close(num(g, "factorMax"), num(p, "factorMax"), 0.01)) {
                    return false;
                }
                return !t.equals("reduction") || java.util.Objects.equals(str(g.get("resource")), str(p.get("resource")));
            }
            case "result" -> {
                if (num(g, "value") != null) {
                    return close(num(g, "value"), num(p, "value"), 0.005);
                }
                Double gd = num(g, "delta");
                Double pd = num(p, "delta");
                return gd != null && close(Math.abs(gd), Math.abs(pd == null ? 0 : pd), 0.005);
            }
            case "timing" -> {
                String f = "latency".equals(str(g.get("kind"))) ? "seconds" : "value";
                return java.util.Objects.equals(str(g.get("kind")), str(p.get("kind")))
                        && close(num(g, f), num(p, f), 0.01);
            }
            case "dataset" -> {
                return norm(str(g.get("name"))).equals(norm(str(p.get("name"))));
            }
            case "hardware" -> {
                return normHw(str(g.get("name"))).equals(normHw(str(p.get("name"))));
            }
            case "method" -> {
                Set<String> names = new java.util.HashSet<>();
                names.add(norm(str(g.get("name"))));
                names.add(norm(str(g.get("longName"))));
                names.remove("");
                String pl = norm(str(p.get("longName")));
                return names.contains(norm(str(p.get("name")))) || (names.contains(pl) && !pl.isEmpty());
            }
            case "model" -> {
                return close(num(g, "parameters"), num(p, "parameters"), 0.01);
            }
            case "code" -> {
                return java.util.Objects.equals(normUrl(str(g.get("url"))), normUrl(str(p.get("url"))));
            }
            default -> {
                return false;
            }
        }
    }

    static boolean fieldAgrees(String f, JsonNode a, JsonNode b) {
        if (a != null && a.isNumber()) {
            return b != null && b.isNumber() && close(a.asDouble(), b.asDouble(), 0.005);
        }
        if (TEXT_FIELDS.contains(f)) {
            String na = f.equals("hardware") ? normHw(str(a)) : norm(str(a));
            String nb = f.equals("hardware") ? normHw(str(b)) : norm(str(b));
            if (na.isEmpty() || nb.isEmpty()) {
                return na.equals(nb);
            }
            return na.equals(nb) || (na.length() > 3 && nb.length() > 3 && (na.contains(nb) || nb.contains(na)));
        }
        return jsonEquals(a, b);
    }

    private static boolean jsonEquals(JsonNode a, JsonNode b) {
        boolean an = a == null || a.isNull();
        boolean bn = b == null || b.isNull();
        if (an || bn) {
            return an && bn;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.asDouble() == b.asDouble();
        }
        return a.equals(b);
    }

    static boolean close(Double a, Double b, double tol) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        if (a.doubleValue() == b.doubleValue()) {
            return true;
        }
        return Math.abs(a - b) <= tol * Math.max(Math.abs(a), Math.abs(b));
    }

    private static Double num(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v != null && v.isNumber() ? v.asDouble() : null;
    }

    private static String str(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        return v.isTextual() ? v.asText() : v.toString();
    }

    /** Python's {@code str()} of a JSON value, as the reference scorer compares metadata. */
    private static String pyStr(JsonNode v) {
        if (v == null || v.isNull()) {
            return "None";
        }
        if (v.isTextual()) {
            return v.asText();
        }
        if (v.isBoolean()) {
            return v.asBoolean() ? "True" : "False";
        }
        return v.toString();
    }

    /** Lower case with everything but {@code a-z0-9} removed; {@code ""} for null. */
    public static String norm(String s) {
        if (s == null) {
            return "";
        }
        String lower = s.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static String normHw(String s) {
        String n = norm(s);
        for (String w : HW_WORDS) {
            if (!n.equals(w)) {
                String r = n.replace(w, "");
                n = r.isEmpty() ? n : r;
            }
        }
        return n;
    }

    static String normUrl(String u) {
        if (u == null) {
            return null;
        }
        String s = u.strip().toLowerCase(Locale.ROOT);
        String rest = s.startsWith("https://") ? s.substring(8) : s.startsWith("http://") ? s.substring(7) : null;
        if (rest != null) {
            s = rest.startsWith("www.") ? rest.substring(4) : rest;
        }
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '/') {
            end--;
        }
        if (s.startsWith(".git", end - 4) && end >= 4) {
            end -= 4;
        }
        return s.substring(0, end);
    }

    private static String repr(JsonNode v) {
        if (v == null || v.isNull()) {
            return "None";
        }
        if (v.isTextual()) {
            return "'" + v.asText().replace("\\", "\\\\").replace("'", "\\'") + "'";
        }
        return v.toString();
    }
}

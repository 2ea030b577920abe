package org.paperclaims.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.text.StringEscapeUtils;
import org.paperclaims.json.PaperJson;
import org.paperclaims.model.Aspect;
import org.paperclaims.model.Claim;
import org.paperclaims.model.ClaimType;
import org.paperclaims.model.Paper;
import org.paperclaims.model.SpeedupClaim;

/**
 * Renders papers and their claims as one self-contained HTML page: no network, no external scripts,
 * fonts or style sheets. Each claim is a {@code <mark class="claim claim-TYPE" data-type="TYPE">} in its
 * abstract, with one {@code data-*} attribute per non-null field and the normalised values in its
 * {@code title}; checkboxes filter the highlighting by type; an inline SVG plots the speedup factors
 * by aspect on a log scale. The same papers give the same bytes.
 *
 * <p>Overlapping claims: a claim inside another nests inside its mark. When two claims cross (each
 * starts inside the other, as with "2x and 3x faster than A and B, respectively"), the later one's mark
 * ends where the earlier one ends, and its remainder continues in a {@code <span class="claim-part">}
 * with the same type; so there is exactly one {@code mark} per claim and the HTML stays well nested.
 */
final class ClaimsReport {
    /** A colour per type, readable behind black text. */
    private static final Map<ClaimType, String> COLOURS = new EnumMap<>(ClaimType.class);

    static {
        COLOURS.put(ClaimType.SPEEDUP, "#ffd54f");
        COLOURS.put(ClaimType.REDUCTION, "#ffab91");
        COLOURS.put(ClaimType.RESULT, "#a5d6a7");
        COLOURS.put(ClaimType.TIMING, "#90caf9");
        COLOURS.put(ClaimType.DATASET, "#ce93d8");
        COLOURS.put(ClaimType.CODE, "#80deea");
        COLOURS.put(ClaimType.HARDWARE, "#bcaaa4");
        COLOURS.put(ClaimType.MODEL, "#f48fb1");
        COLOURS.put(ClaimType.METHOD, "#c5e1a5");
    }

    private static final int CHART_WIDTH = 760;
    private static final int CHART_LEFT = 120;
    private static final int CHART_RIGHT = 30;
    private static final int ROW = 30;

    private ClaimsReport() {
    }

    /** The colour a type is highlighted in, as a CSS hex colour. */
    static String colour(ClaimType type) {
        return COLOURS.get(type);
    }

    /**
     * The whole page for {@code papers}, titled {@code title}; {@code sources} (input names) are listed in
     * the header. Papers without an abstract are listed with their title only.
     */
    static String render(String title, List<String> sources, List<Paper> papers) {
        Map<ClaimType, Integer> counts = new EnumMap<>(ClaimType.class);
        for (ClaimType t : ClaimType.values()) {
            counts.put(t, 0);
        }
        int claims = 0;
        for (Paper p : papers) {
            for (Claim c : p.claims()) {
                counts.merge(c.type(), 1, Integer::sum);
                claims++;
            }
        }
        StringBuilder h = new StringBuilder(1 << 16);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(title)).append("</title>\n")
                .append("<style>\n").append(css()).append("</style>\n</head>\n<body>\n<header>\n")
                .append("<h1>").append(esc(title)).append("</h1>\n")
                .append("<p class=\"summary\">").append(papers.size()).append(papers.size() == 1 ? " paper, " : " papers, ")
                .append(claims).append(claims == 1 ? " claim" : " claims");
        if (!sources.isEmpty()) {
            h.append(" from ").append(esc(String.join(", ", sources)));
        }
        h.append("</p>\n<fieldset id=\"filters\">\n<legend>Highlight claim types</legend>\n");
        for (ClaimType t : ClaimType.values()) {
            h.append("<label><input type=\"checkbox\" checked data-type=\"").append(t.wireName()).append("\"> ")
                    .append("<span class=\"swatch claim-").append(t.wireName()).append("\"></span>")
                    .append(t.wireName()).append(" <span class=\"count\" data-type=\"").append(t.wireName())
                    .append("\">").append(counts.get(t)).append("</span></label>\n");
        }
        h.append("</fieldset>\n</header>\n");
        chart(papers, h);
        h.append("<main>\n");
        for (int i = 0; i < papers.size(); i++) {
            paper(papers.get(i), i + 1, h);
        }
        h.append("</main>\n<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void paper(Paper p, int n, StringBuilder h) {
        TreeSet<String> types = new TreeSet<>();
        p.claims().forEach(c -> types.add(c.type().wireName()));
        h.append("<article class=\"paper\" id=\"paper-").append(n).append("\" data-id=\"").append(esc(p.id()))
                .append("\" data-claims=\"").append(p.claims().size()).append("\" data-types=\"")
                .append(String.join(" ", types)).append("\">\n<h2>").append(esc(p.title() == null ? p.id() : p.title()))
                .append("</h2>\n<p class=\"meta\">").append(esc(p.id()));
        if (p.published() != null) {
            h.append(" · ").append(p.published());
        }
        if (p.organization() != null) {
            h.append(" · ").append(esc(p.organization()));
        }
        if (p.upvotes() != null) {
            h.append(" · ").append(p.upvotes()).append(" upvotes");
        }
        h.append(" · ").append(p.claims().size()).append(p.claims().size() == 1 ? " claim" : " claims").append("</p>\n");
        if (p.abstractText() != null) {
            h.append("<p class=\"abstract\">");
            highlight(p, "c" + n + "-", h);
            h.append("</p>\n");
        }
        h.append("</article>\n");
    }

    /** An element open in the abstract: a claim's mark, or the continuation of one that was cut. */
    private record Open(int claim, int end, boolean part) {
    }

    /**
     * Appends {@code p}'s abstract, escaped, with its claims marked. A sweep over the span boundaries keeps
     * a stack of open elements; closing one that is not on top closes those above it first and reopens
     * them afterwards as {@code claim-part} spans, so tags always nest.
     */
    static void highlight(Paper p, String idPrefix, StringBuilder h) {
        String text = p.abstractText();
        List<Claim> claims = p.claims();
        JsonNode fields = PaperJson.claimsToTree(claims);
        List<Integer> order = new ArrayList<>();
        TreeSet<Integer> bounds = new TreeSet<>(List.of(0, text.length()));
        for (int i = 0; i < claims.size(); i++) {
            order.add(i);
            bounds.add(claims.get(i).start());
            bounds.add(claims.get(i).end());
        }
        // Longer spans open first, so a span inside another nests inside its mark.
        order.sort(Comparator.<Integer>comparingInt(i -> claims.get(i).start())
                .thenComparing(i -> -claims.get(i).end()).thenComparing(i -> i));
        Iterator<Integer> next = order.iterator();
        Integer pending = next.hasNext() ? next.next() : null;
        List<Open> stack = new ArrayList<>();
        Integer previous = null;
        for (int pos : bounds) {
            if (previous != null) {
                h.append(esc(text.substring(previous, pos)));
            }
            close(pos, stack, claims, idPrefix, h);
            while (pending != null && claims.get(pending).start() == pos) {
                Claim c = claims.get(pending);
                h.append(openMark(c, fields.get(pending), idPrefix + pending));
                if (c.end() == pos) {
                    h.append("</mark>");
                } else {
                    stack.add(new Open(pending, c.end(), false));
                }
                pending = next.hasNext() ? next.next() : null;
            }
            previous = pos;
        }
    }

    private static void close(int pos, List<Open> stack, List<Claim> claims, String idPrefix, StringBuilder h) {
        int lowest = -1;
        for (int i = 0; i < stack.size(); i++) {
            if (stack.get(i).end() == pos) {
                lowest = i;
                break;
            }
        }
        if (lowest < 0) {
            return;
        }
        List<Open> reopen = new ArrayList<>();
        while (stack.size() > lowest) {
            Open o = stack.remove(stack.size() - 1);
            h.append(o.part() ? "</span>" : "</mark>");
            if (o.end() != pos) {
                reopen.add(0, o);
            }
        }
        for (Open o : reopen) {
            Claim c = claims.get(o.claim());
            h.append("<span class=\"claim-part claim-").append(c.type().wireName()).append("\" data-part-of=\"")
                    .append(idPrefix).append(o.claim()).append("\">");
            stack.add(new Open(o.claim(), o.end(), true));
        }
    }

    private static String openMark(Claim c, JsonNode fields, String id) {
        String type = c.type().wireName();
        StringBuilder m = new StringBuilder("<mark class=\"claim claim-").append(type).append("\" id=\"").append(id)
                .append("\" data-type=\"").append(type).append("\" data-start=\"").append(c.start())
                .append("\" data-end=\"").append(c.end()).append('"');
        StringBuilder tip = new StringBuilder(type);
        String sep = ": ";
        for (Map.Entry<String, JsonNode> e : values(fields).entrySet()) {
            m.append(" data-").append(kebab(e.getKey())).append("=\"").append(esc(text(e.getValue()))).append('"');
            tip.append(sep).append(e.getKey()).append(' ').append(text(e.getValue()));
            sep = ", ";
        }
        return m.append(" title=\"").append(esc(tip.toString())).append("\">").toString();
    }

    /** The claim's own non-null fields, in the contract's order, without type, text and offsets. */
    private static Map<String, JsonNode> values(JsonNode fields) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : fields.properties()) {
            String k = e.getKey();
            if (!e.getValue().isNull() && !k.equals("type") && !k.equals("text") && !k.equals("start")
                    && !k.equals("end")) {
                out.put(k, e.getValue());
            }
        }
        return out;
    }

    private static String text(JsonNode v) {
        return v.isTextual() ? v.asText() : v.toString();
    }

    /** {@code factorMax} → {@code factor-max}, {@code memoryGB} → {@code memory-gb}: valid data-* names. */
    static String kebab(String camel) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char ch = camel.charAt(i);
            if (Character.isUpperCase(ch)) {
                if (i > 0 && !Character.isUpperCase(camel.charAt(i - 1))) {
                    sb.append('-');
                }
                sb.append(Character.toLowerCase(ch));
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    /** The speedup chart: one row per aspect, a dot per claim at log10(factor), a bar at the median. */
    private static void chart(List<Paper> papers, StringBuilder h) {
        Map<String, List<Double>> rows = new LinkedHashMap<>();
        Map<String, List<String>> tips = new LinkedHashMap<>();
        for (Aspect a : Aspect.values()) {
            rows.put(a.wireName(), new ArrayList<>());
            tips.put(a.wireName(), new ArrayList<>());
        }
        rows.put("unspecified", new ArrayList<>());
        tips.put("unspecified", new ArrayList<>());
        double max = 10;
        int total = 0;
        for (Paper p : papers) {
            for (SpeedupClaim s : p.claims(SpeedupClaim.class)) {
                String key = s.aspect() == null ? "unspecified" : s.aspect().wireName();
                rows.get(key).add(s.factor());
                tips.get(key).add(num(s.factor()) + "× " + key + " — " + (p.title() == null ? p.id() : p.title())
                        + ": " + s.text());
                max = Math.max(max, s.factor());
                total++;
            }
        }
        rows.values().removeIf(List::isEmpty);
        tips.keySet().retainAll(rows.keySet());
        int decades = (int) Math.ceil(Math.log10(max) - 1e-9);
        int plot = CHART_WIDTH - CHART_LEFT - CHART_RIGHT;
        int height = 30 + Math.max(1, rows.size()) * ROW + 40;
        h.append("<section id=\"chart\">\n<h2>Speedup factors by aspect (log scale)</h2>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(CHART_WIDTH).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(CHART_WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"Speedup factors by aspect\" data-speedups=\"").append(total)
                .append("\">\n");
        int axisY = 30 + Math.max(1, rows.size()) * ROW;
        for (int d = 0; d <= decades && !rows.isEmpty(); d++) {
            for (int m = 1; m <= (d == decades ? 1 : 9); m++) {
                double x = CHART_LEFT + plot * (d + Math.log10(m)) / decades;
                h.append("<line class=\"").append(m == 1 ? "grid" : "minor").append("\" x1=\"").append(num(x))
                        .append("\" y1=\"20\" x2=\"").append(num(x)).append("\" y2=\"").append(axisY).append("\"/>\n");
            }
            double x = CHART_LEFT + plot * (double) d / decades;
            h.append("<text class=\"tick\" x=\"").append(num(x)).append("\" y=\"").append(axisY + 18)
                    .append("\" text-anchor=\"middle\">").append(num(Math.pow(10, d))).append("×</text>\n");
        }
        if (rows.isEmpty()) {
            h.append("<text class=\"empty\" x=\"").append(CHART_LEFT + plot / 2).append("\" y=\"50\" ")
                    .append("text-anchor=\"middle\">No speedup claims</text>\n");
        }
        int r = 0;
        for (Map.Entry<String, List<Double>> e : rows.entrySet()) {
            int y = 30 + r * ROW + ROW / 2;
            List<Double> values = e.getValue();
            h.append("<g class=\"row\" data-aspect=\"").append(e.getKey()).append("\">\n<text class=\"label\" x=\"")
                    .append(CHART_LEFT - 10).append("\" y=\"").append(y + 4).append("\" text-anchor=\"end\">")
                    .append(e.getKey()).append(" (").append(values.size()).append(")</text>\n");
            List<Double> sorted = new ArrayList<>(values);
            sorted.sort(null);
            int k = sorted.size();
            double median = k % 2 == 1 ? sorted.get(k / 2) : (sorted.get(k / 2 - 1) + sorted.get(k / 2)) / 2;
            double mx = CHART_LEFT + plot * Math.log10(median) / decades;
            h.append("<line class=\"median\" x1=\"").append(num(mx)).append("\" y1=\"").append(y - 10)
                    .append("\" x2=\"").append(num(mx)).append("\" y2=\"").append(y + 10).append("\"><title>median ")
                    .append(num(median)).append("×</title></line>\n");
            List<String> t = tips.get(e.getKey());
            for (int i = 0; i < values.size(); i++) {
                double x = CHART_LEFT + plot * Math.log10(values.get(i)) / decades;
                h.append("<circle class=\"dot\" cx=\"").append(num(x)).append("\" cy=\"").append(y)
                        .append("\" r=\"5\" data-factor=\"").append(num(values.get(i))).append("\"><title>")
                        .append(esc(t.get(i))).append("</title></circle>\n");
            }
            h.append("</g>\n");
            r++;
        }
        h.append("</svg>\n</section>\n");
    }

    /** Up to three decimals, no trailing zeros, locale-independent: deterministic bytes. */
    static String num(double v) {
        String s = String.format(Locale.ROOT, "%.3f", v);
        s = s.contains(".") ? s.replaceAll("0+$", "") : s;
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static String esc(String s) {
        return StringEscapeUtils.escapeHtml4(s);
    }

    private static String css() {
        StringBuilder c = new StringBuilder();
        c.append("body{font:15px/1.5 system-ui,-apple-system,'Segoe UI',sans-serif;margin:0 auto;max-width:980px;"
                + "padding:0 16px 48px;color:#1f2328;background:#fff}\n")
                .append("h1{font-size:24px;margin:20px 0 4px}h2{font-size:17px;margin:0 0 2px}\n")
                .append(".summary,.meta{color:#59636e;margin:0 0 8px}.meta{font-size:13px}\n")
                .append("#filters{border:1px solid #d1d9e0;border-radius:6px;margin:8px 0 16px;padding:6px 10px}\n")
                .append("#filters label{display:inline-block;margin:2px 12px 2px 0;cursor:pointer}\n")
                .append(".swatch{display:inline-block;width:12px;height:12px;border-radius:2px;"
                        + "vertical-align:-1px;margin-right:4px}\n")
                .append(".count{color:#59636e;font-size:12px}\n")
                .append("#chart svg{max-width:100%;height:auto;font-size:12px}\n")
                .append(".grid{stroke:#c8d1da}.minor{stroke:#eef1f4}.tick,.label,.empty{fill:#59636e}\n")
                .append(".dot{fill:#e0a800;fill-opacity:.7;stroke:#7a5c00}.median{stroke:#1f2328;stroke-width:2}\n")
                .append(".paper{border-top:1px solid #d1d9e0;padding:12px 0}\n")
                .append(".abstract{margin:4px 0}\n")
                .append("mark.claim,.claim-part{border-radius:3px;padding:1px 0;color:inherit}\n")
                .append("mark.claim{cursor:help}\n")
                .append("mark.claim mark.claim{box-shadow:0 0 0 1px #1f2328 inset}\n");
        for (ClaimType t : ClaimType.values()) {
            String n = t.wireName();
            c.append(".claim-").append(n).append("{background:").append(COLOURS.get(t)).append("}\n")
                    .append(".hide-").append(n).append(" mark.claim-").append(n).append(",.hide-").append(n)
                    .append(" .claim-part.claim-").append(n).append("{background:transparent;box-shadow:none}\n");
        }
        return c.toString();
    }

    private static final String SCRIPT = """
            // Filters: an unchecked type adds hide-TYPE to <body>, and the style sheet clears its highlight.
            document.querySelectorAll('#filters input[type=checkbox]').forEach(function (box) {
              box.addEventListener('change', function () {
                document.body.classList.toggle('hide-' + box.dataset.type, !box.checked);
              });
            });
            """;
}

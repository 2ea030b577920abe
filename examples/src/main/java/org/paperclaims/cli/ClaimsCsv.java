package org.paperclaims.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.text.StringEscapeUtils;
import org.paperclaims.json.PaperJson;
import org.paperclaims.model.Claim;
import org.paperclaims.model.Paper;

/**
 * Writes the claims table: one CSV row per claim with the paper's id and title, the claim's type, text
 * and offsets, and every claim field of every type as a column (empty where a type has no such field or
 * the value is null). Numbers are written as in the JSON output.
 */
final class ClaimsCsv {
    /** The claim fields of all types, in the order of the contract. */
    static final List<String> CLAIM_FIELDS = List.of("factor", "factorMax", "bound", "percent", "aspect", "resource",
            "baseline", "metric", "value", "unit", "from", "delta", "dataset", "kind", "seconds", "workload",
            "hardware", "name", "longName", "url", "status", "repo", "count", "memoryGB", "parameters");

    private ClaimsCsv() {
    }

    static void header(Writer out) throws IOException {
        out.write("paper_id,paper_title,type,text,start,end");
        for (String f : CLAIM_FIELDS) {
            out.write(',');
            out.write(f);
        }
        out.write('\n');
    }

    static void rows(Paper paper, Writer out) throws IOException {
        if (paper.claims().isEmpty()) {
            return;
        }
        JsonNode claims = PaperJson.claimsToTree(paper.claims());
        for (int i = 0; i < claims.size(); i++) {
            JsonNode c = claims.get(i);
            Claim claim = paper.claims().get(i);
            StringBuilder sb = new StringBuilder();
            sb.append(cell(paper.id())).append(',').append(cell(paper.title())).append(',')
                    .append(claim.type().wireName()).append(',').append(cell(claim.text())).append(',')
                    .append(claim.start()).append(',').append(claim.end());
            for (String f : CLAIM_FIELDS) {
                sb.append(',');
                JsonNode v = c.get(f);
                if (v != null && !v.isNull()) {
                    sb.append(cell(v.isTextual() ? v.asText() : v.toString()));
                }
            }
            sb.append('\n');
            out.write(sb.toString());
        }
    }

    private static String cell(String s) {
        return s == null ? "" : StringEscapeUtils.escapeCsv(s);
    }
}

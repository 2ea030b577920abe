package org.paperclaims.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the JSON Lines output of {@code paperclaims extract} into an embedded, in-memory DuckDB and
 * answers the questions of {@link AnalyticsQuery}: largest speedups, median speedup by aspect, code
 * availability, most frequent datasets.
 *
 * <pre>
 * ./paperclaims extract examples/data/daily-papers.txt --reference-date 2025-12-08 -o papers.jsonl
 * mvn -q -pl examples exec:java -Dexec.mainClass=org.paperclaims.examples.DuckDbAnalytics -Dexec.args=papers.jsonl
 * </pre>
 */
public final class DuckDbAnalytics {
    private DuckDbAnalytics() {
    }

    /** Prints every query's answer for the JSON Lines file named by the one argument. */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: DuckDbAnalytics PAPERS.jsonl");
            System.exit(2);
        }
        Path input = Path.of(args[0]);
        try (Connection db = open()) {
            load(db, input);
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            for (AnalyticsQuery q : AnalyticsQuery.values()) {
                if (q != AnalyticsQuery.LOAD) {
                    out.println("== " + q.title() + " (" + q.file() + ")");
                    print(query(db, q), out);
                    out.println();
                }
            }
        }
    }

    /** A new in-memory DuckDB database; the caller closes it. */
    public static Connection open() throws SQLException {
        return DriverManager.getConnection("jdbc:duckdb:");
    }

    /**
     * Creates the {@code papers} and {@code claims} tables of {@code db} from a JSON Lines file of paper
     * records.
     *
     * @throws NoSuchFileException if {@code input} does not exist
     */
    public static void load(Connection db, Path input) throws SQLException, NoSuchFileException {
        if (!Files.exists(input)) {
            throw new NoSuchFileException(input.toString(), null, "no such file");
        }
        try (Statement s = db.createStatement()) {
            // A string literal, not a bound parameter: SET VARIABLE takes a constant expression.
            s.execute("SET VARIABLE input = '" + input.toAbsolutePath().toString().replace("'", "''") + "'");
            s.execute(AnalyticsQuery.LOAD.sql());
        }
    }

    /** The rows of one query as column-name-to-value maps, in the query's order. */
    public static List<Map<String, Object>> query(Connection db, AnalyticsQuery q) throws SQLException {
        if (q == AnalyticsQuery.LOAD) {
            throw new IllegalArgumentException("q must be a query, not LOAD");
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(q.sql())) {
            ResultSetMetaData m = r.getMetaData();
            while (r.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= m.getColumnCount(); i++) {
                    row.put(m.getColumnLabel(i), r.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** Prints rows as a plain aligned table, long cells cut at 60 characters. */
    static void print(List<Map<String, Object>> rows, PrintStream out) {
        if (rows.isEmpty()) {
            out.println("(no rows)");
            return;
        }
        List<String> cols = new ArrayList<>(rows.get(0).keySet());
        int[] width = new int[cols.size()];
        for (int i = 0; i < cols.size(); i++) {
            width[i] = cols.get(i).length();
            for (Map<String, Object> row : rows) {
                width[i] = Math.max(width[i], cell(row.get(cols.get(i))).length());
            }
        }
        StringBuilder head = new StringBuilder();
        for (int i = 0; i < cols.size(); i++) {
            head.append(String.format(java.util.Locale.ROOT, "%-" + width[i] + "s  ", cols.get(i)));
        }
        out.println(head.toString().stripTrailing());
        for (Map<String, Object> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < cols.size(); i++) {
                line.append(String.format(java.util.Locale.ROOT, "%-" + width[i] + "s  ", cell(row.get(cols.get(i)))));
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private static String cell(Object v) {
        String s = v == null ? "" : v.toString();
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}

package org.paperclaims.examples.spark;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.paperclaims.PaperClaims;
import org.paperclaims.json.PaperJson;
import org.paperclaims.model.Claim;
import org.paperclaims.model.Paper;
import org.paperclaims.pipeline.ClaimChain;

/**
 * A Spark job: reads a JSON Lines corpus of paper records, runs the standard extractor chain over the
 * abstracts, and writes the claims table as Parquet, one row per claim with the columns of the
 * command line's CSV ({@code paperclaims extract --to csv}).
 *
 * <p>How the chain reaches the executors: it does not travel. The function given to
 * {@code mapPartitions} is a static method reference that captures nothing, so Spark serializes only
 * a reference to this class; inside it, {@link PaperClaims#standard()} is a lazily built static (a holder
 * class), so each executor JVM builds its own chain once, on the first partition it processes, and
 * shares it across its tasks (the chain is immutable and thread-safe). The chain need not be, and
 * is not, {@code Serializable}.
 *
 * <pre>
 * spark-submit --class org.paperclaims.examples.spark.ClaimsToParquet paperclaims-cli.jar papers.jsonl claims.parquet
 * </pre>
 */
public final class ClaimsToParquet {
    private ClaimsToParquet() {
    }

    /** The columns of the claims table, in order; the same names and order as the CSV header. */
    public static final StructType SCHEMA = schema();

    /** The paper fields the job reads; other fields of the records are ignored. */
    static final StructType INPUT = new StructType()
            .add("id", DataTypes.StringType)
            .add("title", DataTypes.StringType)
            .add("abstract", DataTypes.StringType);

    private static StructType schema() {
        List<StructField> f = new ArrayList<>();
        f.add(DataTypes.createStructField("paper_id", DataTypes.StringType, false));
        f.add(DataTypes.createStructField("paper_title", DataTypes.StringType, true));
        f.add(DataTypes.createStructField("type", DataTypes.StringType, false));
        f.add(DataTypes.createStructField("text", DataTypes.StringType, false));
        f.add(DataTypes.createStructField("start", DataTypes.IntegerType, false));
        f.add(DataTypes.createStructField("end", DataTypes.IntegerType, false));
        for (String name : List.of("factor", "factorMax", "bound", "percent", "aspect", "resource", "baseline",
                "metric", "value", "unit", "from", "delta", "dataset", "kind", "seconds", "workload", "hardware",
                "name", "longName", "url", "status", "repo", "count", "memoryGB", "parameters")) {
            f.add(DataTypes.createStructField(name, typeOf(name), true));
        }
        return DataTypes.createStructType(f);
    }

    private static DataType typeOf(String field) {
        return switch (field) {
            case "factor", "factorMax", "percent", "value", "from", "delta", "seconds", "memoryGB" ->
                    DataTypes.DoubleType;
            case "count" -> DataTypes.IntegerType;
            case "parameters" -> DataTypes.LongType;
            default -> DataTypes.StringType;
        };
    }

    /** {@code ClaimsToParquet INPUT.jsonl OUTPUT.parquet}: runs on the session's configured master. */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: ClaimsToParquet INPUT.jsonl OUTPUT.parquet");
            System.exit(2);
        }
        SparkSession spark = SparkSession.builder().appName("paperclaims").getOrCreate();
        try {
            run(spark, args[0], args[1]);
        } finally {
            spark.stop();
        }
    }

    /** Reads {@code input} (JSON Lines, any Hadoop path), writes the claims table to {@code output}. */
    public static void run(SparkSession spark, String input, String output) {
        claims(spark.read().schema(INPUT).json(input)).write().mode(SaveMode.Overwrite).parquet(output);
    }

    /** The claims table of a data set of paper records with at least {@code title} and {@code abstract}. */
    public static Dataset<Row> claims(Dataset<Row> papers) {
        return papers.select("id", "title", "abstract")
                .mapPartitions((MapPartitionsFunction<Row, Row>) ClaimsToParquet::extract, Encoders.row(SCHEMA));
    }

    /**
     * Runs on an executor: one partition of paper rows in, their claim rows out, lazily (one paper's
     * claims in memory at a time). Papers without an abstract give no rows, as in the CSV.
     */
    static Iterator<Row> extract(Iterator<Row> papers) {
        ClaimChain chain = PaperClaims.standard();
        return new Iterator<>() {
            private final ArrayDeque<Row> pending = new ArrayDeque<>();

            @Override
            public boolean hasNext() {
                while (pending.isEmpty() && papers.hasNext()) {
                    Row p = papers.next();
                    String title = p.isNullAt(1) ? null : p.getString(1).strip();
                    // Trimmed as every reader of the library trims it, so that offsets match the CLI's output.
                    String abstractText = p.isNullAt(2) ? null : p.getString(2).strip();
                    if (abstractText == null) {
                        continue;
                    }
                    String id = p.isNullAt(0) || p.getString(0).isBlank() ? Paper.slugOf(title) : p.getString(0);
                    List<Claim> claims = chain.run(title, abstractText).claims();
                    JsonNode fields = PaperJson.claimsToTree(claims);
                    for (int i = 0; i < claims.size(); i++) {
                        pending.add(row(id, title, claims.get(i), fields.get(i)));
                    }
                }
                return !pending.isEmpty();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return pending.poll();
            }
        };
    }

    private static Row row(String id, String title, Claim c, JsonNode fields) {
        Object[] v = new Object[SCHEMA.size()];
        v[0] = id;
        v[1] = title;
        v[2] = c.type().wireName();
        v[3] = c.text();
        v[4] = c.start();
        v[5] = c.end();
        for (int i = 6; i < v.length; i++) {
            StructField f = SCHEMA.fields()[i];
            JsonNode n = fields.get(f.name());
            if (n == null || n.isNull()) {
                continue;
            }
            DataType t = f.dataType();
            if (t == DataTypes.DoubleType) {
                v[i] = n.asDouble();
            } else if (t == DataTypes.IntegerType) {
                v[i] = n.asInt();
            } else if (t == DataTypes.LongType) {
                v[i] = n.asLong();
            } else {
                v[i] = n.asText();
            }
        }
        return RowFactory.create(v);
    }
}

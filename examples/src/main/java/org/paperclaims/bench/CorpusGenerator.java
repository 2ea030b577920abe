package org.paperclaims.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.paperclaims.json.PaperJson;
import org.paperclaims.model.Paper;

/**
 * Writes a large JSON Lines corpus for end-to-end runs by cycling through the benchmark corpus with
 * distinct ids: {@code CorpusGenerator RECORDS OUT.jsonl}, or {@code CorpusGenerator --bytes N OUT.jsonl}.
 */
public final class CorpusGenerator {
    private CorpusGenerator() {
    }

    /** Entry point; see the class comment for arguments. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: CorpusGenerator RECORDS OUT.jsonl | --bytes N OUT.jsonl");
            System.exit(2);
        }
        boolean byBytes = args[0].equals("--bytes");
        long limit = Long.parseLong(byBytes ? args[1] : args[0]);
        Path out = Path.of(args[byBytes ? 2 : 1]);
        List<Paper> papers = BenchCorpus.papers();
        long written = 0;
        long n = 0;
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out),
                StandardCharsets.UTF_8), 1 << 20)) {
            while (byBytes ? written < limit : n < limit) {
                Paper p = papers.get((int) (n % papers.size()));
                Paper copy = new Paper("bench-" + n, p.title(), p.abstractText(), p.authors(), p.authorCount(),
                        p.organization(), p.published(), p.upvotes(), List.of());
                String line = PaperJson.toJson(copy);
                w.write(line);
                w.write('\n');
                written += line.getBytes(StandardCharsets.UTF_8).length + 1;
                n++;
            }
        }
        System.err.printf("%d records, %d bytes -> %s%n", n, written, out);
    }
}

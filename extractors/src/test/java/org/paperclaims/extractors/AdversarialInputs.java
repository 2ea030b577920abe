package org.paperclaims.extractors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Builds the hostile texts described by {@code adversarial/corpus.tsv}. */
public final class AdversarialInputs {
    private AdversarialInputs() {
    }

    /** One row of the corpus. */
    public record Case(String name, String prefix, String unit, String suffix, int length) {
        /** The text at the row's own length. */
        public String text() {
            return text(length);
        }

        /** The text cut to about {@code chars} characters (prefix, repeated unit, suffix). */
        public String text(int chars) {
            StringBuilder sb = new StringBuilder(chars + suffix.length() + unit.length());
            sb.append(prefix);
            while (sb.length() < chars - suffix.length()) {
                sb.append(unit);
            }
            return sb.append(suffix).toString();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Every row of the corpus. */
    public static List<Case> cases() {
        List<Case> out = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(
                AdversarialInputs.class.getResourceAsStream("/adversarial/corpus.tsv"));
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                out.add(new Case(f[0], unescape(f[1]), unescape(f[2]), unescape(f[3]), Integer.parseInt(f[4])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                sb.append(c);
                continue;
            }
            char d = s.charAt(++i);
            switch (d) {
                case 'u' -> {
                    sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                case 't' -> sb.append('\t');
                case 'n' -> sb.append('\n');
                default -> sb.append(d);
            }
        }
        return sb.toString();
    }
}

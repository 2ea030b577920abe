package org.paperclaims.extractors.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Word lists read from a resource file beside the extractors, so that users can read and extend the
 * vocabulary without touching code. Format: {@code # comment} lines, {@code [section]} headers, then one
 * entry (a word or a phrase) per line. Not API.
 */
public final class Vocabulary {
    private final String resource;
    private final Map<String, List<String>> sections;

    private Vocabulary(String resource, Map<String, List<String>> sections) {
        this.resource = resource;
        this.sections = sections;
    }

    /**
     * Loads {@code resource} (a class-path resource name relative to this package's parent, e.g.
     * {@code code-links.txt}).
     *
     * @throws IllegalStateException if the resource is missing: the jar is broken
     */
    public static Vocabulary load(String resource) {
        String path = "/org/paperclaims/extractors/" + resource;
        try (InputStream in = Vocabulary.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("vocabulary resource " + path + " is missing from the class path");
            }
            return parse(resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read vocabulary " + path, e);
        }
    }

    static Vocabulary parse(String name, BufferedReader r) throws IOException {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            if (s.startsWith("[") && s.endsWith("]")) {
                current = sections.computeIfAbsent(s.substring(1, s.length() - 1).strip(), k -> new ArrayList<>());
            } else if (current == null) {
                throw new IllegalStateException(name + ":" + n + ": entry '" + s + "' before any [section]");
            } else {
                current.add(s);
            }
        }
        sections.replaceAll((k, v) -> Collections.unmodifiableList(v));
        return new Vocabulary(name, Collections.unmodifiableMap(sections));
    }

    /** The entries of {@code section} as written. */
    public List<String> entries(String section) {
        List<String> l = sections.get(section);
        if (l == null) {
            throw new IllegalStateException(resource + " has no section [" + section + "]");
        }
        return l;
    }

    /** The entries of {@code section} as a phrase set matched case-insensitively. */
    public PhraseSet phrases(String section) {
        return PhraseSet.of(entries(section));
    }

    /** The entries of {@code section} in lower case, for single-token look-ups. */
    public java.util.Set<String> words(String section) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String e : entries(section)) {
            out.add(e.toLowerCase(Locale.ROOT));
        }
        // A HashSet compares cached hashes before strings (Set.copyOf compares strings on every probe), and
        // its iteration order does not change from one run to the next.
        return java.util.Collections.unmodifiableSet(out);
    }

    /** All section names. */
    public java.util.Set<String> sections() {
        return sections.keySet();
    }
}

package org.paperclaims.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import org.paperclaims.internal.Validate;
import org.paperclaims.model.Claim;
import org.paperclaims.model.ClaimType;
import org.paperclaims.model.Paper;
import org.paperclaims.model.Problem;
import org.paperclaims.text.TextView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An immutable, ordered chain of {@link Extractor}s that turns an abstract into claims. Built with
 * {@link #newBuilder()}; safe to share between threads and to keep for the life of an application.
 *
 * <p>Order: an extractor runs after every extractor that provides what it requires; among extractors
 * free to run, the one with the smaller id runs first, so the order is the same on every machine.
 */
public final class ClaimChain {
    private static final Logger LOG = LoggerFactory.getLogger(ClaimChain.class);
    private static final Comparator<Claim> ORDER = Comparator.comparingInt(Claim::start)
            .thenComparingInt(Claim::end);

    private final List<Extractor> extractors;
    private final List<Set<Key<?>>> requires;
    private final List<Set<Key<?>>> provides;
    private final Set<ClaimType> output;
    private final List<String> loadProblems;

    private ClaimChain(List<Extractor> extractors, Set<ClaimType> output, List<String> loadProblems) {
        this.extractors = List.copyOf(extractors);
        List<Set<Key<?>>> req = new ArrayList<>();
        List<Set<Key<?>>> prov = new ArrayList<>();
        for (Extractor e : extractors) {
            req.add(Set.copyOf(e.requires()));
            prov.add(Set.copyOf(e.provides()));
        }
        this.requires = List.copyOf(req);
        this.provides = List.copyOf(prov);
        this.output = Set.copyOf(output);
        this.loadProblems = List.copyOf(loadProblems);
    }

    /** A builder that starts from the extractors found through {@link ServiceLoader}. */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** The extractors in the order they run. */
    public List<Extractor> extractors() {
        return extractors;
    }

    /** The claim types this chain returns. */
    public Set<ClaimType> outputTypes() {
        return output;
    }

    /** Service entries that could not be loaded when the chain was built (also logged as warnings). */
    public List<String> loadProblems() {
        return loadProblems;
    }

    /**
     * The claims in {@code abstractText}, in order of appearance. Never throws for any text; an extractor
     * that fails is logged and its claims for this text are dropped (see {@link #run(String)} for the
     * problems). An empty text has no claims.
     *
     * @throws IllegalArgumentException if {@code abstractText} is null
     */
    public List<Claim> extract(String abstractText) {
        return run(abstractText).claims();
    }

    /**
     * The claims in {@code abstractText}, with the paper's {@code title} (may be null) as context for
     * extractors that read it (see {@link Document#title()}). Claims point into the abstract only.
     *
     * @throws IllegalArgumentException if {@code abstractText} is null
     */
    public List<Claim> extract(String title, String abstractText) {
        return run(title, abstractText).claims();
    }

    /** The claims of one type in {@code abstractText}, in order of appearance. */
    public <C extends Claim> List<C> extract(String abstractText, Class<C> type) {
        Validate.notNull(type, "type");
        List<C> out = new ArrayList<>();
        for (Claim c : extract(abstractText)) {
            if (type.isInstance(c)) {
                out.add(type.cast(c));
            }
        }
        return List.copyOf(out);
    }

    /** The claims in {@code abstractText} with any problems extractors met. */
    public Extraction run(String abstractText) {
        return run(null, abstractText);
    }

    /**
     * The claims in {@code abstractText} with any problems extractors met; {@code title} (may be null) is
     * passed to extractors as {@link Document#title()}.
     */
    public Extraction run(String title, String abstractText) {
        Validate.notNull(abstractText, "abstractText");
        Document doc = new Document(TextView.of(abstractText), title);
        List<Problem> problems = List.of();
        for (int i = 0; i < extractors.size(); i++) {
            Extractor e = extractors.get(i);
            int before = doc.allClaims().size();
            doc.enter(e, requires.get(i), provides.get(i));
            try {
                e.extract(doc);
            } catch (RuntimeException | StackOverflowError ex) {
                doc.dropClaimsAfter(before);
                if (problems.isEmpty()) {
                    problems = new ArrayList<>();
                }
                problems.add(new Problem("extractor:" + e.id(), 0, null, ex.toString()));
                LOG.warn("extractor '{}' failed on a text of {} characters", e.id(), abstractText.length(), ex);
            } finally {
                doc.leave();
            }
        }
        List<Claim> claims = new ArrayList<>(doc.allClaims().size());
        for (Claim c : doc.allClaims()) {
            if (output.contains(c.type())) {
                claims.add(c);
            }
        }
        claims.sort(ORDER);
        return new Extraction(List.copyOf(claims), List.copyOf(problems));
    }

    /**
     * {@code paper} with its claims replaced by those found in its abstract (its title is given to
     * extractors as context); a paper without an abstract comes back with no claims.
     */
    public Paper process(Paper paper) {
        Validate.notNull(paper, "paper");
        if (paper.abstractText() == null) {
            return paper.withClaims(List.of());
        }
        return paper.withClaims(extract(paper.title(), paper.abstractText()));
    }

    /** The claims of one run together with the problems met. */
    public record Extraction(List<Claim> claims, List<Problem> problems) {
        public Extraction {
            claims = List.copyOf(claims);
            problems = List.copyOf(problems);
        }
    }

    @Override
    public String toString() {
        return "ClaimChain" + extractors.stream().map(Extractor::id).toList();
    }

    /**
     * Configures a {@link ClaimChain}: which discovered extractors to use, extra ones to add, which claim
     * types to return. Not thread-safe; {@link #build()} validates and returns an immutable chain.
     */
    public static final class Builder {
        private boolean discover = true;
        private ClassLoader classLoader;
        private final Set<String> include = new LinkedHashSet<>();
        private final Set<String> exclude = new LinkedHashSet<>();
        private final List<Extractor> added = new ArrayList<>();
        private Set<ClaimType> only;

        private Builder() {
        }

        /** Whether to start from the extractors found through {@link ServiceLoader} (default true). */
        public Builder discover(boolean discover) {
            this.discover = discover;
            return this;
        }

        /** The class loader to discover extractors with (default: this library's). */
        public Builder classLoader(ClassLoader classLoader) {
            this.classLoader = Validate.notNull(classLoader, "classLoader");
            return this;
        }

        /** Keeps only the discovered extractors with these ids (plus what they require). */
        public Builder include(String... ids) {
            Validate.notNull(ids, "ids");
            for (String id : ids) {
                include.add(Validate.notBlank(id, "ids[]"));
            }
            return this;
        }

        /** Leaves out the discovered extractors with these ids. */
        public Builder exclude(String... ids) {
            Validate.notNull(ids, "ids");
            for (String id : ids) {
                exclude.add(Validate.notBlank(id, "ids[]"));
            }
            return this;
        }

        /** Adds an extractor of your own; its id must not clash with another in the chain. */
        public Builder add(Extractor extractor) {
            Validate.notNull(extractor, "extractor");
            Validate.notBlank(extractor.id(), "extractor.id()");
            added.add(extractor);
            return this;
        }

        /**
         * Returns only claims of these types; extractors they depend on still run. Extractors that
         * contribute to none of them are skipped.
         */
        public Builder only(Set<ClaimType> types) {
            Validate.noNulls(types, "types");
            Validate.isTrue(!types.isEmpty(), "types", types, "must not be empty");
            this.only = EnumSet.copyOf(types);
            return this;
        }

        /**
         * Builds the chain.
         *
         * @throws IllegalStateException if two extractors share an id, an included id is unknown, or an
         *     extractor requires a key that no extractor in the chain provides (the message names it)
         */
        public ClaimChain build() {
            List<String> loadProblems = new ArrayList<>();
            Map<String, Extractor> byId = new TreeMap<>();
            List<Extractor> discovered = discover ? load(loadProblems) : List.of();
            for (Extractor e : discovered) {
                putUnique(byId, e);
            }
            for (String id : include) {
                if (!byId.containsKey(id) && added.stream().noneMatch(a -> a.id().equals(id))) {
                    throw new IllegalStateException("include: no extractor with id '" + id + "'; known: "
                            + byId.keySet());
                }
            }
            for (String id : exclude) {
                if (!byId.containsKey(id) && added.stream().noneMatch(a -> a.id().equals(id))) {
                    throw new IllegalStateException("exclude: no extractor with id '" + id + "'; known: "
                            + byId.keySet());
                }
            }
            if (!include.isEmpty()) {
                byId.keySet().retainAll(include);
            }
            byId.keySet().removeAll(exclude);
            for (Extractor e : added) {
                putUnique(byId, e);
            }
            Map<Key<?>, Extractor> providers = new HashMap<>();
            Map<Key<?>, Extractor> allProviders = new HashMap<>();
            // Requirements of kept extractors may pull in discovered ones the user did not name.
            for (Extractor e : discovered) {
                for (Key<?> k : e.provides()) {
                    allProviders.putIfAbsent(k, e);
                }
            }
            for (Extractor e : byId.values()) {
                for (Key<?> k : e.provides()) {
                    Extractor prev = providers.putIfAbsent(k, e);
                    if (prev != null) {
                        throw new IllegalStateException("extractors '" + prev.id() + "' and '" + e.id()
                                + "' both provide " + k);
                    }
                }
            }
            Set<ClaimType> output = only != null ? only : EnumSet.allOf(ClaimType.class);
            if (only != null) {
                // Pruned first, so that an excluded extractor no wanted type needs does not fail the build.
                pruneToOutput(byId, providers, output);
            }
            addMissingRequirements(byId, providers, allProviders);
            if (byId.isEmpty()) {
                throw new IllegalStateException("the chain has no extractor"
                        + (discover ? " (none discovered, or all excluded)" : "; add() one or discover(true)"));
            }
            List<Extractor> ordered = order(byId, providers);
            return new ClaimChain(ordered, output, loadProblems);
        }

        private static void putUnique(Map<String, Extractor> byId, Extractor e) {
            Extractor prev = byId.putIfAbsent(e.id(), e);
            if (prev != null && prev != e) {
                throw new IllegalStateException("two extractors have the id '" + e.id() + "': "
                        + prev.getClass().getName() + " and " + e.getClass().getName());
            }
        }

        private void addMissingRequirements(Map<String, Extractor> byId, Map<Key<?>, Extractor> providers,
                Map<Key<?>, Extractor> allProviders) {
            boolean changed = true;
            while (changed) {
                changed = false;
                for (Extractor e : List.copyOf(byId.values())) {
                    for (Key<?> k : e.requires()) {
                        if (providers.containsKey(k)) {
                            continue;
                        }
                        Extractor p = allProviders.get(k);
                        if (p == null || exclude.contains(p.id())) {
                            throw new IllegalStateException("extractor '" + e.id() + "' requires " + k
                                    + ", which no extractor in the chain provides"
                                    + (p != null ? " ('" + p.id() + "' is excluded)" : ""));
                        }
                        putUnique(byId, p);
                        for (Key<?> pk : p.provides()) {
                            providers.putIfAbsent(pk, p);
                        }
                        changed = true;
                    }
                }
            }
        }

        private static void pruneToOutput(Map<String, Extractor> byId, Map<Key<?>, Extractor> providers,
                Set<ClaimType> output) {
            Set<String> keep = new LinkedHashSet<>();
            List<Extractor> work = new ArrayList<>();
            for (Extractor e : byId.values()) {
                if (e.provides().stream().anyMatch(k -> k.claimType() != null && output.contains(k.claimType()))) {
                    work.add(e);
                }
            }
            while (!work.isEmpty()) {
                Extractor e = work.remove(work.size() - 1);
                if (keep.add(e.id())) {
                    for (Key<?> k : e.requires()) {
                        Extractor p = providers.get(k);
                        if (p != null) {
                            work.add(p);
                        }
                    }
                }
            }
            byId.keySet().retainAll(keep);
            providers.values().removeIf(p -> !keep.contains(p.id()));
        }

        private static List<Extractor> order(Map<String, Extractor> byId, Map<Key<?>, Extractor> providers) {
            Map<String, Set<String>> deps = new LinkedHashMap<>();
            for (Extractor e : byId.values()) {
                Set<String> d = new LinkedHashSet<>();
                for (Key<?> k : e.requires()) {
                    Extractor p = providers.get(k);
                    if (p != null && p != e) {
                        d.add(p.id());
                    }
                }
                deps.put(e.id(), d);
            }
            List<Extractor> out = new ArrayList<>();
            Set<String> done = new LinkedHashSet<>();
            while (out.size() < byId.size()) {
                String next = null;
                for (Map.Entry<String, Set<String>> en : new TreeMap<>(deps).entrySet()) {
                    if (!done.contains(en.getKey()) && done.containsAll(en.getValue())) {
                        next = en.getKey();
                        break;
                    }
                }
                if (next == null) {
                    Set<String> left = new LinkedHashSet<>(deps.keySet());
                    left.removeAll(done);
                    throw new IllegalStateException("extractors " + left + " require each other in a cycle");
                }
                done.add(next);
                out.add(byId.get(next));
            }
            return out;
        }

        private List<Extractor> load(List<String> problems) {
            ClassLoader cl = classLoader != null ? classLoader : ClaimChain.class.getClassLoader();
            List<Extractor> found = new ArrayList<>();
            var it = ServiceLoader.load(Extractor.class, cl).iterator();
            while (true) {
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    Extractor e = it.next();
                    if (e.id() == null || e.id().isBlank()) {
                        String problem = e.getClass().getName() + " has no id; left out";
                        problems.add(problem);
                        LOG.warn("could not load an extractor: {}", problem);
                    } else {
                        found.add(e);
                    }
                } catch (ServiceConfigurationError err) {
                    problems.add(err.getMessage());
                    if (problems.size() > 1000) {
                        break;
                    }
                    LOG.warn("could not load an extractor: {}", err.getMessage(), err);
                }
            }
            found.sort(Comparator.comparing(Extractor::id));
            return found;
        }
    }
}

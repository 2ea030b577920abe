package org.paperclaims.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.paperclaims.model.Claim;
import org.paperclaims.model.ClaimType;
import org.paperclaims.model.DatasetClaim;
import org.paperclaims.model.DatasetKind;
import org.paperclaims.model.MethodClaim;
import org.paperclaims.text.Token;

class ClaimChainTest {

    /** Marks every capitalised word "Bench..." as a dataset. */
    static final class Datasets implements Extractor {
        @Override
        public String id() {
            return "z-datasets";
        }

        @Override
        public Set<Key<?>> provides() {
            return Set.of(Key.claims(DatasetClaim.class));
        }

        @Override
        public void extract(Document d) {
            for (Token t : d.text().tokens()) {
                if (t.text().startsWith("Bench")) {
                    d.add(new DatasetClaim(t.text(), t.start(), t.end(), t.text(), DatasetKind.BENCHMARK));
                }
            }
        }
    }

    /** Names a method after each dataset; needs the datasets first. */
    static final class MethodsFromDatasets implements Extractor {
        @Override
        public String id() {
            return "a-methods";
        }

        @Override
        public Set<Key<?>> requires() {
            return Set.of(Key.claims(DatasetClaim.class));
        }

        @Override
        public Set<Key<?>> provides() {
            return Set.of(Key.claims(MethodClaim.class));
        }

        @Override
        public void extract(Document d) {
            for (DatasetClaim c : d.claims(DatasetClaim.class)) {
                d.add(new MethodClaim(c.text(), c.start(), c.end(), c.name() + "Net", null));
            }
        }
    }

    static final class Throwing implements Extractor {
        @Override
        public String id() {
            return "throwing";
        }

        @Override
        public Set<Key<?>> provides() {
            return Set.of(Key.claims(MethodClaim.class));
        }

        @Override
        public void extract(Document d) {
            d.add(new MethodClaim(d.text().original().substring(0, 1), 0, 1, "X", null));
            throw new IllegalStateException("boom");
        }
    }

    static final class ReadsUndeclared implements Extractor {
        @Override
        public String id() {
            return "sneaky";
        }

        @Override
        public Set<Key<?>> provides() {
            return Set.of(Key.claims(MethodClaim.class));
        }

        @Override
        public void extract(Document d) {
            d.claims(DatasetClaim.class);
        }
    }

    private static ClaimChain.Builder bare() {
        return ClaimChain.newBuilder().discover(false);
    }

    @Test
    void extractorRunsAfterWhatItRequiresWhateverTheIds() {
        ClaimChain chain = bare().add(new MethodsFromDatasets()).add(new Datasets()).build();
        assertEquals(List.of("z-datasets", "a-methods"), chain.extractors().stream().map(Extractor::id).toList());
        List<Claim> claims = chain.extract("We test on BenchA and BenchB.");
        assertEquals(4, claims.size());
        assertEquals(ClaimType.DATASET, claims.get(0).type());
        assertEquals("BenchANet", ((MethodClaim) claims.get(1)).name());
    }

    @Test
    void missingRequirementFailsTheBuildNamingIt() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> bare().add(new MethodsFromDatasets()).build());
        assertEquals("extractor 'a-methods' requires 'dataset' claims, which no extractor in the chain provides",
                e.getMessage());
    }

    @Test
    void onlyReturnsTheRequestedTypesButStillRunsWhatTheyNeed() {
        ClaimChain chain = bare().add(new MethodsFromDatasets()).add(new Datasets())
                .only(Set.of(ClaimType.METHOD)).build();
        List<Claim> claims = chain.extract("Results on BenchA.");
        assertEquals(1, claims.size());
        assertEquals(ClaimType.METHOD, claims.get(0).type());
    }

    @Test
    void failingExtractorBecomesAProblemAndItsClaimsAreDropped() {
        ClaimChain chain = bare().add(new Throwing()).add(new Datasets()).build();
        ClaimChain.Extraction x = chain.run("BenchQ is here");
        assertEquals(1, x.claims().size());
        assertEquals(ClaimType.DATASET, x.claims().get(0).type());
        assertEquals(1, x.problems().size());
        assertTrue(x.problems().get(0).message().contains("boom"));
    }

    @Test
    void readingAnUndeclaredKeyIsReportedNamingExtractorAndKey() {
        ClaimChain.Extraction x = bare().add(new ReadsUndeclared()).add(new Datasets()).build().run("text");
        assertTrue(x.problems().get(0).message()
                .contains("extractor 'sneaky' reads 'dataset' claims but does not declare it in requires()"));
    }

    @Test
    void duplicateIdsAndUnknownIncludesAreRejected() {
        assertThrows(IllegalStateException.class, () -> bare().add(new Datasets()).add(new Datasets()).build());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> bare().include("nope").build());
        assertTrue(e.getMessage().contains("'nope'"));
    }

    @Test
    void builderArgumentsAreCheckedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> bare().add(null));
        assertEquals("extractor must not be null", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> bare().only(Set.of()));
    }

    @Test
    void emptyTextHasNoClaims() {
        assertEquals(List.of(), bare().add(new Datasets()).build().extract(""));
    }

    /** Adds a claim whose text is not the abstract's at its offsets. */
    static final class Misplaced implements Extractor {
        @Override
        public String id() {
            return "misplaced";
        }

        @Override
        public Set<Key<?>> provides() {
            return Set.of(Key.claims(MethodClaim.class));
        }

        @Override
        public void extract(Document d) {
            d.add(new MethodClaim("Nope", 0, 4, "Nope", null));
        }
    }

    @Test
    void claimNotQuotingTheAbstractIsReportedAndDropped() {
        ClaimChain.Extraction x = bare().add(new Misplaced()).add(new Datasets()).build().run("BenchZ rules.");
        assertEquals(1, x.claims().size());
        assertTrue(x.problems().get(0).message().contains("is not the abstract's text at [0, 4)"));
    }

    @Test
    void keyNamedLikeAClaimTypeIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Key.of("speedup", List.class));
        assertTrue(e.getMessage().startsWith("name is the name of a claims key"));
    }

    @Test
    void excludingAnUnknownIdAndAnEmptyChainAreRefused() {
        assertThrows(IllegalStateException.class, () -> bare().add(new Datasets()).exclude("dataste").build());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> bare().build());
        assertTrue(e.getMessage().startsWith("the chain has no extractor"));
    }

    @Test
    void onlyPrunesBeforeCheckingRequirements() {
        ClaimChain chain = bare().add(new MethodsFromDatasets()).add(new Datasets())
                .only(Set.of(ClaimType.DATASET)).build();
        assertEquals(List.of("z-datasets"), chain.extractors().stream().map(Extractor::id).toList());
    }
}

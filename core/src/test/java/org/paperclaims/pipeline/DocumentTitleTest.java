package org.paperclaims.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.paperclaims.model.Claim;
import org.paperclaims.model.MethodClaim;
import org.paperclaims.model.Paper;

/** The paper title reaches extractors as {@link Document#title()}, and only as context. */
class DocumentTitleTest {

    /** Reports the title it was given as the name of a method claim on the abstract's first word. */
    private static final class TitleEcho implements Extractor {
        @Override
        public String id() {
            return "title-echo";
        }

        @Override
        public Set<Key<?>> provides() {
            return Set.of(Key.claims(MethodClaim.class));
        }

        @Override
        public void extract(Document document) {
            String title = document.title();
            String text = document.text().original();
            int end = text.indexOf(' ');
            document.add(new MethodClaim(text.substring(0, end), 0, end, title == null ? "none" : title, null));
        }
    }

    private static final ClaimChain CHAIN = ClaimChain.newBuilder().discover(false).add(new TitleEcho()).build();

    private static String nameOf(List<Claim> claims) {
        return ((MethodClaim) claims.get(0)).name();
    }

    @Test
    void titleGivenWithTheAbstractReachesExtractors() {
        assertEquals("Swiftnet: Fast Nets", nameOf(CHAIN.extract("Swiftnet: Fast Nets", "We propose Swiftnet here.")));
    }

    @Test
    void abstractAloneHasNoTitle() {
        assertEquals("none", nameOf(CHAIN.extract("We propose Swiftnet here.")));
        assertEquals("none", nameOf(CHAIN.extract(null, "We propose Swiftnet here.")));
    }

    @Test
    void processingAPaperPassesItsTitle() {
        Paper paper = CHAIN.process(Paper.of("p1", "Swiftnet: Fast Nets", "We propose Swiftnet here."));
        assertEquals("Swiftnet: Fast Nets", paper.claims(MethodClaim.class).get(0).name());
    }
}

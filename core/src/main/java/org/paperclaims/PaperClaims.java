package org.paperclaims;

import java.util.List;
import org.paperclaims.model.Claim;
import org.paperclaims.model.Paper;
import org.paperclaims.pipeline.ClaimChain;

/**
 * The one-line entry point: claims from an abstract with the standard extractors.
 *
 * <pre>{@code
 * List<SpeedupClaim> speedups = PaperClaims.extract(abstractText, SpeedupClaim.class);
 * Paper withClaims = PaperClaims.standard().process(paper);
 * }</pre>
 *
 * For another set of extractors or output types, build a chain with {@link #newChain()}.
 */
public final class PaperClaims {
    private PaperClaims() {
    }

    private static final class Standard {
        static final ClaimChain CHAIN = ClaimChain.newBuilder().build();
    }

    /** The chain of every extractor on the class path, built once and shared; thread-safe. */
    public static ClaimChain standard() {
        return Standard.CHAIN;
    }

    /** A builder for a chain of your own (include, exclude or add extractors, restrict output types). */
    public static ClaimChain.Builder newChain() {
        return ClaimChain.newBuilder();
    }

    /**
     * Every claim in {@code abstractText}, in order of appearance; empty for an empty text.
     *
     * @throws IllegalArgumentException if {@code abstractText} is null
     */
    public static List<Claim> extract(String abstractText) {
        return standard().extract(abstractText);
    }

    /** The claims of one type in {@code abstractText}, e.g. {@code extract(text, SpeedupClaim.class)}. */
    public static <C extends Claim> List<C> extract(String abstractText, Class<C> type) {
        return standard().extract(abstractText, type);
    }

    /** {@code paper} with its claims replaced by those the standard chain finds in its abstract. */
    public static Paper process(Paper paper) {
        return standard().process(paper);
    }
}

package org.paperclaims.examples;

import java.util.List;
import java.util.Set;
import org.paperclaims.PaperClaims;
import org.paperclaims.model.ClaimType;
import org.paperclaims.model.CodeClaim;
import org.paperclaims.model.Paper;
import org.paperclaims.pipeline.ClaimChain;

/** A few lines of library use: the facade for the common case, a configured chain for the rest. */
public final class QuickStart {
    private QuickStart() {
    }

    /** Prints the code links and all claims of a sample abstract. */
    public static void main(String[] args) {
        String abstractText = "We present FlashWidget, which renders widgets 4.2x faster than dense baselines "
                + "on a single A100 GPU. Code is available at https://github.com/example/flashwidget.";

        // The common case: one call, typed results.
        List<CodeClaim> code = PaperClaims.extract(abstractText, CodeClaim.class);
        code.forEach(c -> System.out.println(c.url() + " (" + c.status().wireName() + ", repo " + c.repo() + ")"));

        // Full control: a chain of chosen extractors and output types, built once and shared by threads.
        ClaimChain chain = PaperClaims.newChain().only(Set.of(ClaimType.CODE, ClaimType.SPEEDUP)).build();
        Paper paper = chain.process(Paper.of("flashwidget", "FlashWidget: Fast Widgets", abstractText));
        paper.claims().forEach(c -> System.out.println(c.type() + ": " + c.text()));
    }
}

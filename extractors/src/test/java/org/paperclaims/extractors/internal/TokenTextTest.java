package org.paperclaims.extractors.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.paperclaims.text.TextView;
import org.paperclaims.text.TokenList;

class TokenTextTest {

    /** The first token from {@code from} on starting at or after {@code p}, read one token at a time. */
    private static int byScan(TokenList tokens, int from, int p) {
        int i = from;
        while (i < tokens.size() && tokens.get(i).start() < p) {
            i++;
        }
        return i;
    }

    @Test
    void theFirstTokenAtOrAfterAnOffsetIsTheOneAScanFindsFromAnyStart() {
        TokenList tokens = TextView.of("Code is at https://github.com/acme/fast-sampler (MIT); weights at "
                + "huggingface.co/acme/model-7B.  It runs 3.2x faster \\(\\times\\) than vLLM.").tokens();
        int length = tokens.get(tokens.size() - 1).end();
        for (int from = 0; from <= tokens.size(); from++) {
            for (int p = 0; p <= length + 1; p++) {
                assertEquals(byScan(tokens, from, p), TokenText.firstStartingAtOrAfter(tokens, from, p),
                        "from " + from + ", offset " + p);
            }
        }
    }
}

package org.paperclaims.extractors.result;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperclaims.text.TextView;
import org.paperclaims.text.Token;

/**
 * Metric names are turned away by word id on a view's token list and by text on any other list: both must
 * find the same names at every token.
 */
class MetricsWordIdTest {
    private static final List<String> TEXTS = List.of(
            "Our model reaches an FID of 2.05 and an IS of 310, with top-1 accuracy of 85.3% on the test split.",
            "The Frechet inception distance (FID) drops from 18.65 to 1.80 while PSNR/SSIM rise to 31.2/0.91.",
            "It is as good as before: the IS-based score and the word error rate (WER) improve by 1.3 points.",
            "", "% ( ) 12 3.5x of the and a an in");

    @Test
    void metricNamesMatchTheSameByWordIdAsByText() {
        for (String text : TEXTS) {
            TextView view = TextView.of(text);
            List<Token> byId = view.tokens();
            List<Token> byText = new ArrayList<>(byId);
            for (int i = 0; i < byId.size(); i++) {
                assertEquals(Metrics.matchAt(byText, i), Metrics.matchAt(byId, i), text + " @" + i);
            }
        }
        List<Token> tokens = TextView.of(TEXTS.get(0)).tokens();
        assertEquals(1, Metrics.matchAt(tokens, 4), "FID");
    }

    @Test
    void metricMentionsEndTheSameByWordIdAsByText() {
        for (String text : TEXTS) {
            TextView view = TextView.of(text);
            for (int i = 0; i < view.size(); i++) {
                Metrics.Mention m = Metrics.endingAt(view, i, 0);
                // endingAt reads the view's list; its last-word filter must agree with the names matchAt finds.
                boolean someNameEndsHere = false;
                for (int len = 1; len <= 6 && i - len + 1 >= 0; len++) {
                    someNameEndsHere |= Metrics.matchAt(new ArrayList<>(view.tokens()), i - len + 1) == len;
                }
                if (someNameEndsHere && !view.token(i).isSymbol(')')) {
                    assertEquals(i, m == null ? -1 : m.last(), text + " @" + i);
                }
            }
        }
    }
}

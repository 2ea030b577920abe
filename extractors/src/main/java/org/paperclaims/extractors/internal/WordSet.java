package org.paperclaims.extractors.internal;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.paperclaims.internal.Lexicon;
import org.paperclaims.text.Token;
import org.paperclaims.text.TokenList;

/**
 * A set of single lower-case words tested against tokens. On a view's {@link TokenList} the test is one array
 * read by the token's {@link Lexicon} id, which is what makes it cheap enough to run at every token as a
 * first filter ("can a figure start here?") before any phrase matching. Not API.
 */
public final class WordSet {
    private final Set<String> words;
    /** Membership by lexicon id; null when the lexicon is full and strings must be compared. */
    private final boolean[] byId;

    private WordSet(Set<String> words, boolean[] byId) {
        this.words = words;
        this.byId = byId;
    }

    /** The set of {@code words}, lower-cased; they are registered in the {@link Lexicon}. */
    public static WordSet of(Collection<String> words) {
        Set<String> lower = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        int[] ids = new int[lower.size()];
        int max = -1;
        int k = 0;
        for (String w : lower) {
            ids[k] = Lexicon.register(w);
            if (ids[k] < 0) {
                return new WordSet(lower, null);
            }
            max = Math.max(max, ids[k++]);
        }
        boolean[] byId = new boolean[max + 1];
        for (int id : ids) {
            byId[id] = true;
        }
        return new WordSet(lower, byId);
    }

    /** Whether the lower-case text of token {@code i} is in the set. */
    public boolean contains(List<Token> tokens, int i) {
        // Ids are usable when the view's ids were computed after every word of this set was registered.
        if (byId != null && tokens instanceof TokenList list && list.idsCover(byId.length)) {
            int id = list.wordId(i);
            return id >= 0 && id < byId.length && byId[id];
        }
        return words.contains(tokens.get(i).lower());
    }

    /** Whether the lower-case text of {@code token} is in the set. */
    public boolean contains(Token token) {
        return words.contains(token.lower());
    }

    /** The words, lower case. */
    public Set<String> words() {
        return words;
    }
}

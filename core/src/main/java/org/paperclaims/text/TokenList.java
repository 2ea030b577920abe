package org.paperclaims.text;

import java.util.AbstractList;
import java.util.RandomAccess;
import org.paperclaims.internal.Lexicon;

/**
 * The tokens of a {@link TextView}: an immutable list. It also gives each token's id in the library's
 * internal word registry, computed once on first use and shared by every extractor that matches word lists
 * against the text ({@link #wordId(int)} and {@link #lexiconSize()} serve the built-in extractors and may
 * change between versions).
 */
public final class TokenList extends AbstractList<Token> implements RandomAccess {
    private final Token[] tokens;
    private Ids ids;

    /** The ids and the lexicon size they were computed against. */
    private record Ids(int[] byToken, int lexiconSize) {
    }

    /** Takes ownership of {@code tokens}, which no one else may change. */
    TokenList(Token[] tokens) {
        this.tokens = tokens;
    }

    @Override
    public Token get(int index) {
        return tokens[index];
    }

    @Override
    public int size() {
        return tokens.length;
    }

    /** The lexicon id of token {@code i}'s lower-case text, or -1 when the word is not registered. */
    public int wordId(int i) {
        return ids().byToken[i];
    }

    /**
     * The lexicon size the ids were computed against: a word registered at or after this id may show as -1
     * here though registered, so a caller holding such ids must compare strings instead.
     */
    public int lexiconSize() {
        return ids().lexiconSize;
    }

    private Ids ids() {
        // Racy single check: Ids is immutable (final fields), so a thread sees either null or a complete value,
        // and threads racing here compute the same ids. Computed against the lexicon as it is now; a word
        // registered later shows as -1, which callers detect through lexiconSize().
        Ids current = ids;
        if (current == null) {
            int size = Lexicon.size();
            int[] byToken = new int[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                byToken[i] = Lexicon.id(tokens[i].lower());
            }
            current = new Ids(byToken, size);
            ids = current;
        }
        return current;
    }
}

package org.paperclaims.text;

/**
 * A sentence of the shared text view: a range of tokens and the span of original text they cover.
 *
 * @param index position among the sentences
 * @param firstToken index of the first token
 * @param endToken index after the last token (exclusive)
 * @param start offset of the first token in the original string
 * @param end end offset of the last token in the original string, exclusive
 */
public record Sentence(int index, int firstToken, int endToken, int start, int end) {
    /** The number of tokens in this sentence. */
    public int size() {
        return endToken - firstToken;
    }
}

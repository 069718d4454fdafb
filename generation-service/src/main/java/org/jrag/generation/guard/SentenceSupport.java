package org.jrag.generation.guard;

/**
 * How well the cited chunks support one sentence of an answer.
 *
 * @param sentence the answer sentence, whitespace collapsed
 * @param supported whether some cited chunk supports it
 * @param chunk index into the cited chunks of the best supporting chunk (when unsupported: the most similar one);
 *     -1 when there are no chunks
 * @param similarity the best cosine similarity between the sentence and a sentence of that chunk
 * @param overlap the share of the sentence's content words that occur in that chunk, in [0, 1]
 */
public record SentenceSupport(String sentence, boolean supported, int chunk, double similarity, double overlap) {

    public SentenceSupport {
        if (sentence == null || sentence.isBlank()) {
            throw new IllegalArgumentException("sentence must not be blank");
        }
        if (chunk < -1) {
            throw new IllegalArgumentException("chunk must be >= -1, got: " + chunk);
        }
        if (!(overlap >= 0 && overlap <= 1)) {
            throw new IllegalArgumentException("overlap must be within [0, 1], got: " + overlap);
        }
    }

    /** The same support, shown with {@code text} in place of the sentence (e.g. with personal data redacted). */
    public SentenceSupport withSentence(String text) {
        return new SentenceSupport(text, supported, chunk, similarity, overlap);
    }
}

package org.jrag.generation.extractive;

/**
 * A sentence with its similarity to the question.
 *
 * @param sentence the sentence
 * @param score cosine similarity to the question, in [-1, 1]
 */
public record ScoredSentence(Sentence sentence, double score) {

    public ScoredSentence {
        if (sentence == null) {
            throw new IllegalArgumentException("sentence must not be null");
        }
    }
}

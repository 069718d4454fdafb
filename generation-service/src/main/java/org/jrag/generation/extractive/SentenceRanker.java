package org.jrag.generation.extractive;

import java.util.List;

/** Orders sentences by how well they answer a question. */
@FunctionalInterface
public interface SentenceRanker {

    /** Returns every sentence with its score, best first; ties keep the input order. */
    List<ScoredSentence> rank(String question, List<Sentence> sentences);
}

package org.jrag.generation.extractive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jrag.embedding.TextEmbedder;
import org.jrag.embedding.VectorMath;

/**
 * Ranks sentences by cosine similarity between their embedding and the question's. The question goes
 * through {@link TextEmbedder#embedQuery} (with the model's query instruction), the sentences through one
 * {@link TextEmbedder#embedPassages} batch.
 */
public final class EmbeddingSentenceRanker implements SentenceRanker {

    private final TextEmbedder embedder;

    public EmbeddingSentenceRanker(TextEmbedder embedder) {
        this.embedder = embedder;
    }

    @Override
    public List<ScoredSentence> rank(String question, List<Sentence> sentences) {
        if (sentences.isEmpty()) {
            return List.of();
        }
        float[] query = embedder.embedQuery(question);
        List<float[]> vectors =
                embedder.embedPassages(sentences.stream().map(Sentence::text).toList());
        var scored = new ArrayList<ScoredSentence>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            // both sides are L2-normalised, so the dot product is the cosine
            scored.add(new ScoredSentence(sentences.get(i), VectorMath.dot(query, vectors.get(i))));
        }
        // List.sort is stable: equal scores keep reading order
        scored.sort(Comparator.comparingDouble(ScoredSentence::score).reversed());
        return scored;
    }
}

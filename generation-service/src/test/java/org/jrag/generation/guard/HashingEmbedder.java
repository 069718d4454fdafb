package org.jrag.generation.guard;

import java.util.ArrayList;
import java.util.List;
import org.jrag.embedding.TextEmbedder;
import org.jrag.embedding.TextTokenizer;
import org.jrag.embedding.VectorMath;

/**
 * Deterministic stand-in for bge in unit tests: a normalised bag of content words hashed into 512 dimensions, so
 * cosine similarity grows with shared words. Records each batch size.
 */
public final class HashingEmbedder implements TextEmbedder {

    private final List<Integer> batchSizes = new ArrayList<>();

    public HashingEmbedder() {}

    /** The size of each batch embedded so far. */
    public List<Integer> batchSizes() {
        return batchSizes;
    }

    @Override
    public String modelName() {
        return "hashing";
    }

    @Override
    public int dimension() {
        return 512;
    }

    @Override
    public float[] embedQuery(String query) {
        return embed(query);
    }

    @Override
    public List<float[]> embedPassages(List<String> passages) {
        batchSizes.add(passages.size());
        return passages.stream().map(HashingEmbedder::embed).toList();
    }

    @Override
    public TextTokenizer tokenizer() {
        throw new UnsupportedOperationException("not needed by the rails under test");
    }

    @Override
    public void close() {}

    private static float[] embed(String text) {
        float[] v = new float[512];
        for (String word : ContentWords.of(text)) {
            v[Math.floorMod(word.hashCode(), 512)] += 1f;
        }
        return VectorMath.normalize(v);
    }
}

package org.jrag.embedding;

import java.nio.FloatBuffer;

/** How a BERT-style model's per-token vectors become one text vector. */
public enum Pooling {
    /** The first ([CLS]) token's vector: bge. */
    CLS,
    /** The mean of the non-padding tokens' vectors: sentence-transformers such as all-MiniLM-L6-v2. */
    MEAN;

    /**
     * Pools one text of a forward pass's output (not yet normalised).
     *
     * @param hidden the output {@code [batch][seq][dimension]}, row-major
     * @param mask the attention mask {@code [batch][seq]}, row-major: 1 for a real token, 0 for padding
     * @param text which text of the batch
     */
    public float[] pool(FloatBuffer hidden, long[] mask, int text, int seq, int dimension) {
        float[] v = new float[dimension];
        switch (this) {
            case CLS -> hidden.get(text * seq * dimension, v);
            case MEAN -> {
                int count = 0;
                for (int t = 0; t < seq; t++) {
                    if (mask[text * seq + t] == 0) {
                        continue;
                    }
                    int base = (text * seq + t) * dimension;
                    for (int d = 0; d < dimension; d++) {
                        v[d] += hidden.get(base + d);
                    }
                    count++;
                }
                for (int d = 0; d < dimension; d++) {
                    v[d] /= Math.max(count, 1);
                }
            }
        }
        return v;
    }
}

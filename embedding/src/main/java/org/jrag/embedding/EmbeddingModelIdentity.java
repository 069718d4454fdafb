package org.jrag.embedding;

/**
 * What identifies the vectors an embedding model computes: two models with the same fingerprint embed passages alike
 * (see {@link EmbeddingModelSpec#fingerprint()}); the name is for people.
 */
public record EmbeddingModelIdentity(String name, int dimension, String fingerprint) {

    public EmbeddingModelIdentity {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        if (dimension < 1) {
            throw new IllegalArgumentException("dimension must be > 0, got: " + dimension);
        }
        if (fingerprint == null || !fingerprint.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("fingerprint must be 64 hex digits, got: " + fingerprint);
        }
    }

    /** The identity of a loaded model. */
    public static EmbeddingModelIdentity of(OnnxTextEmbedder embedder) {
        return new EmbeddingModelIdentity(
                embedder.modelName(), embedder.dimension(), embedder.spec().fingerprint());
    }

    /** The model as a sentence names it: {@code 'bge-small-en-v1.5-q' (384 dimensions, fingerprint 1a2b3c4d...)}. */
    public String describe() {
        return "'" + name + "' (" + dimension + " dimensions, fingerprint " + fingerprint.substring(0, 12) + "...)";
    }
}

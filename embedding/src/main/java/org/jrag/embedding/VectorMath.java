package org.jrag.embedding;

/** The few vector operations that similarity search needs. */
public final class VectorMath {

    private VectorMath() {}

    public static float dot(float[] a, float[] b) {
        requireSameLength(a, b);
        float sum = 0f;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** Cosine similarity in [-1, 1]; 0 when either vector is all zeros. */
    public static float cosine(float[] a, float[] b) {
        requireSameLength(a, b);
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0f : (float) (dot / Math.sqrt(na * nb));
    }

    /** Scales {@code v} in place to unit length (left as is when all zeros) and returns it. */
    public static float[] normalize(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        if (norm > 0) {
            float scale = (float) (1.0 / Math.sqrt(norm));
            for (int i = 0; i < v.length; i++) {
                v[i] *= scale;
            }
        }
        return v;
    }

    private static void requireSameLength(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException(
                    "vectors must have the same length, got: " + a.length + " and " + b.length);
        }
    }
}

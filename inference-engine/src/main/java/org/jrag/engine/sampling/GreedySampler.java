package org.jrag.engine.sampling;

/** The arg max; the lowest id wins a tie. */
public final class GreedySampler implements TokenSampler {
    @Override
    public int sample(float[] logits, int[] history, int length) {
        return argmax(logits);
    }

    public static int argmax(float[] logits) {
        return argmax(logits, 0, logits.length);
    }

    /** The arg max of {@code logits[off .. off + n)}, as an index from {@code off}; the lowest wins a tie. */
    public static int argmax(float[] logits, int off, int n) {
        int best = 0;
        float max = logits[off];
        for (int i = 1; i < n; i++) {
            float v = logits[off + i];
            if (v > max) {
                max = v;
                best = i;
            }
        }
        return best;
    }
}

package org.jrag.engine.sampling;

/** The arg max; the lowest id wins a tie. */
public final class GreedySampler implements TokenSampler {
    @Override
    public int sample(float[] logits, int[] history, int length) {
        return argmax(logits);
    }

    public static int argmax(float[] logits) {
        int best = 0;
        for (int i = 1; i < logits.length; i++) {
            if (logits[i] > logits[best]) {
                best = i;
            }
        }
        return best;
    }
}

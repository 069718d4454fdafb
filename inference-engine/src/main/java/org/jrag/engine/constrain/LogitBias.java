package org.jrag.engine.constrain;

import java.util.Arrays;
import java.util.Map;

/**
 * OpenAI's {@code logit_bias}: adds a bias to chosen tokens' logits before the sampler sees them ({@value #BAN} or
 * less bans a token outright), then applies the constraint it wraps, if any. A bias is no grammar: the text is
 * complete whenever the wrapped constraint's is.
 *
 * <p>Not thread-safe when it wraps a constraint; {@link #copy} copies that one.
 */
public final class LogitBias implements TokenConstraint {

    /** A bias at or below this bans the token (OpenAI: "-100 should result in a ban"). */
    public static final float BAN = -100f;

    private final int[] tokens;
    private final float[] biases;
    private final TokenConstraint then;

    private LogitBias(int[] tokens, float[] biases, TokenConstraint then) {
        this.tokens = tokens;
        this.biases = biases;
        this.then = then;
    }

    /**
     * @param biases token id to bias, each within [-100, 100]
     * @param then the constraint applied after the biases, or null
     * @throws IllegalArgumentException for a negative id or a bias out of range
     */
    public static LogitBias of(Map<Integer, Float> biases, TokenConstraint then) {
        int[] ids =
                biases.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        float[] values = new float[ids.length];
        for (int i = 0; i < ids.length; i++) {
            float b = biases.get(ids[i]);
            if (ids[i] < 0) {
                throw new IllegalArgumentException("token ids must not be negative, got: " + ids[i]);
            }
            if (!(b >= -100f && b <= 100f)) {
                throw new IllegalArgumentException("bias of token " + ids[i] + " must be in [-100, 100], got: " + b);
            }
            values[i] = b;
        }
        return new LogitBias(ids, values, then);
    }

    @Override
    public void mask(float[] logits) {
        for (int i = 0; i < tokens.length; i++) {
            int t = tokens[i];
            if (t < logits.length) {
                logits[t] = biases[i] <= BAN ? Float.NEGATIVE_INFINITY : logits[t] + biases[i];
            }
        }
        if (then != null) {
            then.mask(logits);
        }
    }

    @Override
    public void accept(int token) {
        int i = Arrays.binarySearch(tokens, token);
        if (i >= 0 && biases[i] <= BAN) {
            throw new IllegalArgumentException("token " + token + " is banned by logit_bias");
        }
        if (then != null) {
            then.accept(token);
        }
    }

    @Override
    public boolean isComplete() {
        return then == null || then.isComplete();
    }

    @Override
    public LogitBias copy() {
        return then == null ? this : new LogitBias(tokens, biases, then.copy());
    }
}

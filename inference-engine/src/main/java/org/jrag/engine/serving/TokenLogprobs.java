package org.jrag.engine.serving;

/**
 * Log-probabilities of a generated token, from the log-softmax of the logits the sampler saw (after any
 * constraint's mask, before temperature and filters), as OpenAI's {@code logprobs} reports them.
 *
 * @param logprob of the chosen token
 * @param topTokens the most likely tokens, most likely first
 * @param topLogprobs their log-probabilities, same order
 */
public record TokenLogprobs(float logprob, int[] topTokens, float[] topLogprobs) {
    public TokenLogprobs {
        if (topTokens.length != topLogprobs.length) {
            throw new IllegalArgumentException("topTokens and topLogprobs must have the same length, got: "
                    + topTokens.length + " and " + topLogprobs.length);
        }
    }

    /**
     * The log-softmax of {@code logits[off .. off + vocab)} at {@code token}, with the {@code top} most likely
     * tokens (ties: lower id first).
     */
    public static TokenLogprobs of(float[] logits, int off, int vocab, int token, int top) {
        // log p_i = l_i - max - log(sum_j exp(l_j - max))
        float max = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < vocab; i++) {
            max = Math.max(max, logits[off + i]);
        }
        double sum = 0;
        for (int i = 0; i < vocab; i++) {
            sum += Math.exp(logits[off + i] - max);
        }
        float logZ = (float) (max + Math.log(sum));
        int n = Math.min(top, vocab);
        int[] ids = new int[n];
        float[] lps = new float[n];
        int filled = 0;
        for (int i = 0; i < vocab; i++) {
            float l = logits[off + i];
            if (filled == n && (n == 0 || l <= logits[off + ids[n - 1]])) {
                continue;
            }
            // insertion into the sorted top list
            int at = filled < n ? filled++ : n - 1;
            while (at > 0 && logits[off + ids[at - 1]] < l) {
                ids[at] = ids[at - 1];
                at--;
            }
            ids[at] = i;
        }
        for (int i = 0; i < n; i++) {
            lps[i] = logits[off + ids[i]] - logZ;
        }
        return new TokenLogprobs(logits[off + token] - logZ, ids, lps);
    }
}

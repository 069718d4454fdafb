package org.jrag.engine.generate;

import org.jrag.engine.model.KvCache;
import org.jrag.engine.model.LlamaModel;

/**
 * llama-perplexity's method: split the tokenized text into floor(n / nCtx) chunks of nCtx tokens, replace each
 * chunk's first token by BOS, evaluate it from an empty cache, and score the next-token log-probabilities of
 * positions nCtx/2 .. nCtx-2; PPL = exp(mean NLL).
 */
public final class PerplexityEvaluator {
    private final LlamaModel model;

    public PerplexityEvaluator(LlamaModel model) {
        this.model = model;
    }

    public PerplexityResult evaluate(int[] tokens, int nCtx, int bosId) {
        if (nCtx < 4) {
            throw new IllegalArgumentException("nCtx must be >= 4, got: " + nCtx);
        }
        int chunks = tokens.length / nCtx;
        if (chunks == 0) {
            throw new IllegalArgumentException("text has " + tokens.length + " tokens, needs at least nCtx = " + nCtx);
        }
        int vocab = model.config().vocabSize();
        int first = nCtx / 2;
        double nll = 0;
        int count = 0;
        double[] running = new double[chunks];
        KvCache cache = model.newKvCache(nCtx);
        for (int c = 0; c < chunks; c++) {
            int[] chunk = new int[nCtx];
            System.arraycopy(tokens, c * nCtx, chunk, 0, nCtx);
            if (bosId >= 0) {
                chunk[0] = bosId;
            }
            float[] logits = model.forward(chunk, 0, cache, true);
            for (int i = first; i < nCtx - 1; i++) {
                // -log softmax(logits[i])[target], computed in double with the max subtracted
                int o = i * vocab;
                float max = Float.NEGATIVE_INFINITY;
                for (int v = 0; v < vocab; v++) {
                    max = Math.max(max, logits[o + v]);
                }
                double sum = 0;
                for (int v = 0; v < vocab; v++) {
                    sum += Math.exp(logits[o + v] - max);
                }
                int target = tokens[c * nCtx + i + 1];
                nll += Math.log(sum) - (logits[o + target] - max);
                count++;
            }
            running[c] = Math.exp(nll / count);
        }
        return new PerplexityResult(Math.exp(nll / count), chunks, count, running);
    }
}

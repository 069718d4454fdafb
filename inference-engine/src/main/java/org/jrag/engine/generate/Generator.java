package org.jrag.engine.generate;

import java.util.Arrays;
import java.util.Set;
import java.util.function.IntPredicate;
import org.jrag.engine.model.KvCache;
import org.jrag.engine.model.LlamaModel;
import org.jrag.engine.sampling.TokenSampler;

/**
 * The generate loop: one batched forward pass over the prompt (prefill), then one pass per sampled token
 * (decode) until a stop token, the token budget or the context size ends it.
 */
public final class Generator {
    private final LlamaModel model;

    public Generator(LlamaModel model) {
        this.model = model;
    }

    /**
     * @param prompt prompt token ids (BOS included if wanted), not empty
     * @param maxTokens most tokens to generate
     * @param contextSize KV cache capacity (an F32 cache); generation stops when it is full
     * @param stopTokens ids that end generation (not included in the result)
     */
    public Generation generate(
            int[] prompt,
            int maxTokens,
            int contextSize,
            TokenSampler sampler,
            Set<Integer> stopTokens,
            TokenListener listener) {
        return generate(prompt, maxTokens, model.newKvCache(contextSize), sampler, stopTokens, token -> {
            listener.onToken(token);
            return true;
        });
    }

    /**
     * As above, into a cache the caller chose (its capacity bounds the context; F16 or F32), with a listener that
     * may end generation by returning false (reported as {@link StopReason#STOP_STRING}; stop strings use it).
     */
    public Generation generate(
            int[] prompt,
            int maxTokens,
            KvCache cache,
            TokenSampler sampler,
            Set<Integer> stopTokens,
            IntPredicate listener) {
        int contextSize = cache.capacity();
        if (prompt.length == 0) {
            throw new IllegalArgumentException("prompt must hold at least one token");
        }
        if (prompt.length >= contextSize) {
            throw new IllegalArgumentException(
                    "prompt of " + prompt.length + " tokens must be shorter than the context size " + contextSize);
        }
        int[] history = Arrays.copyOf(prompt, contextSize + 1);
        int length = prompt.length;

        // 1. prefill: the whole prompt in one batch, logits of its last position
        long t0 = System.nanoTime();
        float[] logits = model.forward(prompt, 0, cache, false);
        long prefill = System.nanoTime() - t0;

        // 2. decode: sample, emit, feed back
        long t1 = System.nanoTime();
        int generated = 0;
        StopReason reason = StopReason.MAX_TOKENS;
        while (generated < maxTokens) {
            int next = sampler.sample(logits, history, length);
            if (stopTokens.contains(next)) {
                reason = StopReason.STOP_TOKEN;
                break;
            }
            history[length++] = next;
            generated++;
            if (!listener.test(next)) {
                reason = StopReason.STOP_STRING;
                break;
            }
            if (generated == maxTokens) {
                break;
            }
            if (length >= contextSize) {
                reason = StopReason.CONTEXT_FULL;
                break;
            }
            logits = model.forward(new int[] {next}, length - 1, cache, false);
        }
        long decode = System.nanoTime() - t1;
        return new Generation(
                Arrays.copyOfRange(history, prompt.length, length), reason, prompt.length, prefill, decode);
    }
}

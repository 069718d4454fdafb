package org.jrag.generation.model;

import java.time.Duration;
import org.jrag.engine.model.KvCacheType;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How the inference engine serves the model: context, KV cache pool, batching limits, prefix caching and
 * speculation. The defaults live in {@code application.yml}, each next to its environment variable.
 *
 * @param contextLength positions per sequence (prompt + completion); 0 means the model's own context length,
 *     and a larger value is capped at it
 * @param blockSize positions per KV cache block
 * @param kvBlocks KV cache blocks in the pool; 0 means as many as {@code kvMemory} holds (at least one full
 *     context)
 * @param kvMemory memory budget of the KV cache pool when {@code kvBlocks} is 0
 * @param kvCacheType precision of cached keys and values
 * @param maxRunning sequences decoded together in one batched step
 * @param maxQueued requests that may wait for a slot before new ones are refused with 429
 * @param stepTokenBudget tokens per step across all sequences (chunked prefill)
 * @param prefixCaching whether full KV blocks are shared across requests with the same prefix
 * @param speculation speculative decoding
 * @param warmup synthetic requests served at startup, before the service reports ready
 */
@ConfigurationProperties("rag.generation.engine")
public record EngineProperties(
        int contextLength,
        int blockSize,
        int kvBlocks,
        DataSize kvMemory,
        KvCacheType kvCacheType,
        int maxRunning,
        int maxQueued,
        int stepTokenBudget,
        boolean prefixCaching,
        SpeculationProperties speculation,
        WarmupProperties warmup) {

    public EngineProperties {
        requireAtLeast("context-length", contextLength, 0);
        requireAtLeast("block-size", blockSize, 1);
        requireAtLeast("kv-blocks", kvBlocks, 0);
        requireAtLeast("max-running", maxRunning, 1);
        requireAtLeast("max-queued", maxQueued, 1);
        requireAtLeast("step-token-budget", stepTokenBudget, 1);
        if (kvBlocks == 0 && (kvMemory == null || kvMemory.toBytes() <= 0)) {
            throw new IllegalArgumentException(
                    "rag.generation.engine.kv-memory must be > 0 when kv-blocks is 0, got: " + kvMemory);
        }
        if (kvCacheType == null) {
            throw new IllegalArgumentException(
                    "rag.generation.engine.kv-cache-type must be F32, F16 or Q8_0, got: null");
        }
        if (speculation == null) {
            speculation = new SpeculationProperties(SpeculationProperties.Mode.OFF, 3, 4, "");
        }
        if (warmup == null) {
            warmup = new WarmupProperties(0, Duration.ZERO);
        }
    }

    private static void requireAtLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(
                    "rag.generation.engine." + name + " must be >= " + min + ", got: " + value);
        }
    }

    /**
     * Synthetic requests served at startup, before the service reports ready ({@code org.jrag.engine.serving.Warmup}):
     * until the JIT has compiled the engine's kernels, a request runs many times slower (a first request took 8x the
     * time of later ones on the SmolLM2-135M shape, 200x on stories260K).
     *
     * @param rounds most rounds of one request alone, then two, three or four at once in turn; 0 serves none
     * @param budget time after which no new round starts
     */
    public record WarmupProperties(int rounds, Duration budget) {

        public WarmupProperties {
            if (rounds < 0) {
                throw new IllegalArgumentException("rag.generation.engine.warmup.rounds must be >= 0, got: " + rounds);
            }
            if (budget == null || budget.isNegative()) {
                throw new IllegalArgumentException("rag.generation.engine.warmup.budget must be >= 0, got: " + budget);
            }
        }
    }

    /**
     * Speculative decoding: drafts of up to {@code maxDraft} tokens verified in one batched step (greedy
     * requests only).
     *
     * @param mode off, prompt-lookup (n-gram drafts copied from the prompt) or draft-model (a second, smaller
     *     model with the same vocabulary)
     * @param ngram n-gram length matched against the prompt in prompt-lookup mode
     * @param maxDraft tokens drafted per step
     * @param draftModelPath GGUF file of the draft model in draft-model mode
     */
    public record SpeculationProperties(Mode mode, int ngram, int maxDraft, String draftModelPath) {

        public SpeculationProperties {
            if (mode == null) {
                mode = Mode.OFF;
            }
            draftModelPath = draftModelPath == null ? "" : draftModelPath.strip();
            if (mode != Mode.OFF && maxDraft < 1) {
                throw new IllegalArgumentException(
                        "rag.generation.engine.speculation.max-draft must be >= 1, got: " + maxDraft);
            }
            if (mode == Mode.PROMPT_LOOKUP && ngram < 1) {
                throw new IllegalArgumentException(
                        "rag.generation.engine.speculation.ngram must be >= 1, got: " + ngram);
            }
            if (mode == Mode.DRAFT_MODEL && draftModelPath.isEmpty()) {
                throw new IllegalArgumentException(
                        "rag.generation.engine.speculation.draft-model-path must be set in draft-model mode");
            }
        }

        /** How drafts are made. */
        public enum Mode {
            OFF,
            PROMPT_LOOKUP,
            DRAFT_MODEL
        }
    }
}

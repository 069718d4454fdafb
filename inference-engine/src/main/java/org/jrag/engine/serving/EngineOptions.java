package org.jrag.engine.serving;

import java.util.Objects;

/**
 * How an {@link InferenceEngine} schedules.
 *
 * @param blockSize positions per KV block (16 is usual); must equal the model's
 * @param kvBlocks KV blocks the engine may allocate (at most the model cache's); the caller derives it from a memory
 *     budget
 * @param maxRunning sequences decoding together
 * @param maxQueued requests that may wait for admission before {@link QueueFullException}
 * @param stepTokenBudget tokens per step across all sequences for chunked prefill (decode tokens always run)
 * @param prefixCaching whether full KV blocks are shared by prefix hash across requests
 * @param speculation speculative decoding for greedy requests
 * @param contextLength most positions per sequence (prompt and generated)
 */
public record EngineOptions(
        int blockSize,
        int kvBlocks,
        int maxRunning,
        int maxQueued,
        int stepTokenBudget,
        boolean prefixCaching,
        Speculation speculation,
        int contextLength) {

    public EngineOptions {
        positive("blockSize", blockSize);
        positive("kvBlocks", kvBlocks);
        positive("maxRunning", maxRunning);
        positive("maxQueued", maxQueued);
        positive("stepTokenBudget", stepTokenBudget);
        positive("contextLength", contextLength);
        Objects.requireNonNull(speculation, "speculation");
    }

    /** Block size 16, 16 running, 64 queued, 256 tokens per step, prefix caching on, no speculation. */
    public static EngineOptions defaults(int kvBlocks, int contextLength) {
        return new EngineOptions(16, kvBlocks, 16, 64, 256, true, Speculation.off(), contextLength);
    }

    public EngineOptions withBlockSize(int value) {
        return new EngineOptions(
                value, kvBlocks, maxRunning, maxQueued, stepTokenBudget, prefixCaching, speculation, contextLength);
    }

    public EngineOptions withKvBlocks(int value) {
        return new EngineOptions(
                blockSize, value, maxRunning, maxQueued, stepTokenBudget, prefixCaching, speculation, contextLength);
    }

    public EngineOptions withMaxRunning(int value) {
        return new EngineOptions(
                blockSize, kvBlocks, value, maxQueued, stepTokenBudget, prefixCaching, speculation, contextLength);
    }

    public EngineOptions withMaxQueued(int value) {
        return new EngineOptions(
                blockSize, kvBlocks, maxRunning, value, stepTokenBudget, prefixCaching, speculation, contextLength);
    }

    public EngineOptions withStepTokenBudget(int value) {
        return new EngineOptions(
                blockSize, kvBlocks, maxRunning, maxQueued, value, prefixCaching, speculation, contextLength);
    }

    public EngineOptions withPrefixCaching(boolean value) {
        return new EngineOptions(
                blockSize, kvBlocks, maxRunning, maxQueued, stepTokenBudget, value, speculation, contextLength);
    }

    public EngineOptions withSpeculation(Speculation value) {
        return new EngineOptions(
                blockSize, kvBlocks, maxRunning, maxQueued, stepTokenBudget, prefixCaching, value, contextLength);
    }

    public EngineOptions withContextLength(int value) {
        return new EngineOptions(
                blockSize, kvBlocks, maxRunning, maxQueued, stepTokenBudget, prefixCaching, speculation, value);
    }

    private static void positive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be > 0, got: " + value);
        }
    }
}

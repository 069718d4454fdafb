package org.jrag.engine.serving;

import java.util.List;
import java.util.Objects;
import org.jrag.engine.model.LlamaModel;
import org.jrag.engine.model.PagedKvCache;
import org.jrag.engine.model.SequenceChunk;

/**
 * What the scheduler needs from a model: one batched forward step over a paged KV cache. The scheduler owns the
 * allocation of blocks; the model only reads and writes the blocks each chunk's table names. Kept this narrow so
 * the scheduler can be tested with a deterministic stand-in model.
 */
public interface BatchForward {
    /**
     * Runs every chunk in one step. result[i] holds the logits of chunks.get(i): [vocab] for its last token, or
     * [tokens.length * vocab] when the chunk asks for all logits. Called from one thread at a time.
     */
    float[][] forward(List<SequenceChunk> chunks);

    int vocabSize();

    /** Positions per KV block. */
    int blockSize();

    /** KV blocks in the cache this forward writes. */
    int numBlocks();

    /** Copies the keys and values of every layer from block {@code from} to block {@code to} (copy-on-write). */
    void copyBlock(int from, int to);

    /** The model's batched forward over {@code cache}, which only this forward may use. */
    static BatchForward of(LlamaModel model, PagedKvCache cache) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(cache, "cache");
        return new BatchForward() {
            @Override
            public float[][] forward(List<SequenceChunk> chunks) {
                return model.forward(chunks, cache);
            }

            @Override
            public int vocabSize() {
                return model.config().vocabSize();
            }

            @Override
            public int blockSize() {
                return cache.blockSize();
            }

            @Override
            public int numBlocks() {
                return cache.numBlocks();
            }

            @Override
            public void copyBlock(int from, int to) {
                cache.copyBlock(from, to);
            }
        };
    }
}

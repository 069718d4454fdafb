package org.jrag.engine.model;

import java.util.Objects;

/**
 * One sequence's slice of a batched {@link LlamaModel#forward(java.util.List, PagedKvCache)}: tokens at positions
 * [startPos, startPos + tokens.length), whose keys and values land in block {@code blockTable[pos / blockSize]} at
 * slot {@code pos % blockSize}. The block table must cover positions [0, startPos + tokens.length): earlier
 * positions are read by attention, the new ones written. With {@code allLogits} the forward returns logits for every
 * token (speculative verification), else only for the last. Arrays are held, not copied: the caller must not change
 * them during the forward call.
 */
public record SequenceChunk(int[] tokens, int startPos, int[] blockTable, boolean allLogits) {
    public SequenceChunk {
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(blockTable, "blockTable");
        if (tokens.length == 0) {
            throw new IllegalArgumentException("tokens must not be empty");
        }
        if (startPos < 0) {
            throw new IllegalArgumentException("startPos must be >= 0, got: " + startPos);
        }
    }

    /** One past the last position: startPos + tokens.length. */
    public int endPos() {
        return startPos + tokens.length;
    }
}

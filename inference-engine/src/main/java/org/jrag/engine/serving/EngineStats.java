package org.jrag.engine.serving;

/**
 * A snapshot of the engine's state and counters since it started.
 *
 * @param running sequences admitted (prefilling or decoding)
 * @param waiting requests waiting for admission (new and preempted)
 * @param kvBlocksUsed KV blocks referenced by some sequence
 * @param kvBlocksCached free blocks that still hold a cached prefix (evicted least recently used first)
 * @param kvBlocksTotal the pool size
 * @param prefixLookupBlocks full prompt blocks looked up in the prefix cache at admission
 * @param prefixHitBlocks of those, blocks found (their prefill skipped)
 * @param draftedTokens speculative tokens drafted and verified
 * @param acceptedTokens of those, tokens the model agreed with
 * @param shadowProbes paused speculation's probes: one drafted token compared with the step's token, not verified
 * @param steps batched forward steps run
 * @param batchSequencesLastStep sequences in the last step
 * @param batchTokensLastStep tokens in the last step
 * @param preemptions sequences preempted (their blocks freed, recomputed later)
 * @param completed requests completed (any reason)
 * @param generatedTokens tokens emitted
 */
public record EngineStats(
        int running,
        int waiting,
        int kvBlocksUsed,
        int kvBlocksCached,
        int kvBlocksTotal,
        long prefixLookupBlocks,
        long prefixHitBlocks,
        long draftedTokens,
        long acceptedTokens,
        long shadowProbes,
        long steps,
        int batchSequencesLastStep,
        int batchTokensLastStep,
        long preemptions,
        long completed,
        long generatedTokens) {

    /** prefixHitBlocks / prefixLookupBlocks, 0 before any lookup. */
    public double prefixHitRate() {
        return prefixLookupBlocks == 0 ? 0 : (double) prefixHitBlocks / prefixLookupBlocks;
    }

    /** acceptedTokens / draftedTokens, 0 before any draft. */
    public double acceptanceRate() {
        return draftedTokens == 0 ? 0 : (double) acceptedTokens / draftedTokens;
    }

    EngineStats withWaiting(int value) {
        return new EngineStats(
                running,
                value,
                kvBlocksUsed,
                kvBlocksCached,
                kvBlocksTotal,
                prefixLookupBlocks,
                prefixHitBlocks,
                draftedTokens,
                acceptedTokens,
                shadowProbes,
                steps,
                batchSequencesLastStep,
                batchTokensLastStep,
                preemptions,
                completed,
                generatedTokens);
    }
}

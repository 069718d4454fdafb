package org.jrag.engine.serving;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jrag.engine.model.SequenceChunk;
import org.jrag.engine.sampling.GreedySampler;

/**
 * Draft-model drafting: the smaller model catches each sequence up to its last token, then proposes greedy tokens
 * one position at a time, every round batched across sequences in one forward. Its keys and values live in its own
 * cache, in blocks from its own pool; a sequence whose draft blocks cannot be had simply stops drafting.
 */
final class DraftModelDrafter {
    private static final int[] NONE = new int[0];

    private final BatchForward draft;
    private final BlockManager pool;

    DraftModelDrafter(BatchForward draft) {
        this.draft = draft;
        this.pool = new BlockManager(draft.numBlocks(), draft.blockSize());
    }

    /**
     * Drafts up to {@code want[i]} tokens for each of {@code sequences} (all decoding: computed == length - 1).
     *
     * @return per sequence its drafted tokens, possibly none
     */
    int[][] draft(List<Sequence> sequences, int[] want) {
        int n = sequences.size();
        int[][] result = new int[n][];
        int rounds = 0;
        for (int i = 0; i < n; i++) {
            Sequence s = sequences.get(i);
            result[i] = NONE;
            if (want[i] <= 0 || s.draftDisabled) {
                continue;
            }
            // positions [0, length - 1 + want - 1] are fed: the catch-up to the last token, then want - 1 drafts
            if (!ensureBlocks(s, s.length + want[i] - 1)) {
                release(s);
                s.draftDisabled = true;
                continue;
            }
            result[i] = new int[want[i]];
            rounds = Math.max(rounds, want[i]);
        }
        for (int r = 0; r < rounds; r++) {
            List<SequenceChunk> chunks = new ArrayList<>();
            List<Integer> owners = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (result[i].length <= r) {
                    continue;
                }
                Sequence s = sequences.get(i);
                int[] feed;
                int start;
                if (r == 0) {
                    // catch up: every token the draft cache lacks, the last one included
                    start = Math.min(s.draftComputed, s.length - 1);
                    feed = Arrays.copyOfRange(s.tokens, start, s.length);
                } else {
                    start = s.length - 1 + r;
                    feed = new int[] {result[i][r - 1]};
                }
                chunks.add(new SequenceChunk(feed, start, s.draftBlockTable(), false));
                owners.add(i);
            }
            float[][] out = draft.forward(chunks);
            for (int j = 0; j < owners.size(); j++) {
                int i = owners.get(j);
                Sequence s = sequences.get(i);
                result[i][r] = GreedySampler.argmax(out[j]);
                s.draftComputed = s.length + r;
            }
        }
        return result;
    }

    /** After verification: draft positions past the accepted tokens hold rejected drafts. */
    void verified(Sequence s) {
        s.draftComputed = Math.min(s.draftComputed, s.computed);
    }

    /** Frees the sequence's draft blocks (finished or preempted). */
    void release(Sequence s) {
        for (int i = 0; i < s.draftBlockCount; i++) {
            pool.release(s.draftBlocks[i]);
        }
        s.draftBlockCount = 0;
        s.draftComputed = 0;
    }

    private boolean ensureBlocks(Sequence s, int positions) {
        int needed = (positions + pool.blockSize() - 1) / pool.blockSize();
        while (s.draftBlockCount < needed) {
            int b = pool.allocate();
            if (b < 0) {
                return false;
            }
            s.addDraftBlock(b);
        }
        return true;
    }

    int blocksUsed() {
        return pool.used();
    }
}

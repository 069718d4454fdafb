package org.jrag.engine.serving;

import java.util.Objects;

/**
 * How the engine drafts tokens for speculative decoding. Drafts are verified by the target model in the same
 * batched step, for greedy sequences only, so the output is the one non-speculative greedy decoding gives.
 */
public sealed interface Speculation permits Speculation.Off, Speculation.PromptLookup, Speculation.DraftModel {

    /** Most tokens drafted per step; 0 when off. */
    int maxDraft();

    static Speculation off() {
        return new Off();
    }

    /** No speculation. */
    record Off() implements Speculation {
        @Override
        public int maxDraft() {
            return 0;
        }
    }

    /**
     * Prompt-lookup (n-gram) drafting: finds the latest earlier occurrence of the sequence's last {@code ngram}
     * tokens (then shorter suffixes, down to one token) and drafts the tokens that followed it. Suits RAG, where
     * answers copy the context.
     */
    record PromptLookup(int ngram, int maxDraft) implements Speculation {
        public PromptLookup {
            if (ngram < 1) {
                throw new IllegalArgumentException("ngram must be >= 1, got: " + ngram);
            }
            if (maxDraft < 1) {
                throw new IllegalArgumentException("maxDraft must be >= 1, got: " + maxDraft);
            }
        }
    }

    /**
     * Draft-model drafting: a smaller model with the same vocabulary proposes {@code maxDraft} greedy tokens with
     * its own KV cache (its own block pool, allocated by the engine).
     */
    record DraftModel(BatchForward draft, int maxDraft) implements Speculation {
        public DraftModel {
            Objects.requireNonNull(draft, "draft");
            if (maxDraft < 1) {
                throw new IllegalArgumentException("maxDraft must be >= 1, got: " + maxDraft);
            }
        }
    }
}

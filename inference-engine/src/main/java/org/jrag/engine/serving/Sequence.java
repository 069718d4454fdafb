package org.jrag.engine.serving;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.jrag.engine.constrain.TokenConstraint;
import org.jrag.engine.sampling.TokenSampler;

/**
 * One request's mutable state inside the scheduler: its tokens (prompt then generated), how many of them have keys
 * and values in the cache, its block table, and its speculation state. Only {@link #cancel()} and the admission
 * state are touched from other threads.
 */
final class Sequence implements Handle {
    static final int QUEUED = 0;
    static final int ADMITTED = 1;
    static final int CANCELLED_IN_QUEUE = 2;

    final GenerationRequest request;
    final TokenStream stream;
    final TokenSampler sampler;
    final TokenConstraint constraint;
    final long submitNanos;
    final long deadlineNanos;
    final int promptLength;
    final DraftLength draftLength;
    private final AtomicInteger queued;
    private final Runnable wake;

    /** QUEUED until first admitted; cancel() in the queue moves it to CANCELLED_IN_QUEUE. */
    final AtomicInteger admission = new AtomicInteger(QUEUED);

    volatile boolean cancelled;
    boolean finished;
    boolean running;

    int[] tokens;
    int length;
    /** Positions [0, computed) have keys and values in this sequence's blocks. */
    int computed;

    /** Prompt positions [1, promptReported) have had their log-probabilities reported (promptLogprobs requests). */
    int promptReported = 1;

    int generated;

    int[] blocks = new int[4];
    int blockCount;
    /** Leading full blocks already offered to the prefix cache, and the hash chain up to them. */
    int hashedBlocks;

    long chainHash;

    int cachedPromptTokens;
    long admitNanos = -1;
    long firstTokenNanos = -1;

    /** Draft-model state: its own block table and computed positions, in the draft model's cache. */
    int[] draftBlocks = new int[0];

    int draftBlockCount;
    int draftComputed;
    boolean draftDisabled;
    /** The shadow draft of this step (the token the drafter expects the step to produce), or -1. */
    int shadowDraft = -1;

    Sequence(
            GenerationRequest request,
            TokenStream stream,
            TokenSampler sampler,
            long submitNanos,
            long deadlineNanos,
            int maxDraft,
            AtomicInteger queued,
            Runnable wake) {
        this.request = request;
        this.stream = stream;
        this.sampler = sampler;
        this.constraint = request.constraint();
        this.submitNanos = submitNanos;
        this.deadlineNanos = deadlineNanos;
        this.promptLength = request.promptLength();
        this.draftLength = maxDraft > 0 && request.isPlainGreedy() ? new DraftLength(maxDraft) : null;
        this.queued = queued;
        this.wake = wake;
        tokens = new int[promptLength + Math.min(request.maxTokens(), 64) + 1];
        for (int i = 0; i < promptLength; i++) {
            tokens[i] = request.promptToken(i);
        }
        length = promptLength;
    }

    @Override
    public void cancel() {
        cancelled = true;
        if (admission.compareAndSet(QUEUED, CANCELLED_IN_QUEUE)) {
            queued.decrementAndGet();
        }
        wake.run();
    }

    /** Marks the first admission; gives the queue place back. No effect for a preempted or cancelled sequence. */
    void leaveQueue() {
        if (admission.compareAndSet(QUEUED, ADMITTED)) {
            queued.decrementAndGet();
        }
    }

    /** Tokens fed but not yet computed: 1 while decoding, more while (re)filling the prompt. */
    int pending() {
        return length - computed;
    }

    void append(int token) {
        if (length == tokens.length) {
            tokens = Arrays.copyOf(tokens, Math.min(tokens.length * 2, promptLength + request.maxTokens() + 1));
        }
        tokens[length++] = token;
    }

    void addBlock(int block) {
        if (blockCount == blocks.length) {
            blocks = Arrays.copyOf(blocks, blocks.length * 2);
        }
        blocks[blockCount++] = block;
    }

    int[] blockTable() {
        return Arrays.copyOf(blocks, blockCount);
    }

    void addDraftBlock(int block) {
        if (draftBlockCount == draftBlocks.length) {
            draftBlocks = Arrays.copyOf(draftBlocks, Math.max(4, draftBlocks.length * 2));
        }
        draftBlocks[draftBlockCount++] = block;
    }

    int[] draftBlockTable() {
        return Arrays.copyOf(draftBlocks, draftBlockCount);
    }
}

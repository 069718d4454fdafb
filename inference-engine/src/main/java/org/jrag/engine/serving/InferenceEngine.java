package org.jrag.engine.serving;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import org.jrag.engine.sampling.TokenSampler;

/**
 * A generation server's engine: requests from any thread go to a bounded queue; one scheduler thread owns the
 * model and its KV cache and runs continuous batching (see {@link Scheduler}): each step batches every running
 * sequence's next token, or its verified draft, with prefill chunks of new prompts in one forward; new requests join
 * at the next step; finished and cancelled ones leave at once and free their blocks. Tokens and completions are
 * delivered to each request's {@link TokenStream} on the scheduler thread.
 */
public final class InferenceEngine implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(InferenceEngine.class.getName());
    /** Longest idle sleep; submit and cancel wake the thread at once. */
    private static final long IDLE_PARK_NANOS = 100_000_000L;

    private final BatchForward model;
    private final EngineOptions options;
    private final Scheduler scheduler;
    private final List<EngineListener> listeners = new CopyOnWriteArrayList<>();
    private final Object lifecycle = new Object();
    private final Thread thread;
    private volatile boolean closed;

    /** Starts the scheduler thread. */
    public InferenceEngine(BatchForward model, EngineOptions options) {
        this.model = Objects.requireNonNull(model, "model");
        this.options = Objects.requireNonNull(options, "options");
        if (options.blockSize() != model.blockSize()) {
            throw new IllegalArgumentException("blockSize must equal the model cache's block size " + model.blockSize()
                    + ", got: " + options.blockSize());
        }
        if (options.kvBlocks() > model.numBlocks()) {
            throw new IllegalArgumentException("kvBlocks must be <= the model cache's " + model.numBlocks()
                    + " blocks, got: " + options.kvBlocks());
        }
        if (options.speculation() instanceof Speculation.DraftModel(BatchForward draft, int maxDraft)
                && draft.vocabSize() != model.vocabSize()) {
            throw new IllegalArgumentException("the draft model's vocabulary must match the model's "
                    + model.vocabSize() + " tokens, got: " + draft.vocabSize());
        }
        TrapLimit.warning().ifPresent(w -> LOG.log(System.Logger.Level.WARNING, w));
        this.scheduler = new Scheduler(model, options, listeners);
        this.thread =
                Thread.ofPlatform().name("jrag-engine-scheduler").daemon(true).unstarted(this::run);
        thread.start();
    }

    public EngineOptions options() {
        return options;
    }

    /** As {@link #submit(GenerationRequest, TokenStream, Duration)} without a timeout. */
    public Handle submit(GenerationRequest request, TokenStream stream) {
        return submit(request, stream, null);
    }

    /**
     * Queues a request; its tokens and completion go to {@code stream} on the scheduler thread.
     *
     * @param timeout from now until the request ends with {@link FinishReason#TIMEOUT} (checked at each step, queue
     *     time included); null for none
     * @throws QueueFullException when maxQueued requests wait (the service answers 429 + Retry-After)
     * @throws IllegalArgumentException when prompt + maxTokens cannot fit contextLength or the whole KV pool, or a
     *     token id is outside the vocabulary
     * @throws IllegalStateException when the engine is closed
     */
    public Handle submit(GenerationRequest request, TokenStream stream, Duration timeout) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(stream, "stream");
        validate(request);
        long now = System.nanoTime();
        long deadline = Long.MAX_VALUE;
        if (timeout != null) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be > 0, got: " + timeout);
            }
            deadline = now + Math.min(timeout.toNanos(), Long.MAX_VALUE / 4);
        }
        Sequence s = new Sequence(
                request,
                stream,
                TokenSampler.of(request.sampling()),
                now,
                deadline,
                options.speculation().maxDraft(),
                scheduler.queued,
                this::wake);
        synchronized (lifecycle) {
            if (closed) {
                throw new IllegalStateException("the inference engine is closed");
            }
            scheduler.enqueue(s);
        }
        wake();
        return s;
    }

    private void validate(GenerationRequest r) {
        int vocab = model.vocabSize();
        int p = r.promptLength();
        for (int i = 0; i < p; i++) {
            int t = r.promptToken(i);
            if (t < 0 || t >= vocab) {
                throw new IllegalArgumentException(
                        "prompt token at index " + i + " must be in 0.." + (vocab - 1) + ", got: " + t);
            }
        }
        for (int t : r.stopTokens()) {
            if (t < 0 || t >= vocab) {
                throw new IllegalArgumentException("stop token must be in 0.." + (vocab - 1) + ", got: " + t);
            }
        }
        long total = (long) p + r.maxTokens();
        if (total > options.contextLength()) {
            throw new IllegalArgumentException("prompt of " + p + " tokens plus maxTokens " + r.maxTokens()
                    + " must fit the context length " + options.contextLength());
        }
        // the last generated token is never fed back, so p + maxTokens - 1 positions at most (the prompt's p when
        // nothing is generated)
        long positions = Math.max(total - 1, p);
        long blocksNeeded = (positions + options.blockSize() - 1) / options.blockSize();
        if (blocksNeeded > options.kvBlocks()) {
            throw new IllegalArgumentException("prompt of " + p + " tokens plus maxTokens " + r.maxTokens()
                    + " needs " + blocksNeeded + " KV blocks of " + options.blockSize()
                    + " positions, more than the whole pool of " + options.kvBlocks());
        }
    }

    /** A snapshot of queue, KV and speculation counters. */
    public EngineStats stats() {
        return scheduler.stats();
    }

    /** Adds a per-step listener (metrics). */
    public void addListener(EngineListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Stops the scheduler thread; every unfinished request completes with {@link FinishReason#CANCELLED}. */
    @Override
    public void close() {
        synchronized (lifecycle) {
            if (closed) {
                return;
            }
            closed = true;
        }
        wake();
        if (Thread.currentThread() != thread) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void wake() {
        LockSupport.unpark(thread);
    }

    private void run() {
        while (!closed) {
            boolean worked;
            try {
                worked = scheduler.step();
            } catch (RuntimeException | AssertionError e) {
                // a scheduler bug, not a request's: end what is in flight rather than spin on it
                LOG.log(System.Logger.Level.ERROR, "scheduler step failed; failing all requests", e);
                scheduler.finishAll(FinishReason.ERROR, "engine failure: " + e);
                worked = true;
            }
            if (!worked) {
                LockSupport.parkNanos(this, IDLE_PARK_NANOS);
            }
        }
        scheduler.finishAll(FinishReason.CANCELLED, null);
    }
}

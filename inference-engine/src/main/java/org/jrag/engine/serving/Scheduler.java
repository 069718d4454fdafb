package org.jrag.engine.serving;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.jrag.engine.model.SequenceChunk;
import org.jrag.engine.sampling.GreedySampler;

/**
 * The iteration-level scheduler: each {@link #step()} runs every running sequence's next token (with its draft, when
 * speculating) and prefill chunks of new sequences up to the token budget in one {@link BatchForward#forward} call,
 * then samples and emits. Confined to one thread (the engine's scheduler thread, or a test); only {@link #enqueue}
 * and the sequences' cancel flags are touched from other threads.
 */
final class Scheduler {
    private static final System.Logger LOG = System.getLogger(Scheduler.class.getName());
    private static final int[] NONE = new int[0];

    private final BatchForward model;
    private final EngineOptions options;
    private final BlockManager blocks;
    private final DraftModelDrafter drafter;
    private final List<EngineListener> listeners;
    private final int vocab;
    private final int blockSize;
    /** The clock of every timing: System.nanoTime, the clock submit stamps requests with too. */
    private final LongSupplier clock;

    /** Submitted, not yet seen by the scheduler. */
    private final ConcurrentLinkedQueue<Sequence> inbox = new ConcurrentLinkedQueue<>();
    /** New requests not yet admitted (bounded by maxQueued); preempted ones do not count. */
    final AtomicInteger queued = new AtomicInteger();

    private final ArrayDeque<Sequence> waiting = new ArrayDeque<>();
    private final List<Sequence> running = new ArrayList<>();
    /**
     * Prefix-cache keys of full blocks that running sequences have been given but not yet computed, with the
     * sequence computing each. A request whose next uncached block is one of these waits for it (n > 1: the same
     * prompt submitted together is computed once, not once per choice).
     */
    private final Map<Long, Sequence> computing = new HashMap<>();

    private long steps;
    private long prefixLookupBlocks;
    private long prefixHitBlocks;
    private long draftedTokens;
    private long acceptedTokens;
    private long shadowProbes;
    private long preemptions;
    private long completed;
    private long generatedTokens;
    /** Exponential moving average of per-verification acceptance, seeds new sequences' draft length. */
    private double recentAcceptance = 1;
    /** Pauses in a row of the sequence verified last (0 once a draft token is accepted), seeds new sequences'. */
    private int recentMisses;
    /** Time of decoding steps by their token count: the price of a drafted token. */
    private final StepCost stepCost = new StepCost();

    private int lastSequences;
    private int lastTokens;
    private volatile EngineStats snapshot;

    /**
     * One sequence's part of a step: {@code fed} of its pending tokens, then its draft; {@code allLogits} when every
     * position's logits are needed (a draft to verify, or prompt tokens to score).
     */
    private record Plan(Sequence sequence, int fed, int[] draft, boolean allLogits) {

        Plan(Sequence sequence, int fed, int[] draft) {
            this(sequence, fed, draft, draft.length > 0);
        }
    }

    /** Logits a chunk that scores its prompt may return at most (64 MB): its length is capped to fit. */
    private static final int SCORING_LOGITS = 1 << 24;

    Scheduler(BatchForward model, EngineOptions options, List<EngineListener> listeners) {
        this(model, options, listeners, System::nanoTime);
    }

    /** As above with the clock of a test (which may submit from inside a clock read, like a racing thread). */
    Scheduler(BatchForward model, EngineOptions options, List<EngineListener> listeners, LongSupplier clock) {
        this.clock = clock;
        this.model = model;
        this.options = options;
        this.blocks = new BlockManager(options.kvBlocks(), options.blockSize());
        this.drafter = options.speculation() instanceof Speculation.DraftModel(BatchForward d, int max)
                ? new DraftModelDrafter(d)
                : null;
        this.listeners = listeners;
        this.vocab = model.vocabSize();
        this.blockSize = options.blockSize();
        publish();
    }

    /** Queues a request; called from any thread. */
    void enqueue(Sequence s) {
        while (true) {
            int q = queued.get();
            if (q >= options.maxQueued()) {
                throw new QueueFullException(options.maxQueued());
            }
            if (queued.compareAndSet(q, q + 1)) {
                break;
            }
        }
        inbox.add(s);
    }

    /** The last published snapshot, waiting counting new requests not yet admitted too. */
    EngineStats stats() {
        EngineStats s = snapshot;
        return s.withWaiting(s.waiting() + queued.get());
    }

    /**
     * One scheduling iteration.
     *
     * @return false when there was nothing to run
     */
    boolean step() {
        for (Sequence s; (s = inbox.poll()) != null; ) {
            waiting.addLast(s);
        }
        // read after taking the submitted requests, so each one's admission time is at or after its submit time
        long t0 = clock.getAsLong();
        // 1. drop cancelled and timed-out sequences, freeing their blocks
        dropEnded(t0);
        // 2. admit waiting sequences while slots and blocks allow (prefix-cache lookup)
        admit(t0);
        publish();
        if (running.isEmpty()) {
            return false;
        }
        // 3. build the batch: decoding sequences (1 token + draft) first, then prefill chunks within the budget
        List<Plan> plans = plan();
        if (plans.isEmpty()) {
            publish();
            return true;
        }
        List<SequenceChunk> chunks = new ArrayList<>(plans.size());
        int batchTokens = 0;
        for (Plan p : plans) {
            Sequence s = p.sequence();
            int[] feed = Arrays.copyOfRange(s.tokens, s.computed, s.computed + p.fed() + p.draft().length);
            System.arraycopy(p.draft(), 0, feed, p.fed(), p.draft().length);
            chunks.add(new SequenceChunk(feed, s.computed, s.blockTable(), p.allLogits()));
            batchTokens += feed.length;
        }
        // 4. one batched forward for every chunk
        long t1 = clock.getAsLong();
        float[][] logits;
        try {
            logits = model.forward(chunks);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "batched forward failed; failing its " + plans.size() + " sequences", e);
            for (Plan p : plans) {
                finish(p.sequence(), FinishReason.ERROR, "model forward failed: " + e);
            }
            endStep(plans.size(), batchTokens, t0);
            return true;
        }
        // 5. sample, emit and check stops for every sequence whose pending tokens are now all computed
        for (int i = 0; i < plans.size(); i++) {
            consume(plans.get(i), logits[i]);
        }
        // 6. the step's cost (decoding steps only: prefill chunks run other kernels), stats and listeners
        if (plans.stream().allMatch(p -> p.fed() == 1)) {
            stepCost.record(batchTokens, clock.getAsLong() - t1);
        }
        endStep(plans.size(), batchTokens, t0);
        return true;
    }

    private void dropEnded(long now) {
        for (Sequence s : List.copyOf(running)) {
            dropIfEnded(s, now);
        }
        for (Sequence s : List.copyOf(waiting)) {
            dropIfEnded(s, now);
        }
    }

    private void dropIfEnded(Sequence s, long now) {
        if (s.cancelled) {
            finish(s, FinishReason.CANCELLED, null);
        } else if (s.deadlineNanos != Long.MAX_VALUE && now - s.deadlineNanos > 0) {
            finish(s, FinishReason.TIMEOUT, null);
        }
    }

    private void admit(long now) {
        while (running.size() < options.maxRunning() && !waiting.isEmpty()) {
            Sequence s = waiting.peekFirst();
            if (!allocateForAdmission(s)) {
                break;
            }
            waiting.pollFirst();
            s.leaveQueue();
            if (s.admitNanos < 0) {
                s.admitNanos = now;
            }
            s.running = true;
            running.add(s);
        }
    }

    /**
     * Blocks for all of the sequence's tokens: the longest run of cached full blocks (refcount + 1), then fresh
     * ones. At least one token is always left to compute (its logits give the next token): when every block is
     * cached, the last one is copied (copy-on-write) and its last position recomputed. Keeps one spare block per
     * running sequence so an admission does not force a preemption at the next decode. With prefix caching, a
     * sequence whose first uncached full block another running sequence is computing is not admitted yet (false):
     * it waits, at the head of the queue, until that block is cached and then shares it.
     */
    private boolean allocateForAdmission(Sequence s) {
        int needed = ceilDiv(s.length, blockSize);
        int full = s.length / blockSize;
        int[] hit = new int[full];
        long[] hashes = new long[full];
        int hits = 0;
        // a sequence that scores its prompt computes all of it: cached blocks would give no logits
        boolean lookup = options.prefixCaching() && !s.request.promptLogprobs();
        if (lookup) {
            long parent = 0;
            for (int i = 0; i < full; i++) {
                hashes[i] = BlockManager.hash(parent, s.tokens, i * blockSize, blockSize);
                parent = hashes[i];
            }
            while (hits < full) {
                int b = blocks.lookup(hashes[hits], s.tokens, hits * blockSize);
                if (b < 0) {
                    break;
                }
                hit[hits++] = b;
            }
        }
        boolean copyLast = hits > 0 && hits * blockSize == s.length;
        int fresh = needed - hits + (copyLast ? 1 : 0);
        boolean wait = lookup && hits < full && computing.containsKey(hashes[hits]);
        if (wait || blocks.available() < fresh + running.size()) {
            for (int i = 0; i < hits; i++) {
                blocks.release(hit[i]);
            }
            return false;
        }
        for (int i = hits; i < full && lookup; i++) {
            computing.putIfAbsent(hashes[i], s);
        }
        boolean first = s.admitNanos < 0;
        if (first && options.prefixCaching()) {
            prefixLookupBlocks += full;
            prefixHitBlocks += hits;
        }
        s.blockCount = 0;
        for (int i = 0; i < hits; i++) {
            s.addBlock(hit[i]);
        }
        s.hashedBlocks = hits;
        s.chainHash = hits > 0 ? hashes[hits - 1] : 0;
        s.computed = hits * blockSize;
        if (copyLast) {
            int copy = blocks.allocate();
            model.copyBlock(hit[hits - 1], copy);
            blocks.release(hit[hits - 1]);
            s.blocks[hits - 1] = copy;
            s.hashedBlocks = hits - 1;
            s.chainHash = hits > 1 ? hashes[hits - 2] : 0;
            s.computed = s.length - 1;
        }
        while (s.blockCount < needed) {
            s.addBlock(blocks.allocate());
        }
        if (first) {
            s.cachedPromptTokens = s.computed;
            if (s.draftLength != null) {
                s.draftLength.startFrom(recentAcceptance, recentMisses);
            }
        }
        return true;
    }

    private List<Plan> plan() {
        List<Plan> plans = new ArrayList<>();
        List<Sequence> order = List.copyOf(running);
        List<Sequence> decoding = new ArrayList<>();
        for (Sequence s : order) {
            if (s.pending() == 1) {
                decoding.add(s);
            }
        }
        int[][] drafts = drafts(decoding);
        int tokens = 0;
        for (int i = 0; i < decoding.size(); i++) {
            Sequence s = decoding.get(i);
            if (!s.running) {
                continue; // preempted for an earlier sequence's block
            }
            int[] draft = drafts[i];
            if (draft.length > 0 && !tryEnsureBlocks(s, s.length + draft.length)) {
                draft = NONE;
                if (drafter != null) {
                    drafter.verified(s); // the draft cache holds the dropped drafts past the last token
                }
            }
            if (!ensureBlocksOrPreempt(s, s.length, plans)) {
                continue;
            }
            plans.add(new Plan(s, 1, draft));
            tokens += 1 + draft.length;
        }
        int budget = options.stepTokenBudget() - tokens;
        for (Sequence s : order) {
            if (budget <= 0) {
                break;
            }
            if (!s.running || s.pending() <= 1) {
                continue;
            }
            int n = Math.min(s.pending(), budget);
            boolean scoring = scoresPrompt(s);
            if (scoring) {
                n = Math.min(n, Math.max(1, SCORING_LOGITS / vocab));
            }
            if (n < s.pending()) {
                // end a partial chunk on a block boundary, so its blocks are full and cacheable at once
                int end = s.computed + n;
                int aligned = end - end % blockSize;
                if (aligned > s.computed) {
                    n = aligned - s.computed;
                }
            }
            budget -= n;
            plans.add(new Plan(s, n, NONE, scoring));
        }
        return plans;
    }

    /** Whether the sequence's next chunk holds prompt positions whose log-probabilities are still to report. */
    private static boolean scoresPrompt(Sequence s) {
        return s.request.promptLogprobs() && s.promptReported < s.promptLength;
    }

    /** Drafts for the decoding sequences that speculate this step (adaptive length, room left). */
    private int[][] drafts(List<Sequence> decoding) {
        int[][] drafts = new int[decoding.size()][];
        int[] want = new int[decoding.size()];
        boolean[] shadow = new boolean[decoding.size()];
        boolean freeDrafts = options.speculation() instanceof Speculation.PromptLookup;
        boolean any = false;
        double cost = stepCost.perTokenShare(decoding.size());
        for (int i = 0; i < decoding.size(); i++) {
            Sequence s = decoding.get(i);
            drafts[i] = NONE;
            if (s.draftLength == null) {
                continue;
            }
            // every accepted draft and the correction are emitted: stay within maxTokens and the context
            int room = Math.min(s.request.maxTokens() - s.generated - 1, options.contextLength() - s.length);
            if (room <= 0) {
                continue;
            }
            int next = s.draftLength.next(cost);
            // prompt lookup's drafts cost nothing to make: every paused step probes, so a sequence that starts
            // repeating its context drafts again at once
            shadow[i] = next == DraftLength.SHADOW || next == 0 && freeDrafts;
            want[i] = shadow[i] ? 1 : Math.min(room, next);
            any |= want[i] > 0;
        }
        if (!any) {
            return drafts;
        }
        proposeDrafts(decoding, want, drafts);
        for (int i = 0; i < decoding.size(); i++) {
            if (shadow[i]) {
                // a probe: kept to compare with the token this step produces, not fed
                decoding.get(i).shadowDraft = drafts[i].length > 0 ? drafts[i][0] : -1;
                drafts[i] = NONE;
            }
        }
        return drafts;
    }

    /** Fills {@code drafts[i]} with up to {@code want[i]} tokens from the configured drafter. */
    private void proposeDrafts(List<Sequence> decoding, int[] want, int[][] drafts) {
        switch (options.speculation()) {
            case Speculation.PromptLookup(int ngram, int max) -> {
                for (int i = 0; i < decoding.size(); i++) {
                    if (want[i] > 0) {
                        Sequence s = decoding.get(i);
                        drafts[i] = PromptLookup.draft(s.tokens, s.length, ngram, want[i]);
                    }
                }
            }
            case Speculation.DraftModel dm -> {
                try {
                    int[][] proposed = drafter.draft(decoding, want);
                    System.arraycopy(proposed, 0, drafts, 0, drafts.length);
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "draft model failed; drafting stopped for these sequences", e);
                    for (Sequence s : decoding) {
                        drafter.release(s);
                        s.draftDisabled = true;
                    }
                }
            }
            case Speculation.Off off -> {}
        }
    }

    /** Allocates blocks to cover {@code positions} while free ones last; false when short (none preempted). */
    private boolean tryEnsureBlocks(Sequence s, int positions) {
        int needed = ceilDiv(positions, blockSize);
        while (s.blockCount < needed) {
            int b = blocks.allocate();
            if (b < 0) {
                return false;
            }
            s.addBlock(b);
        }
        return true;
    }

    /**
     * Blocks to cover {@code positions}, preempting the newest running sequences not yet in this step when the pool
     * is empty (possibly {@code s} itself: then false).
     */
    private boolean ensureBlocksOrPreempt(Sequence s, int positions, List<Plan> planned) {
        int needed = ceilDiv(positions, blockSize);
        while (s.blockCount < needed) {
            int b = blocks.allocate();
            if (b >= 0) {
                s.addBlock(b);
                continue;
            }
            Sequence victim = s;
            for (int i = running.size() - 1; i >= 0; i--) {
                Sequence r = running.get(i);
                if (r == s || !isPlanned(r, planned)) {
                    victim = r;
                    break;
                }
            }
            preempt(victim);
            if (victim == s) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPlanned(Sequence s, List<Plan> planned) {
        for (Plan p : planned) {
            if (p.sequence() == s) {
                return true;
            }
        }
        return false;
    }

    /** Recompute preemption: frees every block; the sequence waits at the front with prompt + generated tokens. */
    private void preempt(Sequence s) {
        releaseBlocks(s);
        running.remove(s);
        s.running = false;
        waiting.addFirst(s);
        preemptions++;
    }

    private void releaseBlocks(Sequence s) {
        for (int i = 0; i < s.blockCount; i++) {
            blocks.release(s.blocks[i]);
        }
        s.blockCount = 0;
        s.computed = 0;
        if (!computing.isEmpty()) {
            computing.values().removeIf(owner -> owner == s);
        }
        s.hashedBlocks = 0;
        s.chainHash = 0;
        s.shadowDraft = -1;
        if (drafter != null) {
            drafter.release(s);
        }
    }

    private void consume(Plan p, float[] logits) {
        Sequence s = p.sequence();
        if (s.finished) {
            return;
        }
        int start = s.computed;
        s.computed += p.fed();
        int k = p.draft().length;
        if (k == 0) {
            if (s.request.promptLogprobs() && !reportPromptTokens(s, start, p, logits)) {
                return;
            }
            registerFullBlocks(s);
            if (s.computed == s.length && s.request.maxTokens() == 0) {
                finish(s, FinishReason.LENGTH, null); // the prompt scored, nothing to generate
                return;
            }
            if (s.computed == s.length) {
                int token = emit(s, logits, p.allLogits() ? (p.fed() - 1) * vocab : 0);
                if (s.shadowDraft >= 0 && token >= 0) {
                    recordDrafts(s, 1, token == s.shadowDraft ? 1 : 0, false);
                    if (drafter != null) {
                        drafter.verified(s);
                    }
                }
            }
            s.shadowDraft = -1;
            return;
        }
        // verification: logits j predict the token after draft j - 1; keep drafts while they equal the model's pick
        int accepted = 0;
        for (int j = 0; j <= k; j++) {
            int token = emit(s, logits, j * vocab);
            if (token < 0 || j == k || token != p.draft()[j]) {
                break;
            }
            accepted++;
            s.computed++;
        }
        recordDrafts(s, k, accepted, true);
        if (!s.finished) {
            registerFullBlocks(s);
            if (drafter != null) {
                drafter.verified(s);
            }
        }
    }

    /**
     * Reports the log-probabilities of the prompt tokens that positions {@code start ..} of the chunk predict (each
     * prompt position once, also when a preempted sequence computes it again).
     *
     * @return false when the stream failed and the sequence ended
     */
    private boolean reportPromptTokens(Sequence s, int start, Plan p, float[] logits) {
        int top = Math.max(1, s.request.topLogprobs());
        try {
            for (int j = p.allLogits() ? 0 : p.fed() - 1; j < p.fed(); j++) {
                int target = start + j + 1;
                if (target >= s.promptLength) {
                    break;
                }
                if (target >= s.promptReported) {
                    int off = p.allLogits() ? j * vocab : 0;
                    s.stream.onPromptToken(target, TokenLogprobs.of(logits, off, vocab, s.tokens[target], top));
                    s.promptReported = target + 1;
                }
            }
            return true;
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "sequence failed while reporting prompt log-probabilities", e);
            finish(s, FinishReason.ERROR, String.valueOf(e));
            return false;
        }
    }

    /** Feeds back k drafted tokens of which the first {@code accepted} held (verified, or a shadow probe). */
    private void recordDrafts(Sequence s, int k, int accepted, boolean verified) {
        if (verified) {
            draftedTokens += k;
            acceptedTokens += accepted;
        } else {
            shadowProbes++;
        }
        s.draftLength.record(k, accepted);
        recentAcceptance = 0.9 * recentAcceptance + 0.1 * accepted / k;
        recentMisses = s.draftLength.misses();
    }

    /**
     * Samples from {@code logits[off .. off + vocab)} (after the constraint's mask), emits the token and checks the
     * stops.
     *
     * @return the token, or -1 when the sequence ended (stop token, stop, length, error)
     */
    private int emit(Sequence s, float[] logits, int off) {
        try {
            float[] l;
            int token;
            if (s.constraint == null && s.sampler instanceof GreedySampler) {
                // greedy without a mask (every verified position): the arg max in place, no copy of the row
                l = logits;
                token = GreedySampler.argmax(logits, off, vocab);
            } else {
                l = off == 0 && logits.length == vocab ? logits : Arrays.copyOfRange(logits, off, off + vocab);
                off = 0;
                if (s.constraint != null) {
                    s.constraint.mask(l);
                }
                token = s.sampler.sample(l, s.tokens, s.length);
            }
            if (s.request.stopTokens().contains(token)) {
                finish(s, FinishReason.STOP, null);
                return -1;
            }
            if (s.constraint != null) {
                s.constraint.accept(token);
            }
            int top = s.request.topLogprobs();
            TokenLogprobs lp = top > 0 ? TokenLogprobs.of(l, off, vocab, token, top) : null;
            s.append(token);
            s.generated++;
            generatedTokens++;
            if (s.firstTokenNanos < 0) {
                s.firstTokenNanos = clock.getAsLong();
            }
            if (!s.stream.onToken(token, lp)) {
                finish(s, FinishReason.STOP, null);
                return -1;
            }
            if (s.generated >= s.request.maxTokens() || s.length >= options.contextLength()) {
                finish(s, FinishReason.LENGTH, null);
                return -1;
            }
            return token;
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "sequence failed while emitting a token", e);
            finish(s, FinishReason.ERROR, String.valueOf(e));
            return -1;
        }
    }

    /** Offers the sequence's newly full and computed blocks to the prefix cache, extending its hash chain. */
    private void registerFullBlocks(Sequence s) {
        if (!options.prefixCaching()) {
            return;
        }
        while (s.hashedBlocks < s.blockCount && (s.hashedBlocks + 1) * blockSize <= s.computed) {
            int from = s.hashedBlocks * blockSize;
            long h = BlockManager.hash(s.chainHash, s.tokens, from, blockSize);
            blocks.register(s.blocks[s.hashedBlocks], h, s.tokens, from);
            computing.remove(h, s);
            s.chainHash = h;
            s.hashedBlocks++;
        }
    }

    /** Ends a sequence once: frees its blocks, leaves the queues, reports the completion. */
    private void finish(Sequence s, FinishReason reason, String error) {
        if (s.finished) {
            return;
        }
        s.finished = true;
        releaseBlocks(s);
        if (s.running) {
            running.remove(s);
            s.running = false;
        } else {
            waiting.remove(s);
            s.leaveQueue();
        }
        completed++;
        // submit <= admission (read after the inbox was drained) <= first token <= now, all on one monotonic clock
        long now = clock.getAsLong();
        Completion c = new Completion(
                reason,
                s.promptLength,
                s.generated,
                s.cachedPromptTokens,
                s.admitNanos < 0 ? 0 : s.admitNanos - s.submitNanos,
                s.firstTokenNanos < 0 ? -1 : s.firstTokenNanos - s.submitNanos,
                now - s.submitNanos,
                error);
        publish();
        try {
            s.stream.onComplete(c);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "onComplete threw; ignored", e);
        }
    }

    /** Ends every request (engine closed or failed): running, waiting and not yet seen. */
    void finishAll(FinishReason reason, String error) {
        for (Sequence s; (s = inbox.poll()) != null; ) {
            waiting.addLast(s);
        }
        for (Sequence s : List.copyOf(running)) {
            finish(s, reason, error);
        }
        for (Sequence s : List.copyOf(waiting)) {
            finish(s, reason, error);
        }
        publish();
    }

    private void endStep(int sequences, int tokens, long t0) {
        steps++;
        lastSequences = sequences;
        lastTokens = tokens;
        publish();
        long nanos = clock.getAsLong() - t0;
        for (EngineListener l : listeners) {
            try {
                l.stepCompleted(sequences, tokens, nanos);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "engine listener threw; ignored", e);
            }
        }
    }

    private void publish() {
        int preempted = 0;
        for (Sequence s : waiting) {
            if (s.admitNanos >= 0) {
                preempted++;
            }
        }
        snapshot = new EngineStats(
                running.size(),
                preempted,
                blocks.used(),
                blocks.cachedFree(),
                blocks.numBlocks(),
                prefixLookupBlocks,
                prefixHitBlocks,
                draftedTokens,
                acceptedTokens,
                shadowProbes,
                steps,
                lastSequences,
                lastTokens,
                preemptions,
                completed,
                generatedTokens);
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}

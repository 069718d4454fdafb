package org.jrag.engine.serving;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;
import org.jrag.engine.model.SequenceChunk;
import org.jrag.engine.sampling.TokenSampler;
import org.junit.jupiter.api.Test;

/** The scheduler stepped by hand over the toy model: batch composition, blocks, prefix cache, preemption, drafts. */
class SchedulerTests {
    private static final int VOCAB = 50;

    private ToyModel model;
    private Scheduler scheduler;

    private void start(EngineOptions options, boolean deep) {
        model = new ToyModel(VOCAB, options.blockSize(), options.kvBlocks(), deep);
        scheduler = new Scheduler(model, options, List.of(), model::simulatedNanos);
    }

    private static EngineOptions options(int blocks) {
        return new EngineOptions(4, blocks, 8, 64, 64, true, Speculation.off(), 512);
    }

    private RecordingStream submit(GenerationRequest r) {
        RecordingStream stream = new RecordingStream();
        scheduler.enqueue(sequence(r, stream));
        return stream;
    }

    private Sequence sequence(GenerationRequest r, TokenStream stream) {
        return new Sequence(
                r,
                stream,
                TokenSampler.of(r.sampling()),
                model.simulatedNanos(),
                Long.MAX_VALUE,
                scheduler == null ? 0 : maxDraft,
                scheduler.queued,
                () -> {});
    }

    private int maxDraft;

    private void runToEnd() {
        for (int i = 0; i < 10_000 && scheduler.step(); i++) {}
    }

    private static int[] prompt(int length, int seed) {
        return IntStream.range(0, length).map(i -> (i * 7 + seed * 13) % VOCAB).toArray();
    }

    @Test
    void batchesEveryDecodingSequenceInOneForward() {
        start(options(64), false);
        RecordingStream a = submit(GenerationRequest.greedy(prompt(5, 1), 6));
        RecordingStream b = submit(GenerationRequest.greedy(prompt(7, 2), 6));

        scheduler.step(); // both prompts prefill together
        scheduler.step(); // both decode together

        assertThat(model.call(0)).extracting(c -> c.tokens().length).containsExactly(5, 7);
        assertThat(model.call(1))
                .extracting(SequenceChunk::startPos, c -> c.tokens().length)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(5, 1), org.assertj.core.groups.Tuple.tuple(7, 1));
        runToEnd();
        assertThat(a.tokenArray()).containsExactly(model.reference(prompt(5, 1), 6));
        assertThat(b.tokenArray()).containsExactly(model.reference(prompt(7, 2), 6));
        assertThat(a.await().reason()).isEqualTo(FinishReason.LENGTH);
    }

    @Test
    void newRequestJoinsRunningBatchAtNextStep() {
        start(options(64), false);
        RecordingStream a = submit(GenerationRequest.greedy(prompt(4, 1), 10));
        scheduler.step();
        scheduler.step();
        RecordingStream b = submit(GenerationRequest.greedy(prompt(6, 3), 3));

        scheduler.step();

        List<SequenceChunk> third = model.call(2);
        assertThat(third).extracting(c -> c.tokens().length).containsExactly(1, 6);
        runToEnd();
        assertThat(a.tokenArray()).containsExactly(model.reference(prompt(4, 1), 10));
        assertThat(b.tokenArray()).containsExactly(model.reference(prompt(6, 3), 3));
    }

    @Test
    void chunksLongPromptWithinTokenBudgetWhileOthersDecode() {
        start(options(64).withStepTokenBudget(10), false);
        RecordingStream a = submit(GenerationRequest.greedy(prompt(3, 1), 20));
        scheduler.step();
        RecordingStream b = submit(GenerationRequest.greedy(prompt(30, 2), 4));

        for (int i = 0; i < 4; i++) {
            scheduler.step();
        }

        // each step: a's decode token, then b's chunk ending on a block boundary (budget 9 -> 8 tokens)
        for (int call = 1; call <= 4; call++) {
            List<SequenceChunk> chunks = model.call(call);
            assertThat(chunks.get(0).tokens()).hasSize(1);
            assertThat(chunks.stream().mapToInt(c -> c.tokens().length).sum()).isLessThanOrEqualTo(10);
        }
        assertThat(model.call(1).get(1).tokens()).hasSize(8);
        assertThat(model.call(2).get(1).startPos()).isEqualTo(8);
        runToEnd();
        assertThat(a.tokenArray()).containsExactly(model.reference(prompt(3, 1), 20));
        assertThat(b.tokenArray()).containsExactly(model.reference(prompt(30, 2), 4));
    }

    @Test
    void freesEveryBlockWhenSequencesFinish() {
        start(options(64).withPrefixCaching(false), false);
        submit(GenerationRequest.greedy(prompt(9, 1), 5));
        submit(GenerationRequest.greedy(prompt(13, 2), 8));
        scheduler.step();
        assertThat(scheduler.stats().kvBlocksUsed()).isEqualTo(3 + 4);

        runToEnd();

        EngineStats stats = scheduler.stats();
        assertThat(stats.kvBlocksUsed()).isZero();
        assertThat(stats.running()).isZero();
        assertThat(stats.completed()).isEqualTo(2);
        assertThat(stats.generatedTokens()).isEqualTo(13);
    }

    @Test
    void reusesCachedPrefixBlocksAndSkipsTheirPrefill() {
        start(options(64), true);
        int[] shared = prompt(12, 4);
        int[] first = concat(shared, new int[] {1, 2, 3});
        int[] second = concat(shared, new int[] {9, 8});
        RecordingStream a = submit(GenerationRequest.greedy(first, 5));
        runToEnd();
        int callsBefore = model.calls();

        RecordingStream b = submit(GenerationRequest.greedy(second, 5));
        runToEnd();

        assertThat(b.await().cachedPromptTokens()).isEqualTo(12);
        assertThat(model.call(callsBefore).getFirst().startPos()).isEqualTo(12);
        assertThat(model.call(callsBefore).getFirst().tokens()).containsExactly(9, 8);
        assertThat(b.tokenArray()).containsExactly(model.reference(second, 5));
        assertThat(a.tokenArray()).containsExactly(model.reference(first, 5));
        EngineStats stats = scheduler.stats();
        assertThat(stats.prefixLookupBlocks()).isEqualTo(3 + 3);
        assertThat(stats.prefixHitBlocks()).isEqualTo(3);
        assertThat(stats.kvBlocksUsed()).isZero();
        assertThat(stats.kvBlocksCached()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void copiesLastBlockWhenWholePromptIsCached() {
        start(options(64), true);
        int[] p = prompt(8, 5);
        RecordingStream a = submit(GenerationRequest.greedy(p, 3));
        runToEnd();
        int callsBefore = model.calls();

        RecordingStream b = submit(GenerationRequest.greedy(p, 3));
        runToEnd();

        assertThat(model.call(callsBefore).getFirst().startPos()).isEqualTo(7);
        assertThat(b.await().cachedPromptTokens()).isEqualTo(7);
        assertThat(b.tokenArray()).containsExactly(a.tokenArray());
        assertThat(b.tokenArray()).containsExactly(model.reference(p, 3));
    }

    @Test
    void sharesPrefixBetweenConcurrentSequences() {
        start(options(64), true);
        int[] shared = prompt(8, 6);
        RecordingStream a = submit(GenerationRequest.greedy(concat(shared, new int[] {1}), 6));
        scheduler.step();
        RecordingStream b = submit(GenerationRequest.greedy(concat(shared, new int[] {2}), 6));

        runToEnd();

        assertThat(b.await().cachedPromptTokens()).isEqualTo(8);
        assertThat(a.tokenArray()).containsExactly(model.reference(concat(shared, new int[] {1}), 6));
        assertThat(b.tokenArray()).containsExactly(model.reference(concat(shared, new int[] {2}), 6));
    }

    @Test
    void choicesOfOnePromptSubmittedTogetherComputeItsFullBlocksOnce() {
        start(options(64), true);
        int[] p = prompt(10, 7); // 2 full blocks of 4, then 2 tokens
        List<GenerationRequest> requests = IntStream.range(0, 4)
                .mapToObj(i -> GenerationRequest.greedy(p, 6)
                        .withSampling(org.jrag.engine.sampling.SamplingSettings.defaults(100 + i)))
                .toList();
        List<RecordingStream> together = requests.stream().map(this::submit).toList();

        runToEnd();

        EngineStats stats = scheduler.stats();
        assertThat(stats.prefixLookupBlocks()).isEqualTo(4 * 2);
        assertThat(stats.prefixHitBlocks()).isEqualTo(3 * 2);
        assertThat(together).extracting(r -> r.await().cachedPromptTokens()).containsExactly(0, 8, 8, 8);
        // positions 0..7 (the shared blocks) went through the model once in all
        int sharedFed = model.calls.stream()
                .flatMap(List::stream)
                .mapToInt(c -> Math.max(0, Math.min(8, c.startPos() + c.tokens().length) - c.startPos()))
                .sum();
        assertThat(sharedFed).isEqualTo(8);
        for (int i = 0; i < requests.size(); i++) {
            start(options(64), true);
            RecordingStream alone = submit(requests.get(i));
            runToEnd();
            assertThat(together.get(i).tokenArray()).containsExactly(alone.tokenArray());
        }
    }

    @Test
    void evictsLeastRecentlyUsedCachedBlocksOnlyWhenFreeListIsEmpty() {
        start(options(6), true);
        int[] p1 = prompt(8, 1);
        int[] p2 = prompt(8, 2);
        submit(GenerationRequest.greedy(p1, 1));
        runToEnd();
        submit(GenerationRequest.greedy(p2, 1));
        runToEnd();
        assertThat(scheduler.stats().kvBlocksCached()).isEqualTo(4);

        // needs 4 blocks: 2 free, then the 2 least recently used cached ones (p1's)
        submit(GenerationRequest.greedy(prompt(13, 3), 1));
        runToEnd();
        RecordingStream again2 = submit(GenerationRequest.greedy(concat(p2, new int[] {1}), 1));
        runToEnd();
        RecordingStream again1 = submit(GenerationRequest.greedy(concat(p1, new int[] {1}), 1));
        runToEnd();

        assertThat(again1.await().cachedPromptTokens()).isZero();
        assertThat(again2.await().cachedPromptTokens()).isEqualTo(8);
    }

    /** Eight sequences of 20 tokens in 10 blocks of 4: they preempt one another. */
    private List<RecordingStream> runEightThatPreempt(List<int[]> prompts, boolean scorePrompts) {
        start(new EngineOptions(4, 10, 8, 64, 64, false, Speculation.off(), 512), true);
        List<RecordingStream> streams = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            prompts.add(prompt(3 + i, i));
            streams.add(submit(GenerationRequest.greedy(prompts.get(i), 20).withPromptLogprobs(scorePrompts)));
        }
        runToEnd();
        return streams;
    }

    @Test
    void preemptsByRecomputeWhenBlocksRunOutAndKeepsOutputs() {
        List<int[]> prompts = new ArrayList<>();
        List<RecordingStream> streams = runEightThatPreempt(prompts, false);

        for (int i = 0; i < 8; i++) {
            assertThat(streams.get(i).await().reason()).isEqualTo(FinishReason.LENGTH);
            assertThat(streams.get(i).tokenArray()).containsExactly(model.reference(prompts.get(i), 20));
        }
        assertThat(scheduler.stats().preemptions()).isPositive();
        assertThat(scheduler.stats().kvBlocksUsed()).isZero();
    }

    /** The log-probability of each prompt token after the ones before it, as the toy model's logits give it. */
    private float[] promptLogprobs(int[] p) {
        float[] out = new float[p.length];
        float[] logits = new float[VOCAB];
        for (int t = 1; t < p.length; t++) {
            model.fill(logits, 0, model.next(p, t - 1));
            out[t] = TokenLogprobs.of(logits, 0, VOCAB, p[t], 1).logprob();
        }
        return out;
    }

    private static void assertScored(RecordingStream s, float[] expected) {
        assertThat(s.promptPositions)
                .containsExactlyElementsOf(
                        IntStream.range(1, expected.length).boxed().toList());
        for (int i = 0; i < s.promptPositions.size(); i++) {
            assertThat(s.promptLogprobs.get(i).logprob()).isEqualTo(expected[s.promptPositions.get(i)]);
        }
    }

    @Test
    void scoresEachPromptTokenOnceAcrossChunksWithoutThePrefixCacheThenGenerates() {
        start(options(64), false);
        int[] p = prompt(150, 4);
        submit(GenerationRequest.greedy(p, 2)); // caches the prompt's full blocks
        runToEnd();
        long hitsBefore = scheduler.stats().prefixHitBlocks();

        RecordingStream scored = submit(GenerationRequest.greedy(p, 5).withPromptLogprobs(true));
        runToEnd();

        assertScored(scored, promptLogprobs(p));
        assertThat(scored.tokenArray()).containsExactly(model.reference(p, 5));
        assertThat(scheduler.stats().prefixHitBlocks()).isEqualTo(hitsBefore);
        // three prefill chunks (the step budget is 64), each with every position's logits
        assertThat(model.calls.stream().flatMap(List::stream).filter(c -> c.allLogits() && c.tokens().length > 1))
                .hasSize(3);
    }

    @Test
    void scoresThePromptOnlyWhenNothingIsToBeGenerated() {
        start(options(64), false);
        int[] p = prompt(30, 5);

        RecordingStream scored = submit(new GenerationRequest(
                p, 0, org.jrag.engine.sampling.SamplingSettings.greedy(), java.util.Set.of(), 0, null, true));
        runToEnd();

        assertScored(scored, promptLogprobs(p));
        assertThat(scored.tokens).isEmpty();
        assertThat(scored.await().reason()).isEqualTo(FinishReason.LENGTH);
        assertThat(scheduler.stats().kvBlocksUsed()).isZero();
    }

    @Test
    void aPreemptedScoringSequenceReportsEachPromptTokenOnce() {
        List<int[]> prompts = new ArrayList<>();
        List<RecordingStream> streams = runEightThatPreempt(prompts, true);

        for (int i = 0; i < 8; i++) {
            assertThat(streams.get(i).tokenArray()).containsExactly(model.reference(prompts.get(i), 20));
            assertScored(streams.get(i), promptLogprobs(prompts.get(i)));
        }
        assertThat(scheduler.stats().preemptions()).isPositive();
    }

    @Test
    void preemptionWithPrefixCachingKeepsOutputs() {
        EngineOptions tiny = new EngineOptions(4, 12, 6, 64, 16, true, Speculation.off(), 512);
        start(tiny, true);
        int[] shared = prompt(8, 9);
        List<int[]> prompts = new ArrayList<>();
        List<RecordingStream> streams = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            prompts.add(concat(shared, new int[] {i, i + 1}));
            streams.add(submit(GenerationRequest.greedy(prompts.get(i), 24)));
        }

        runToEnd();

        for (int i = 0; i < 6; i++) {
            assertThat(streams.get(i).tokenArray()).containsExactly(model.reference(prompts.get(i), 24));
        }
        assertThat(scheduler.stats().preemptions()).isPositive();
        assertThat(scheduler.stats().kvBlocksUsed()).isZero();
    }

    @Test
    void speculationPrefixCachingAndPreemptionTogetherKeepOutputs() {
        maxDraft = 4;
        ToyModel draft = new ToyModel(VOCAB, 4, 40, false);
        for (Speculation spec : List.of(new Speculation.PromptLookup(2, 4), new Speculation.DraftModel(draft, 4))) {
            start(new EngineOptions(4, 14, 6, 64, 12, true, spec, 512), false);
            int[] shared = prompt(8, 3);
            List<int[]> prompts = new ArrayList<>();
            List<RecordingStream> streams = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                prompts.add(concat(shared, prompt(1 + i % 3, i)));
                streams.add(submit(GenerationRequest.greedy(prompts.get(i), 30)));
            }

            runToEnd();

            for (int i = 0; i < 8; i++) {
                assertThat(streams.get(i).tokenArray())
                        .as("%s, prompt %d", spec, i)
                        .containsExactly(model.reference(prompts.get(i), 30));
            }
            EngineStats stats = scheduler.stats();
            assertThat(stats.preemptions()).isPositive();
            assertThat(stats.acceptedTokens()).isPositive();
            assertThat(stats.prefixHitBlocks()).isPositive();
            assertThat(stats.kvBlocksUsed()).isZero();
        }
    }

    @Test
    void promptLookupDraftsAreVerifiedAndOutputMatchesGreedy() {
        maxDraft = 4;
        start(options(64).withSpeculation(new Speculation.PromptLookup(2, 4)), false);
        int[] p = prompt(6, 2);
        RecordingStream s = submit(GenerationRequest.greedy(p, 60));

        runToEnd();

        assertThat(s.tokenArray()).containsExactly(model.reference(p, 60));
        EngineStats stats = scheduler.stats();
        assertThat(stats.draftedTokens()).isPositive();
        assertThat(stats.acceptanceRate()).isGreaterThan(0.8);
        // accepted drafts save steps: fewer forwards than tokens
        assertThat(stats.steps()).isLessThan(40);
        assertThat(model.calls.stream().flatMap(List::stream).anyMatch(SequenceChunk::allLogits))
                .isTrue();
    }

    @Test
    void draftsUnderAConstraintAreVerifiedAgainstItsMaskAndKeepTheConstrainedOutput() {
        int[] p = prompt(6, 2);
        start(options(64), false);
        RecordingStream plain = submit(GenerationRequest.greedy(p, 60).withConstraint(new NoRepeatNoThrees()));
        runToEnd();
        maxDraft = 4;
        start(options(64).withSpeculation(new Speculation.PromptLookup(2, 4)), false);
        RecordingStream drafted = submit(GenerationRequest.greedy(p, 60).withConstraint(new NoRepeatNoThrees()));
        runToEnd();

        assertThat(drafted.tokenArray()).containsExactly(plain.tokenArray());
        assertThat(plain.tokenArray()).isNotEqualTo(model.reference(p, 60));
        for (int i = 0; i < 60; i++) {
            assertThat(plain.tokenArray()[i] % 4).isNotEqualTo(3);
            assertThat(i == 0 || plain.tokenArray()[i] != plain.tokenArray()[i - 1])
                    .isTrue();
        }
        assertThat(scheduler.stats().draftedTokens()).isPositive();
        assertThat(scheduler.stats().acceptedTokens()).isPositive();
    }

    /** Forbids tokens 3 mod 4 and the token just accepted: a mask that depends on the tokens before it. */
    private static final class NoRepeatNoThrees implements org.jrag.engine.constrain.TokenConstraint {
        private int last = -1;

        @Override
        public void mask(float[] logits) {
            for (int v = 0; v < logits.length; v++) {
                if (v % 4 == 3 || v == last) {
                    logits[v] = Float.NEGATIVE_INFINITY;
                }
            }
        }

        @Override
        public void accept(int token) {
            if (token % 4 == 3 || token == last) {
                throw new IllegalArgumentException("token " + token + " is masked");
            }
            last = token;
        }

        @Override
        public boolean isComplete() {
            return true;
        }

        @Override
        public NoRepeatNoThrees copy() {
            NoRepeatNoThrees copy = new NoRepeatNoThrees();
            copy.last = last;
            return copy;
        }
    }

    @Test
    void draftModelDraftsAreVerifiedAndOutputMatchesGreedy() {
        maxDraft = 3;
        ToyModel draft = new ToyModel(VOCAB, 4, 64, false);
        start(options(64).withSpeculation(new Speculation.DraftModel(draft, 3)), true);
        int[] p1 = prompt(6, 2);
        int[] p2 = prompt(9, 3);
        RecordingStream a = submit(GenerationRequest.greedy(p1, 30));
        RecordingStream b = submit(GenerationRequest.greedy(p2, 30));

        runToEnd();

        assertThat(a.tokenArray()).containsExactly(model.reference(p1, 30));
        assertThat(b.tokenArray()).containsExactly(model.reference(p2, 30));
        assertThat(scheduler.stats().draftedTokens()).isPositive();
        assertThat(scheduler.stats().acceptedTokens()).isPositive();
    }

    @Test
    void backsOffWhenDraftsAreAlwaysWrong() {
        maxDraft = 4;
        ToyModel wrong = new ToyModel(VOCAB, 4, 64, false, 17);
        start(options(64).withSpeculation(new Speculation.DraftModel(wrong, 4)), false);
        int[] p = prompt(5, 1);
        RecordingStream s = submit(GenerationRequest.greedy(p, 200));

        runToEnd();

        assertThat(s.tokenArray()).containsExactly(model.reference(p, 200));
        EngineStats stats = scheduler.stats();
        assertThat(stats.acceptedTokens()).isZero();
        // single tokens while the falling acceptance still beats their (measured, cheap) cost, then pauses of 2, 4,
        // ... 64 steps, each ended by a shadow probe (drafted, compared with the step's token, not verified)
        assertThat(stats.draftedTokens()).isBetween(1L, 8L);
        assertThat(stats.shadowProbes()).isBetween(5L, 8L);
        List<List<SequenceChunk>> last = model.calls.subList(model.calls() - 100, model.calls());
        assertThat(last.stream().filter(c -> c.getFirst().allLogits())).isEmpty();
    }

    @Test
    void laterRequestsStartWithShortDraftsAfterWrongOnes() {
        maxDraft = 4;
        ToyModel wrong = new ToyModel(VOCAB, 4, 64, false, 17);
        start(options(64).withSpeculation(new Speculation.DraftModel(wrong, 4)), false);
        submit(GenerationRequest.greedy(prompt(5, 1), 100));
        runToEnd();
        long draftedBefore = scheduler.stats().draftedTokens();
        int callsBefore = model.calls();

        submit(GenerationRequest.greedy(prompt(5, 2), 3));
        runToEnd();

        // the first decode step of the new request verifies one drafted token, not four
        assertThat(model.call(callsBefore + 1).getFirst().tokens()).hasSize(2);
        assertThat(scheduler.stats().draftedTokens() - draftedBefore).isEqualTo(1);
    }

    @Test
    void laterRequestsKeepTheLongPausesWhereDraftsWereWrong() {
        maxDraft = 4;
        ToyModel wrong = new ToyModel(VOCAB, 4, 64, false, 17);
        start(options(64).withSpeculation(new Speculation.DraftModel(wrong, 4)), false);
        submit(GenerationRequest.greedy(prompt(5, 1), 200));
        runToEnd();
        long draftedBefore = scheduler.stats().draftedTokens();

        int[] p = prompt(5, 2);
        RecordingStream s = submit(GenerationRequest.greedy(p, 120));
        runToEnd();

        // single tokens while the inherited acceptance falls, then pauses of 64 steps, not 2, 4, 8 ... again (8
        // tokens drafted when every request starts its pauses over)
        assertThat(s.tokenArray()).containsExactly(model.reference(p, 120));
        assertThat(scheduler.stats().draftedTokens() - draftedBefore).isBetween(1L, 4L);
    }

    @Test
    void samplesNonGreedyRequestsWithoutDrafts() {
        maxDraft = 4;
        start(options(64).withSpeculation(new Speculation.PromptLookup(2, 4)), false);
        GenerationRequest r = GenerationRequest.greedy(prompt(6, 2), 30)
                .withSampling(org.jrag.engine.sampling.SamplingSettings.defaults(7));

        submit(r);
        runToEnd();

        assertThat(scheduler.stats().draftedTokens()).isZero();
        assertThat(model.calls.stream().flatMap(List::stream).noneMatch(SequenceChunk::allLogits))
                .isTrue();
    }

    @Test
    void failsOnlyTheBatchWhenForwardThrowsAndKeepsServing() {
        start(options(64), false);
        RecordingStream a = submit(GenerationRequest.greedy(prompt(5, 1), 4));
        model.failNext = new IllegalStateException("boom");

        scheduler.step();
        RecordingStream b = submit(GenerationRequest.greedy(prompt(5, 2), 4));
        runToEnd();

        assertThat(a.await().reason()).isEqualTo(FinishReason.ERROR);
        assertThat(a.await().error()).contains("boom");
        assertThat(b.await().reason()).isEqualTo(FinishReason.LENGTH);
        assertThat(b.tokenArray()).containsExactly(model.reference(prompt(5, 2), 4));
        assertThat(scheduler.stats().kvBlocksUsed()).isZero();
    }

    @Test
    void admitsAtMostMaxRunningAndQueuesTheRest() {
        start(options(64).withMaxRunning(2), false);
        for (int i = 0; i < 5; i++) {
            submit(GenerationRequest.greedy(prompt(4, i), 3));
        }

        scheduler.step();

        assertThat(scheduler.stats().running()).isEqualTo(2);
        assertThat(scheduler.stats().waiting()).isEqualTo(3);
        assertThat(model.call(0)).hasSize(2);
        runToEnd();
        assertThat(scheduler.stats().completed()).isEqualTo(5);
    }

    @Test
    void timingsOfARequestSubmittedWhileAStepStartsAreInOrder() {
        // another thread submits right after the step reads its clock: its submit time is the later one
        long[] now = {1_000_000};
        Runnable[] atNextRead = {null};
        LongSupplier clock = () -> {
            long t = now[0] += 1_000;
            Runnable r = atNextRead[0];
            atNextRead[0] = null;
            if (r != null) {
                r.run();
            }
            return t;
        };
        EngineOptions options = options(64);
        model = new ToyModel(VOCAB, options.blockSize(), options.kvBlocks(), false);
        scheduler = new Scheduler(model, options, List.of(), clock);
        RecordingStream racing = new RecordingStream();
        GenerationRequest request = GenerationRequest.greedy(prompt(5, 1), 3);
        atNextRead[0] = () -> scheduler.enqueue(new Sequence(
                request,
                racing,
                TokenSampler.of(request.sampling()),
                now[0] += 1_000,
                Long.MAX_VALUE,
                0,
                scheduler.queued,
                () -> {}));

        scheduler.step();
        runToEnd();

        Completion c = racing.await();
        assertThat(c.queueNanos()).isNotNegative();
        assertThat(c.firstTokenNanos()).isBetween(c.queueNanos(), c.totalNanos());
        assertThat(racing.tokenArray()).containsExactly(model.reference(prompt(5, 1), 3));
    }

    private static int[] concat(int[] a, int[] b) {
        int[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}

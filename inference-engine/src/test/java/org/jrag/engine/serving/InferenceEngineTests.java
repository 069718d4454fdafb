package org.jrag.engine.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.jrag.engine.constrain.TokenConstraint;
import org.jrag.engine.sampling.SamplingSettings;
import org.jrag.engine.sampling.TokenSampler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The engine with its scheduler thread over the toy model: requests from many threads, cancel, stops, errors. */
class InferenceEngineTests {
    private static final int VOCAB = 50;

    private ToyModel model;
    private InferenceEngine engine;

    private InferenceEngine start(EngineOptions options) {
        model = new ToyModel(VOCAB, options.blockSize(), options.kvBlocks(), true);
        engine = new InferenceEngine(model, options);
        return engine;
    }

    private static EngineOptions options() {
        return new EngineOptions(4, 64, 8, 16, 32, true, Speculation.off(), 256);
    }

    @AfterEach
    void close() {
        if (engine != null) {
            CountDownLatch gate = model.gate;
            if (gate != null) {
                gate.countDown();
            }
            engine.close();
        }
    }

    private static int[] prompt(int length, int seed) {
        return IntStream.range(0, length).map(i -> (i * 7 + seed * 13) % VOCAB).toArray();
    }

    @Test
    void servesConcurrentRequestsWithTheirOwnGreedyOutputs() throws Exception {
        start(options());
        List<RecordingStream> streams = new CopyOnWriteArrayList<>();
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            int seed = i;
            clients.add(Thread.ofPlatform().start(() -> {
                RecordingStream s = new RecordingStream();
                engine.submit(GenerationRequest.greedy(prompt(3 + seed, seed), 15), s);
                streams.add(s);
            }));
        }
        for (Thread t : clients) {
            t.join();
        }

        for (RecordingStream s : streams) {
            Completion c = s.await();
            assertThat(c.reason()).isEqualTo(FinishReason.LENGTH);
            assertThat(c.completionTokens()).isEqualTo(15);
            int p = c.promptTokens();
            assertThat(s.tokenArray()).containsExactly(model.reference(prompt(p, p - 3), 15));
            assertThat(c.firstTokenNanos()).isPositive().isLessThanOrEqualTo(c.totalNanos());
        }
        assertThat(engine.stats().completed()).isEqualTo(12);
    }

    @Test
    void stopTokenEndsSequenceWithoutEmittingIt() {
        start(options());
        int[] p = prompt(5, 1);
        int[] expected = model.reference(p, 10);
        int stop = expected[3];
        int firstAt = IntStream.range(0, 10)
                .filter(i -> expected[i] == stop)
                .findFirst()
                .orElseThrow();
        RecordingStream s = new RecordingStream();

        engine.submit(GenerationRequest.greedy(p, 10).withStopTokens(Set.of(stop)), s);

        Completion c = s.await();
        assertThat(c.reason()).isEqualTo(FinishReason.STOP);
        assertThat(s.tokenArray()).containsExactly(java.util.Arrays.copyOf(expected, firstAt));
        assertThat(c.completionTokens()).isEqualTo(firstAt);
    }

    @Test
    void onTokenReturningFalseStopsTheSequence() {
        start(options());
        RecordingStream s = new RecordingStream(t -> false);

        engine.submit(GenerationRequest.greedy(prompt(5, 1), 10), s);

        assertThat(s.await().reason()).isEqualTo(FinishReason.STOP);
        assertThat(s.tokens).hasSize(1);
    }

    @Test
    void reportsLogprobsOfTheLogitsTheSamplerSaw() {
        start(options());
        RecordingStream s = new RecordingStream();

        engine.submit(GenerationRequest.greedy(prompt(5, 1), 3).withTopLogprobs(3), s);
        s.await();

        TokenLogprobs lp = s.logprobs.getFirst();
        int token = s.tokens.getFirst();
        // toy logits: -0.5 * ((v - next) mod 50); log-softmax at the top is -log(sum_k e^{-0.5 k})
        double logZ = Math.log(
                IntStream.range(0, VOCAB).mapToDouble(k -> Math.exp(-0.5 * k)).sum());
        assertThat(lp.logprob()).isCloseTo((float) -logZ, org.assertj.core.data.Offset.offset(1e-5f));
        assertThat(lp.topTokens()).containsExactly(token, (token + 1) % VOCAB, (token + 2) % VOCAB);
        assertThat(lp.topLogprobs()[1]).isCloseTo((float) (-0.5 - logZ), org.assertj.core.data.Offset.offset(1e-5f));
    }

    @Test
    void leavesLogprobsNullWhenNotAsked() {
        start(options());
        RecordingStream s = new RecordingStream();

        engine.submit(GenerationRequest.greedy(prompt(5, 1), 3), s);
        s.await();

        assertThat(s.logprobs).hasSize(3).containsOnlyNulls();
    }

    @Test
    void seededSamplingIsReproducibleAndMatchesTheSampler() {
        start(options());
        SamplingSettings settings = SamplingSettings.defaults(42).withTemperature(1.5f);
        int[] p = prompt(5, 2);
        RecordingStream a = new RecordingStream();
        RecordingStream b = new RecordingStream();

        engine.submit(GenerationRequest.greedy(p, 20).withSampling(settings), a);
        engine.submit(GenerationRequest.greedy(p, 20).withSampling(settings), b);
        a.await();
        b.await();

        // replay: the same sampler over the toy logits of the same history
        TokenSampler sampler = TokenSampler.of(settings);
        int[] h = java.util.Arrays.copyOf(p, p.length + 20);
        for (int i = 0; i < 20; i++) {
            float[] logits = new float[VOCAB];
            model.fill(logits, 0, model.next(h, p.length + i - 1));
            h[p.length + i] = sampler.sample(logits, h, p.length + i);
        }
        assertThat(a.tokenArray()).containsExactly(b.tokenArray());
        assertThat(a.tokenArray()).containsExactly(java.util.Arrays.copyOfRange(h, p.length, h.length));
        assertThat(a.tokenArray()).isNotEqualTo(model.reference(p, 20));
    }

    @Test
    void cancelEndsRunningSequenceAndFreesItsBlocks() throws Exception {
        start(options());
        CountDownLatch fiveTokens = new CountDownLatch(1);
        CountDownLatch hold = new CountDownLatch(1);
        RecordingStream s = new RecordingStream(t -> {
            if (fiveTokens.getCount() > 0 && model.calls() == 5) {
                model.gate = hold; // the next forward waits until the test has cancelled
                fiveTokens.countDown();
            }
            return true;
        });
        Handle h = engine.submit(GenerationRequest.greedy(prompt(5, 1), 200), s);
        fiveTokens.await();

        h.cancel();
        hold.countDown();

        Completion c = s.await();
        assertThat(c.reason()).isEqualTo(FinishReason.CANCELLED);
        assertThat(c.completionTokens()).isBetween(5, 6);
        assertThat(engine.stats().kvBlocksUsed()).isZero();
        assertThat(s.completions).isEqualTo(1);
    }

    @Test
    void cancelOfWaitingRequestFreesItsQueuePlaceAtOnce() {
        start(options().withMaxRunning(1).withMaxQueued(1));
        model.gate = new CountDownLatch(1);
        RecordingStream first = new RecordingStream();
        engine.submit(GenerationRequest.greedy(prompt(5, 1), 3), first);
        awaitRunning(1);
        RecordingStream waiting = new RecordingStream();
        Handle h = engine.submit(GenerationRequest.greedy(prompt(5, 2), 3), waiting);

        h.cancel();
        RecordingStream next = new RecordingStream();
        engine.submit(GenerationRequest.greedy(prompt(5, 3), 3), next);
        model.gate.countDown();

        assertThat(waiting.await().reason()).isEqualTo(FinishReason.CANCELLED);
        assertThat(waiting.await().queueNanos()).isZero();
        assertThat(waiting.tokens).isEmpty();
        assertThat(next.await().reason()).isEqualTo(FinishReason.LENGTH);
    }

    @Test
    void throwsQueueFullWhenMaxQueuedRequestsWait() {
        start(options().withMaxRunning(1).withMaxQueued(2));
        model.gate = new CountDownLatch(1);
        engine.submit(GenerationRequest.greedy(prompt(5, 1), 3), new RecordingStream());
        awaitRunning(1);
        engine.submit(GenerationRequest.greedy(prompt(5, 2), 3), new RecordingStream());
        engine.submit(GenerationRequest.greedy(prompt(5, 3), 3), new RecordingStream());

        assertThatThrownBy(() -> engine.submit(GenerationRequest.greedy(prompt(5, 4), 3), new RecordingStream()))
                .isInstanceOf(QueueFullException.class)
                .hasMessage("the generation queue is full: 2 requests are waiting");
        assertThat(engine.stats().waiting()).isEqualTo(2);
    }

    @Test
    void rejectsRequestsThatCannotFitContextOrPool() {
        start(options().withContextLength(40).withKvBlocks(8));

        assertThatThrownBy(() -> engine.submit(GenerationRequest.greedy(prompt(30, 1), 11), new RecordingStream()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("prompt of 30 tokens plus maxTokens 11 must fit the context length 40");
        assertThatThrownBy(() -> engine.submit(GenerationRequest.greedy(prompt(30, 1), 4), new RecordingStream()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("prompt of 30 tokens plus maxTokens 4 needs 9 KV blocks of 4 positions,"
                        + " more than the whole pool of 8");
        assertThatThrownBy(() -> engine.submit(GenerationRequest.greedy(new int[] {1, 50}, 4), new RecordingStream()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("prompt token at index 1 must be in 0..49, got: 50");
        assertThatThrownBy(() -> engine.submit(
                        GenerationRequest.greedy(new int[] {1}, 4).withStopTokens(Set.of(-1)), new RecordingStream()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stop token must be in 0..49, got: -1");
    }

    @Test
    void callbackExceptionEndsOnlyItsSequence() {
        start(options());
        RecordingStream bad = new RecordingStream(t -> {
            throw new IllegalStateException("client went away");
        });
        RecordingStream good = new RecordingStream();

        engine.submit(GenerationRequest.greedy(prompt(5, 1), 10), bad);
        engine.submit(GenerationRequest.greedy(prompt(6, 2), 10), good);

        assertThat(bad.await().reason()).isEqualTo(FinishReason.ERROR);
        assertThat(bad.await().error()).contains("client went away");
        assertThat(good.await().reason()).isEqualTo(FinishReason.LENGTH);
        assertThat(good.tokenArray()).containsExactly(model.reference(prompt(6, 2), 10));
        RecordingStream after = new RecordingStream();
        engine.submit(GenerationRequest.greedy(prompt(7, 3), 4), after);
        assertThat(after.await().reason()).isEqualTo(FinishReason.LENGTH);
    }

    @Test
    void timesOutRequestsPastTheirDeadline() {
        start(options());
        RecordingStream slow = new RecordingStream(t -> {
            sleep(5);
            return true;
        });

        engine.submit(GenerationRequest.greedy(prompt(5, 1), 200), slow, Duration.ofMillis(100));

        Completion c = slow.await();
        assertThat(c.reason()).isEqualTo(FinishReason.TIMEOUT);
        assertThat(c.completionTokens()).isLessThan(200);
        assertThat(engine.stats().kvBlocksUsed()).isZero();
    }

    @Test
    void appliesTheConstraintMaskBeforeSampling() {
        start(options());
        List<Integer> accepted = new CopyOnWriteArrayList<>();
        TokenConstraint evenOnly = new TokenConstraint() {
            @Override
            public void mask(float[] logits) {
                for (int i = 1; i < logits.length; i += 2) {
                    logits[i] = Float.NEGATIVE_INFINITY;
                }
            }

            @Override
            public void accept(int token) {
                accepted.add(token);
            }

            @Override
            public boolean isComplete() {
                return false;
            }

            @Override
            public TokenConstraint copy() {
                return this;
            }
        };
        RecordingStream s = new RecordingStream();

        engine.submit(
                GenerationRequest.greedy(prompt(5, 1), 12)
                        .withConstraint(evenOnly)
                        .withTopLogprobs(2),
                s);
        s.await();

        assertThat(s.tokens).hasSize(12).allMatch(t -> t % 2 == 0);
        assertThat(accepted).containsExactlyElementsOf(s.tokens);
        assertThat(java.util.Arrays.stream(s.logprobs.getFirst().topTokens()).allMatch(t -> t % 2 == 0))
                .isTrue();
    }

    @Test
    void reportsEveryStepToListeners() {
        start(options());
        List<int[]> steps = new CopyOnWriteArrayList<>();
        engine.addListener((sequences, tokens, nanos) -> steps.add(new int[] {sequences, tokens}));
        RecordingStream s = new RecordingStream();

        engine.submit(GenerationRequest.greedy(prompt(6, 1), 5), s);
        s.await();
        // the stream completes while the last step is emitted; its listener call follows on the scheduler thread
        long until = System.nanoTime() + 10_000_000_000L;
        while (steps.size() < 5 && System.nanoTime() < until) {
            sleep(1);
        }

        assertThat(steps).hasSize(5);
        assertThat(steps.getFirst()).containsExactly(1, 6);
        assertThat(steps.getLast()).containsExactly(1, 1);
        assertThat(engine.stats().steps()).isEqualTo(5);
    }

    @Test
    void closeCancelsUnfinishedRequestsAndRejectsNewOnes() {
        start(options());
        model.gate = new CountDownLatch(1);
        RecordingStream s = new RecordingStream();
        engine.submit(GenerationRequest.greedy(prompt(5, 1), 100), s);
        model.gate.countDown();

        engine.close();

        assertThat(s.await().reason()).isIn(FinishReason.CANCELLED, FinishReason.LENGTH);
        assertThatThrownBy(() -> engine.submit(GenerationRequest.greedy(prompt(5, 1), 3), new RecordingStream()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the inference engine is closed");
    }

    @Test
    void rejectsOptionsThatDoNotMatchTheModel() {
        ToyModel m = new ToyModel(VOCAB, 4, 16, false);

        assertThatThrownBy(() -> new InferenceEngine(m, options().withBlockSize(8)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("blockSize must equal the model cache's block size 4, got: 8");
        assertThatThrownBy(() -> new InferenceEngine(m, options().withKvBlocks(17)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("kvBlocks must be <= the model cache's 16 blocks, got: 17");
        assertThatThrownBy(() -> new InferenceEngine(
                        m,
                        options()
                                .withKvBlocks(16)
                                .withSpeculation(new Speculation.DraftModel(new ToyModel(60, 4, 16, false), 2))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the draft model's vocabulary must match the model's 50 tokens, got: 60");
    }

    private void awaitRunning(int n) {
        long until = System.nanoTime() + 10_000_000_000L;
        while (engine.stats().running() < n && System.nanoTime() < until) {
            sleep(1);
        }
        assertThat(engine.stats().running()).isEqualTo(n);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

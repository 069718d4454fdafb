package org.jrag.engine.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Warm-up rounds over the toy model: what runs, its limits, and a failing model. */
class WarmupTests {
    private static final int VOCAB = 50;

    /** The toy model for an engine with these options (each test closes its engine). */
    private static ToyModel toy(EngineOptions options) {
        return new ToyModel(VOCAB, options.blockSize(), options.kvBlocks(), true);
    }

    private static final EngineOptions OPTIONS = new EngineOptions(4, 64, 8, 16, 32, true, Speculation.off(), 256);

    @Test
    void runsEachRoundAsOneRequestAloneThenSeveralAtOnceTwoThreeOrFourInTurn() {
        // given an engine that runs up to 8 sequences at once, over a model whose steps take 10 ms (as a real
        // model's do: the requests of a round are all submitted before the first of them has finished; the toy
        // model alone finishes a request in microseconds, sometimes before the next one is submitted)
        ToyModel model = toy(OPTIONS);
        model.sleepMillis = 10;
        try (InferenceEngine engine = new InferenceEngine(model, OPTIONS)) {
            // when 4 rounds of 1 + (2, 3, 4, 2) requests (8 prompt tokens, 4 generated each) run
            Warmup.Report report = Warmup.run(engine, VOCAB, new Warmup.Plan(4, Duration.ofMinutes(1), 4, 8, 4));
            // then 15 requests ran, and steps decoded 1, 2, 3 and 4 sequences together, none more
            assertThat(report.rounds()).isEqualTo(4);
            assertThat(report.requests()).isEqualTo(15);
            assertThat(report.firstRound()).isPositive();
            assertThat(report.lastRound()).isPositive();
            assertThat(report.describe()).startsWith("4 rounds, 15 requests in ");
            assertThat(model.calls.stream().map(List::size).distinct().sorted().toList())
                    .containsExactly(1, 2, 3, 4);
            long promptTokens = model.calls.stream()
                    .flatMap(List::stream)
                    .filter(c -> c.startPos() == 0)
                    .mapToLong(c -> c.tokens().length)
                    .sum();
            assertThat(promptTokens)
                    .as("every prompt prefilled: none came from the prefix cache")
                    .isEqualTo(15 * 8);
            // and the engine serves as before
            RecordingStream s = new RecordingStream();
            engine.submit(GenerationRequest.greedy(new int[] {1, 2, 3}, 5), s);
            assertThat(s.await().reason()).isEqualTo(FinishReason.LENGTH);
            assertThat(s.tokenArray()).hasSize(5);
        }
    }

    @Test
    void stopsAtTheFirstRoundEndAfterTheBudgetAndCapsToTheEngine() {
        // given an engine of a 12-position context that runs 2 sequences at once
        EngineOptions options = new EngineOptions(4, 64, 2, 16, 32, true, Speculation.off(), 12);
        ToyModel model = toy(options);
        // steps take time, as a real model's do, so the round's requests are all in before the first finishes
        model.sleepMillis = 10;
        try (InferenceEngine engine = new InferenceEngine(model, options)) {
            // when 10 rounds of 1 + 5 requests of 32 + 16 tokens are asked for within no time
            Warmup.Report report = Warmup.run(engine, VOCAB, new Warmup.Plan(10, Duration.ZERO, 5, 32, 16));
            // then one round ran, 2 requests at once (the engine's limit), prompt and completion within the context
            assertThat(report.rounds()).isEqualTo(1);
            assertThat(report.requests()).isEqualTo(3);
            assertThat(model.calls.stream().mapToInt(List::size).max().orElseThrow())
                    .isEqualTo(2);
            int longest = model.calls.stream()
                    .flatMap(List::stream)
                    .mapToInt(c -> c.startPos() + c.tokens().length)
                    .max()
                    .orElseThrow();
            assertThat(longest).isLessThanOrEqualTo(12);
        }
    }

    @Test
    void zeroRoundsRunNothing() {
        ToyModel model = toy(OPTIONS);
        try (InferenceEngine engine = new InferenceEngine(model, OPTIONS)) {
            Warmup.Report report = Warmup.run(engine, VOCAB, new Warmup.Plan(0, Duration.ofSeconds(5), 4, 8, 4));
            assertThat(report.rounds()).isZero();
            assertThat(report.describe()).isEqualTo("no warm-up rounds");
            assertThat(model.calls).isEmpty();
        }
    }

    @Test
    void aFailingModelFailsTheWarmup() {
        // given a model whose next forward throws
        ToyModel model = toy(OPTIONS);
        model.failNext = new IllegalStateException("boom");
        try (InferenceEngine engine = new InferenceEngine(model, OPTIONS)) {
            // then the warm-up reports the failed request instead of a report
            assertThatThrownBy(() -> Warmup.run(engine, VOCAB, new Warmup.Plan(2, Duration.ofSeconds(5), 2, 8, 4)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("a warm-up request ended with ERROR")
                    .hasMessageContaining("boom");
        }
    }

    @Test
    void rejectsAPlanItCannotRun() {
        assertThatThrownBy(() -> new Warmup.Plan(-1, Duration.ZERO, 1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rounds -1");
        assertThatThrownBy(() -> new Warmup.Plan(1, Duration.ZERO, 0, 1, 1)).hasMessageContaining("batch 0");
        assertThatThrownBy(() -> new Warmup.Plan(1, Duration.ofSeconds(-1), 1, 1, 1))
                .hasMessageContaining("budget must be >= 0");
        assertThat(Warmup.Plan.of(8, Duration.ofSeconds(30)))
                .isEqualTo(new Warmup.Plan(8, Duration.ofSeconds(30), 4, 32, 16));
    }
}

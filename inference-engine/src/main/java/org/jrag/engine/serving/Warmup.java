package org.jrag.engine.serving;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Synthetic requests served before real ones, so that the JIT has compiled the engine's kernels when the first user
 * arrives. Until then the Vector API code runs interpreted or C1-compiled, many times slower: on stories260K a first
 * request of 40 prompt and 32 generated tokens took 722 ms against 3.4 ms from about the 20th on, on the SmolLM2-135M
 * shape 2.7 s against 0.33 s. llama.cpp's server runs one warm-up decode at startup; a JVM needs rounds of the
 * shapes it will serve.
 *
 * <p>A round is one request alone (one-token decode steps), then several at once (batched prefill and decode
 * steps): 2, 3, ... up to {@code batch} in turn, since each batch width takes its own kernel passes. Prompts are
 * random token ids, different in every request (prefix caching skips nothing) and long enough for the batched
 * prefill kernels; each request generates {@code maxTokens} greedily. Rounds stop after {@code rounds}, or at the
 * first round end after {@code budget}.
 */
public final class Warmup {

    /**
     * What to run.
     *
     * @param rounds most rounds; 0 runs none
     * @param budget time after which no new round starts
     * @param batch most requests at once in the second half of a round (capped at the engine's max running); the
     *     rounds take 2, 3, ... batch in turn
     * @param promptTokens prompt length (capped so that prompt and completion fit the context)
     * @param maxTokens tokens each request generates
     */
    public record Plan(int rounds, Duration budget, int batch, int promptTokens, int maxTokens) {
        public Plan {
            if (rounds < 0 || batch < 1 || promptTokens < 1 || maxTokens < 1) {
                throw new IllegalArgumentException("warm-up needs rounds >= 0 and batch, prompt tokens and max tokens"
                        + " >= 1, got: rounds " + rounds + ", batch " + batch + ", prompt tokens " + promptTokens
                        + ", max tokens " + maxTokens);
            }
            if (budget == null || budget.isNegative()) {
                throw new IllegalArgumentException("warm-up budget must be >= 0, got: " + budget);
            }
        }

        /** {@code rounds} rounds within {@code budget}: up to 4 requests at once, 32-token prompts, 16 tokens each. */
        public static Plan of(int rounds, Duration budget) {
            return new Plan(rounds, budget, 4, 32, 16);
        }
    }

    /**
     * What ran.
     *
     * @param rounds rounds completed
     * @param requests requests served
     * @param elapsed wall time of all rounds
     * @param firstRound wall time of the first round (zero when none ran)
     * @param lastRound wall time of the last round (zero when none ran)
     */
    public record Report(int rounds, int requests, Duration elapsed, Duration firstRound, Duration lastRound) {

        /** One line for logs and health details. */
        public String describe() {
            if (rounds == 0) {
                return "no warm-up rounds";
            }
            return String.format(
                    Locale.ROOT,
                    "%d rounds, %d requests in %.1f s; first round %.1f ms, last %.1f ms",
                    rounds,
                    requests,
                    elapsed.toNanos() / 1e9,
                    firstRound.toNanos() / 1e6,
                    lastRound.toNanos() / 1e6);
        }
    }

    private Warmup() {}

    /**
     * Runs {@code plan} on {@code engine}, whose model has {@code vocabSize} tokens, and waits for it.
     *
     * @throws IllegalStateException when a warm-up request fails (the engine cannot serve)
     */
    public static Report run(InferenceEngine engine, int vocabSize, Plan plan) {
        EngineOptions options = engine.options();
        int maxTokens = Math.min(plan.maxTokens(), options.contextLength() / 2);
        int promptTokens = Math.max(1, Math.min(plan.promptTokens(), options.contextLength() - maxTokens));
        int batch = Math.min(plan.batch(), Math.min(options.maxRunning(), options.maxQueued()));
        SplittableRandom rnd = new SplittableRandom(42);
        long start = System.nanoTime();
        long deadline = start + plan.budget().toNanos();
        long first = 0;
        long last = 0;
        int rounds = 0;
        int requests = 0;
        while (rounds < plan.rounds() && (rounds == 0 || System.nanoTime() < deadline)) {
            long t0 = System.nanoTime();
            serve(engine, List.of(prompt(rnd, promptTokens, vocabSize)), maxTokens);
            // 2, 3, ... batch requests at once in turn: each batch width takes its own kernel passes
            int width = batch <= 2 ? batch : 2 + rounds % (batch - 1);
            List<int[]> prompts = new ArrayList<>();
            for (int i = 0; i < width; i++) {
                prompts.add(prompt(rnd, promptTokens, vocabSize));
            }
            serve(engine, prompts, maxTokens);
            last = System.nanoTime() - t0;
            first = rounds == 0 ? last : first;
            rounds++;
            requests += 1 + width;
        }
        return new Report(
                rounds,
                requests,
                Duration.ofNanos(System.nanoTime() - start),
                Duration.ofNanos(first),
                Duration.ofNanos(last));
    }

    private static int[] prompt(SplittableRandom rnd, int length, int vocabSize) {
        int[] p = new int[length];
        for (int i = 0; i < length; i++) {
            p[i] = rnd.nextInt(vocabSize);
        }
        return p;
    }

    /** Submits every prompt at once and waits until all have completed. */
    private static void serve(InferenceEngine engine, List<int[]> prompts, int maxTokens) {
        List<CompletableFuture<Completion>> done = new ArrayList<>();
        for (int[] prompt : prompts) {
            CompletableFuture<Completion> f = new CompletableFuture<>();
            done.add(f);
            engine.submit(GenerationRequest.greedy(prompt, maxTokens), new TokenStream() {
                @Override
                public boolean onToken(int token, TokenLogprobs logprobs) {
                    return true;
                }

                @Override
                public void onComplete(Completion completion) {
                    f.complete(completion);
                }
            });
        }
        for (CompletableFuture<Completion> f : done) {
            Completion c;
            try {
                c = f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("warm-up interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("a warm-up request failed", e.getCause());
            }
            if (c.reason() != FinishReason.LENGTH) {
                throw new IllegalStateException(
                        "a warm-up request ended with " + c.reason() + (c.error() == null ? "" : ": " + c.error()));
            }
        }
    }
}

package org.jrag.generation.openai;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import org.jrag.engine.serving.Completion;
import org.jrag.engine.serving.EngineListener;
import org.jrag.engine.serving.EngineStats;
import org.jrag.engine.serving.InferenceEngine;
import org.jrag.generation.model.ModelStatus;
import org.jrag.generation.openai.tools.ToolChoice;

/**
 * The serving metrics (Prometheus names in brackets): per finished choice, time to first token
 * ({@code rag_generation_time_to_first_token_seconds}), time per output token
 * ({@code rag_generation_time_per_output_token_seconds}), queue time ({@code rag_generation_queue_seconds}) and
 * token counts; per engine step, the batch size ({@code rag_generation_batch_size}); from the engine's
 * statistics, KV blocks used ({@code rag_generation_kv_blocks_used}), the prefix-cache hit ratio
 * ({@code rag_generation_prefix_cache_hit_ratio}), the speculative acceptance ratio
 * ({@code rag_generation_speculative_acceptance_ratio}) and the counts behind it: drafted and accepted tokens and the
 * shadow probes of paused speculation ({@code rag_generation_speculative_drafted_tokens}, {@code ..._accepted_tokens},
 * {@code ..._shadow_probes}); function calls returned, by {@code tool_choice}
 * ({@code rag_generation_tool_calls_total}). When the request is traced, each finished sequence is also a span beneath
 * its request's ({@code engine sequence}, with its token counts), split into the time it was queued, its prefill (up
 * to its first token) and its decode.
 */
final class GenerationMetrics {

    private final MeterRegistry registry;
    private final Timer timeToFirstToken;
    private final Timer timePerOutputToken;
    private final Timer queue;
    private final Timer total;
    private final Counter promptTokens;
    private final Counter completionTokens;
    private final Counter cachedPromptTokens;
    private final Tracer tracer;

    GenerationMetrics(MeterRegistry registry, ModelStatus status, Tracer tracer) {
        this.registry = registry;
        this.tracer = tracer;
        this.timeToFirstToken = Timer.builder("rag.generation.time.to.first.token")
                .description("Time from submission to the first generated token")
                .publishPercentileHistogram()
                .register(registry);
        this.timePerOutputToken = Timer.builder("rag.generation.time.per.output.token")
                .description("Mean time per generated token after the first, per choice")
                .publishPercentileHistogram()
                .register(registry);
        this.queue = Timer.builder("rag.generation.queue")
                .description("Time a sequence waited before its first engine step")
                .publishPercentileHistogram()
                .register(registry);
        this.total = Timer.builder("rag.generation.sequence")
                .description("Time from submission to the end of a sequence")
                .register(registry);
        this.promptTokens = Counter.builder("rag.generation.prompt.tokens")
                .description("Prompt tokens of finished sequences")
                .register(registry);
        this.completionTokens = Counter.builder("rag.generation.completion.tokens")
                .description("Generated tokens of finished sequences")
                .register(registry);
        this.cachedPromptTokens = Counter.builder("rag.generation.cached.prompt.tokens")
                .description("Prompt tokens whose KV came from the prefix cache")
                .register(registry);
        if (status instanceof ModelStatus.Serving(var model)) {
            engineMeters(model.engine());
        }
    }

    private void engineMeters(InferenceEngine engine) {
        gauge("rag.generation.kv.blocks.used", "KV cache blocks in use", engine, s -> s.kvBlocksUsed());
        gauge(
                "rag.generation.kv.blocks.cached",
                "Free KV cache blocks kept for prefix reuse (evicted when the free list is empty)",
                engine,
                s -> s.kvBlocksCached());
        gauge("rag.generation.kv.blocks.pool", "KV cache blocks in the pool", engine, s -> s.kvBlocksTotal());
        gauge("rag.generation.preemptions", "Sequences preempted (recomputed) so far", engine, s -> s.preemptions());
        gauge("rag.generation.running", "Sequences being decoded", engine, s -> s.running());
        gauge("rag.generation.waiting", "Sequences waiting for a slot", engine, s -> s.waiting());
        gauge(
                "rag.generation.prefix.cache.hit.ratio",
                "Share of looked-up full prompt blocks found in the prefix cache",
                engine,
                EngineStats::prefixHitRate);
        gauge(
                "rag.generation.speculative.acceptance.ratio",
                "Share of drafted tokens the model accepted",
                engine,
                EngineStats::acceptanceRate);
        gauge(
                "rag.generation.speculative.drafted.tokens",
                "Drafted tokens verified so far",
                engine,
                s -> s.draftedTokens());
        gauge(
                "rag.generation.speculative.accepted.tokens",
                "Drafted tokens the model accepted so far",
                engine,
                s -> s.acceptedTokens());
        gauge(
                "rag.generation.speculative.shadow.probes",
                "Probes of paused speculation so far (one drafted token compared with the step's, not verified)",
                engine,
                s -> s.shadowProbes());
        DistributionSummary batchSize = DistributionSummary.builder("rag.generation.batch.size")
                .description("Sequences per engine step")
                .register(registry);
        DistributionSummary batchTokens = DistributionSummary.builder("rag.generation.batch.tokens")
                .description("Tokens per engine step (decode tokens, drafts and prefill chunks)")
                .register(registry);
        Timer step = Timer.builder("rag.generation.step")
                .description("Duration of one batched engine step")
                .register(registry);
        EngineListener listener = (sequences, tokens, nanos) -> {
            batchSize.record(sequences);
            batchTokens.record(tokens);
            step.record(Duration.ofNanos(nanos));
        };
        engine.addListener(listener);
    }

    private void gauge(String name, String description, InferenceEngine engine, ToDoubleFunction<EngineStats> value) {
        Gauge.builder(name, engine, e -> value.applyAsDouble(e.stats()))
                .description(description)
                .register(registry);
    }

    /** Records one finished choice (every choice, whatever its finish reason). */
    /** Function calls a reply returned under {@code choice} (auto, required or function). */
    void toolCalls(ToolChoice choice, int calls) {
        if (calls > 0) {
            Counter.builder("rag.generation.tool.calls")
                    .description("Function calls returned to clients, by tool_choice")
                    .tag("tool_choice", choice.mode().name().toLowerCase(Locale.ROOT))
                    .register(registry)
                    .increment(calls);
        }
    }

    void completed(Completion c) {
        registry.counter(
                        "rag.generation.sequences",
                        "finish_reason",
                        c.reason().name().toLowerCase())
                .increment();
        promptTokens.increment(c.promptTokens());
        completionTokens.increment(c.completionTokens());
        cachedPromptTokens.increment(c.cachedPromptTokens());
        // the engine's timings are from submit and ordered (queue <= first token <= total): no duration is negative
        queue.record(Duration.ofNanos(c.queueNanos()));
        total.record(Duration.ofNanos(c.totalNanos()));
        if (c.completionTokens() > 0 && c.firstTokenNanos() >= 0) {
            timeToFirstToken.record(Duration.ofNanos(c.firstTokenNanos()));
            if (c.completionTokens() > 1) {
                long decode = c.totalNanos() - c.firstTokenNanos();
                timePerOutputToken.record(Duration.ofNanos(decode / (c.completionTokens() - 1)));
            }
        }
        traced(c);
    }

    /**
     * The sequence's time in the engine as spans beneath the current one (the request's), ending now: the engine
     * reports a sequence's timings from its submission when it finishes, on its scheduler thread.
     */
    private void traced(Completion c) {
        Span request = tracer.currentSpan();
        if (request == null) {
            return;
        }
        Instant now = Instant.now();
        long end = now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
        long start = end - c.totalNanos() / 1_000;
        long firstStep = start + c.queueNanos() / 1_000;
        long firstToken = c.firstTokenNanos() >= 0 ? start + c.firstTokenNanos() / 1_000 : end;
        Span sequence = tracer.spanBuilder()
                .setParent(request.context())
                .name("engine sequence")
                .startTimestamp(start, TimeUnit.MICROSECONDS)
                .tag("gen_ai.usage.input_tokens", c.promptTokens())
                .tag("gen_ai.usage.output_tokens", c.completionTokens())
                .tag("rag.generation.cached_input_tokens", c.cachedPromptTokens())
                .tag("gen_ai.response.finish_reasons", c.reason().name().toLowerCase(Locale.ROOT))
                .start();
        phase(sequence, "engine queue", start, firstStep);
        phase(sequence, "engine prefill", firstStep, firstToken);
        if (c.completionTokens() > 1) {
            phase(sequence, "engine decode", firstToken, end);
        }
        sequence.end(end, TimeUnit.MICROSECONDS);
    }

    private void phase(Span sequence, String name, long startMicros, long endMicros) {
        tracer.spanBuilder()
                .setParent(sequence.context())
                .name(name)
                .startTimestamp(startMicros, TimeUnit.MICROSECONDS)
                .start()
                .end(Math.max(startMicros, endMicros), TimeUnit.MICROSECONDS);
    }
}

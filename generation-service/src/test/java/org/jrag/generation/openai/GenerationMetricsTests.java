package org.jrag.generation.openai;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.Tracer;
import java.util.concurrent.TimeUnit;
import org.jrag.engine.serving.Completion;
import org.jrag.engine.serving.FinishReason;
import org.jrag.generation.model.ModelStatus;
import org.junit.jupiter.api.Test;

class GenerationMetricsTests {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final GenerationMetrics metrics =
            new GenerationMetrics(registry, new ModelStatus.Unavailable("none"), Tracer.NOOP);

    @Test
    void recordsTimeToFirstTokenTimePerOutputTokenQueueAndTokens() {
        // 5 tokens: first after 40 ms, all after 120 ms -> 20 ms per token after the first
        metrics.completed(new Completion(FinishReason.LENGTH, 7, 5, 3, 10_000_000, 40_000_000, 120_000_000, null));

        assertThat(registry.get("rag.generation.time.to.first.token").timer().totalTime(TimeUnit.MILLISECONDS))
                .isEqualTo(40);
        assertThat(registry.get("rag.generation.time.per.output.token").timer().totalTime(TimeUnit.MILLISECONDS))
                .isEqualTo(20);
        assertThat(registry.get("rag.generation.queue").timer().totalTime(TimeUnit.MILLISECONDS))
                .isEqualTo(10);
        assertThat(registry.get("rag.generation.completion.tokens").counter().count())
                .isEqualTo(5);
        assertThat(registry.get("rag.generation.cached.prompt.tokens").counter().count())
                .isEqualTo(3);
        assertThat(registry.get("rag.generation.sequences")
                        .tag("finish_reason", "length")
                        .counter()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void skipsTokenTimesOfASequenceThatGeneratedNothing() {
        metrics.completed(new Completion(FinishReason.CANCELLED, 7, 0, 0, 5, -1, 10, null));

        assertThat(registry.get("rag.generation.time.to.first.token").timer().count())
                .isZero();
        assertThat(registry.get("rag.generation.time.per.output.token").timer().count())
                .isZero();
        assertThat(registry.get("rag.generation.sequence").timer().totalTime(TimeUnit.NANOSECONDS))
                .isEqualTo(10);
    }
}

package org.jrag.ingest.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The ingest pipeline's meters, served at {@code /actuator/prometheus}: throughput (documents and chunks stored; a
 * rate over them gives documents/s and chunks/s), where the time goes (embedding batch latency, whole-ingest
 * duration) and what fails (failures by problem type). The job queue's depth is a gauge of the job feature.
 */
@Component
public class IngestMetrics {

    private final MeterRegistry registry;
    private final Counter documentsStored;
    private final Counter documentsReplaced;
    private final Counter documentsDeleted;
    private final Counter chunks;
    private final Timer embeddingBatch;
    private final Timer duration;

    IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.documentsStored = documents("stored");
        this.documentsReplaced = documents("replaced");
        this.documentsDeleted = documents("deleted");
        this.chunks = Counter.builder("rag.ingest.chunks")
                .description("Chunks stored (with their vectors)")
                .register(registry);
        this.embeddingBatch = Timer.builder("rag.ingest.embedding.batch")
                .description("Latency of one embedding call (a batch of chunks)")
                .publishPercentileHistogram()
                .register(registry);
        this.duration = Timer.builder("rag.ingest.duration")
                .description("Wall time of one ingest (a document or a batch), parse to commit")
                .publishPercentileHistogram()
                .register(registry);
    }

    private Counter documents(String outcome) {
        return Counter.builder("rag.ingest.documents")
                .description(
                        "Documents ingested, by outcome (stored new, or replaced a changed one), and documents deleted")
                .tag("outcome", outcome)
                .register(registry);
    }

    /** A document and its chunks were committed. */
    public void stored(boolean replaced, int chunkCount) {
        (replaced ? documentsReplaced : documentsStored).increment();
        chunks.increment(chunkCount);
    }

    /** Documents were deleted (one, or a collection's). */
    public void deleted(long documents) {
        documentsDeleted.increment(documents);
    }

    /** Runs one embedding call and records its latency. */
    public <T> T timeEmbedding(Supplier<T> call) {
        return embeddingBatch.record(call);
    }

    public void ingestTook(Duration took) {
        duration.record(took);
    }

    /** An ingest failed with the problem of that slug (e.g. {@code empty-document}). */
    public void failed(String problemType) {
        Counter.builder("rag.ingest.failures")
                .description("Failed ingests by problem type")
                .tag("type", problemType)
                .register(registry)
                .increment();
    }
}

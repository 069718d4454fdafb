package org.jrag.ingest.job;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jrag.ingest.chunking.ChunkingOptions;
import org.jrag.ingest.document.DocumentIngestion;
import org.jrag.ingest.document.DocumentUpload;
import org.jrag.ingest.document.IngestQueue;
import org.jrag.ingest.document.IngestResult;
import org.jrag.ingest.problem.IngestException;
import org.jrag.ingest.problem.IngestProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * A bounded pool of {@code rag.ingest.jobs.workers} threads that run queued ingest jobs from PostgreSQL. A worker
 * claims the oldest queued job ({@code FOR UPDATE SKIP LOCKED}, so instances and workers never take the same one),
 * runs the ordinary ingest on it (the document becomes visible only at its final commit) and records the outcome.
 * While idle it re-queues RUNNING jobs whose lease expired, which is how jobs of a killed instance resume. A job may
 * thus run twice (killed after the document's commit but before the job's): the second run finds the content hash
 * stored and succeeds as a duplicate of the first, so nothing is stored twice.
 */
@Component
class JobWorkers implements IngestQueue, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JobWorkers.class);

    private final JobRepository jobs;
    private final DocumentIngestion ingestion;
    private final JobProperties properties;
    private final ObservationRegistry observations;
    private final Object wakeUp = new Object();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    JobWorkers(
            JobRepository jobs,
            DocumentIngestion ingestion,
            JobProperties properties,
            MeterRegistry registry,
            ObservationRegistry observations) {
        this.observations = observations;
        this.jobs = jobs;
        this.ingestion = ingestion;
        this.properties = properties;
        Gauge.builder("rag.ingest.jobs.queued", this, JobWorkers::queueDepth)
                .description("Ingest jobs waiting for a worker")
                .register(registry);
    }

    @Override
    public long enqueue(DocumentUpload upload, ChunkingOptions requested) {
        long id = jobs.insert(upload, requested);
        synchronized (wakeUp) {
            wakeUp.notifyAll();
        }
        return id;
    }

    @Override
    public int failQueued(String collection, Map<String, Object> problem) {
        return jobs.failQueued(collection, problem);
    }

    @Override
    public synchronized void start() {
        running = true;
        for (int i = 0; i < properties.workers(); i++) {
            threads.add(Thread.ofPlatform().name("ingest-job-" + i).daemon().start(this::work));
        }
        log.info("Started {} ingest job worker(s)", properties.workers());
    }

    /**
     * Stops claiming and interrupts the workers; a job cut short stays RUNNING and is queued again once its lease
     * expires, by this instance after a restart or by another one.
     */
    @Override
    public synchronized void stop() {
        running = false;
        synchronized (wakeUp) {
            wakeUp.notifyAll();
        }
        for (Thread thread : threads) {
            thread.interrupt();
        }
        for (Thread thread : threads) {
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void work() {
        while (running) {
            try {
                Optional<ClaimedJob> job = next();
                if (job.isPresent()) {
                    run(job.get());
                } else {
                    synchronized (wakeUp) {
                        if (running) {
                            wakeUp.wait(properties.pollInterval().toMillis());
                        }
                    }
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn("Job worker poll failed, retrying after {}", properties.pollInterval(), e);
                try {
                    Thread.sleep(properties.pollInterval());
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    private Optional<ClaimedJob> next() {
        int requeued = jobs.requeueExpired(properties.maxAttempts(), abandoned());
        if (requeued > 0) {
            log.info("Queued {} job(s) again whose worker stopped holding the lease", requeued);
        }
        return jobs.claim(properties.lease());
    }

    /** Runs the job as a trace of its own ({@code ingest job}), its stages beneath it. */
    private void run(ClaimedJob job) {
        Observation.createNotStarted("rag.ingest.job", observations)
                .contextualName("ingest job")
                .highCardinalityKeyValue("job.id", Long.toString(job.id()))
                .highCardinalityKeyValue("job.attempt", Integer.toString(job.attempt()))
                .observe(() -> runObserved(job));
    }

    private void runObserved(ClaimedJob job) {
        log.info(
                "Running ingest job {} (attempt {}) into '{}'",
                job.id(),
                job.attempt(),
                job.upload().collection());
        try {
            IngestResult result = ingestion.ingest(
                    job.upload(),
                    job.options(),
                    (embedded, total) -> jobs.progress(job, embedded, total, properties.lease()));
            jobs.succeed(job, result.documentId(), result);
            log.info("Ingest job {} succeeded: document {}", job.id(), result.documentId());
        } catch (IngestException e) {
            // the upload itself is bad: another attempt would fail the same way
            jobs.fail(job, IngestProblems.members(IngestProblems.of(e)));
            log.info("Ingest job {} failed: {}", job.id(), e.getMessage());
        } catch (RuntimeException e) {
            if (!running) {
                return; // shutting down: the lease expires and the job runs again after the restart
            }
            log.error("Ingest job {} attempt {} failed unexpectedly", job.id(), job.attempt(), e);
            if (job.attempt() < properties.maxAttempts()) {
                jobs.release(job);
            } else {
                jobs.fail(
                        job,
                        IngestProblems.members(IngestProblems.internalError(
                                "unexpected " + e.getClass().getSimpleName()
                                        + " in attempt " + job.attempt() + " of " + properties.maxAttempts()
                                        + "; the service log has the details under job id " + job.id())));
            }
        }
    }

    private Map<String, Object> abandoned() {
        return IngestProblems.members(IngestProblems.jobAbandoned(
                "the job's worker stopped holding its lease in each of " + properties.maxAttempts() + " attempts"));
    }

    private double queueDepth() {
        try {
            return jobs.countQueued();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}

package org.jrag.ingest.rechunk;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jrag.ingest.chunking.ChunkingOptions;
import org.jrag.ingest.collection.CollectionRepository;
import org.jrag.ingest.document.DocumentIngestion;
import org.jrag.ingest.problem.CollectionNotFoundException;
import org.jrag.ingest.problem.DocumentNotFoundException;
import org.jrag.ingest.problem.RechunkNotFoundException;
import org.jrag.ingest.problem.RechunkRunningException;
import org.jrag.ingest.upkeep.BackgroundTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;

/**
 * Re-chunks whole collections: a run ({@code rechunk_run}) goes through the collection's documents in id order, each
 * re-chunked and swapped in its own transaction ({@link DocumentIngestion#rechunk}), and records its place after
 * each, holding a lease on the run while it works. A run whose instance stopped is taken up, where it stopped, by any
 * instance once the lease has run out (at once after a clean stop). Documents uploaded during the run are chunked by
 * their upload; documents deleted meanwhile are passed over; one that cannot be re-chunked is reported and keeps its
 * chunks.
 */
@Service
public class RechunkWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RechunkWorker.class);

    /** How long a run stays this instance's without news of it. */
    static final Duration LEASE = Duration.ofMinutes(5);

    private static final int BATCH = 32;

    private final RechunkRuns runs;
    private final CollectionRepository collections;
    private final DocumentIngestion ingestion;
    private final BackgroundTask worker = new BackgroundTask("rechunk", this::workLogged);
    private volatile boolean running;

    RechunkWorker(RechunkRuns runs, CollectionRepository collections, DocumentIngestion ingestion) {
        this.runs = runs;
        this.collections = collections;
        this.ingestion = ingestion;
    }

    /**
     * Starts re-chunking the collection with its options overridden by {@code requested} (checked first).
     *
     * @throws RechunkRunningException when a run of the collection is under way
     */
    public RechunkRun start(String collection, ChunkingOptions requested) {
        ingestion.check(collection, requested);
        long collectionId = collections.requireId(collection);
        runs.start(collectionId, requested.values()).orElseThrow(() -> new RechunkRunningException(collection));
        worker.runOnceIn(Duration.ZERO);
        return status(collection);
    }

    /**
     * Cancels the collection's running re-chunk: its worker stops after the document in hand (those done keep their
     * new chunks, the others their old ones).
     *
     * @throws RechunkNotFoundException when none is running
     */
    public RechunkRun cancel(String collection) {
        if (!runs.cancel(collections.requireId(collection))) {
            throw RechunkNotFoundException.noneRunning(collection);
        }
        return status(collection);
    }

    /** The collection's latest run. */
    public RechunkRun status(String collection) {
        return runs.latest(collections.requireId(collection))
                .orElseThrow(() -> new RechunkNotFoundException(collection));
    }

    @Override
    public void start() {
        running = true;
        worker.start(Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    @Override
    public void stop() {
        running = false;
        worker.stop();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void workLogged() {
        try {
            work();
        } catch (RuntimeException e) {
            log.warn("re-chunking failed; trying again shortly", e);
        }
    }

    /** Works on runs no instance holds until there are none. */
    void work() {
        while (running) {
            var claimed = runs.claim(LEASE);
            if (claimed.isEmpty()) {
                return;
            }
            work(claimed.get());
        }
    }

    private void work(RechunkRuns.Claimed claimed) {
        RechunkRun run = claimed.run();
        var options = new ChunkingOptions(run.chunking());
        long after = claimed.afterId();
        int done = run.done();
        int failures = run.failures();
        var failed = new ArrayList<>(run.failed());
        log.info("re-chunking '{}' with {} from document {} on", run.collection(), run.chunking(), after + 1);
        while (true) {
            List<Long> next = runs.next(claimed.collectionId(), after, BATCH);
            if (next.isEmpty()) {
                runs.finish(run.runId());
                log.info("re-chunked '{}': {} documents, {} could not be re-chunked", run.collection(), done, failures);
                return;
            }
            for (long documentId : next) {
                if (!running) {
                    runs.release(run.runId()); // another instance, or this one after its restart, goes on from here
                    return;
                }
                try {
                    ingestion.rechunk(run.collection(), documentId, options);
                    done++;
                } catch (DocumentNotFoundException deletedMeanwhile) {
                    done++;
                } catch (CollectionNotFoundException deleted) {
                    return; // the run went with it
                } catch (RuntimeException e) {
                    if (!running) {
                        // stopped mid-document (the shutdown interrupts it): not a failure of the document, which
                        // the next worker re-chunks from here
                        runs.release(run.runId());
                        return;
                    }
                    failures++;
                    if (failed.size() < RechunkRun.MAX_FAILURES) {
                        failed.add(new RechunkRun.Failure(documentId, String.valueOf(e.getMessage())));
                    }
                    log.warn("re-chunking '{}': document {} not re-chunked: {}", run.collection(), documentId, e);
                }
                after = documentId;
                if (!runs.advance(run.runId(), after, done, failures, failed, LEASE)) {
                    return; // the collection was deleted, and its run with it
                }
            }
        }
    }
}

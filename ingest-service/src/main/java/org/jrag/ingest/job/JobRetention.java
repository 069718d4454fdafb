package org.jrag.ingest.job;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code ingest_job} from growing without bound: every {@code rag.ingest.jobs.purge-interval} (and once at
 * start-up) it deletes the jobs that finished more than {@code rag.ingest.jobs.retention} ago. Every instance purges;
 * the delete is idempotent, so instances need no coordination.
 */
@Component
class JobRetention implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JobRetention.class);

    private final JobRepository jobs;
    private final JobProperties properties;
    private ScheduledExecutorService scheduler;

    JobRetention(JobRepository jobs, JobProperties properties) {
        this.jobs = jobs;
        this.properties = properties;
    }

    /** Deletes the finished jobs older than the retention now; returns how many. */
    int purge() {
        int purged = jobs.purgeFinished(properties.retention());
        if (purged > 0) {
            log.info("Purged {} ingest job(s) finished more than {} ago", purged, properties.retention());
        }
        return purged;
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("ingest-job-retention").daemon().factory());
        long every = properties.purgeInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::purgeLogged, 0, every, TimeUnit.MILLISECONDS);
    }

    /** A failed purge (the database away for a moment) is logged and tried again at the next interval. */
    private void purgeLogged() {
        try {
            purge();
        } catch (RuntimeException e) {
            log.warn("Purging finished ingest jobs failed; retrying in {}", properties.purgeInterval(), e);
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}

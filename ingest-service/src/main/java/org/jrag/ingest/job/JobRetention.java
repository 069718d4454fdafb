package org.jrag.ingest.job;

import java.time.Duration;
import org.jrag.ingest.upkeep.BackgroundTask;
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
    private final BackgroundTask purges = new BackgroundTask("ingest-job-retention", this::purgeLogged);

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
    public void start() {
        purges.start(Duration.ZERO, properties.purgeInterval());
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
    public void stop() {
        purges.stop();
    }

    @Override
    public boolean isRunning() {
        return purges.isRunning();
    }
}

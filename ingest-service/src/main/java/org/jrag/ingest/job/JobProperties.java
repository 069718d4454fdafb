package org.jrag.ingest.job;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How asynchronous ingest jobs are run.
 *
 * @param workers how many jobs this instance runs at once (each embeds on the shared embedder's pool)
 * @param pollInterval how often an idle worker looks for queued jobs and for expired leases
 * @param lease how long a RUNNING job is held without a sign of life (progress) before it counts as abandoned and is
 *     queued again: longer than the slowest parse, since progress is only reported while embedding
 * @param maxAttempts how many times a job is started before an abandoned or crashing job is failed for good
 * @param retention how long a finished (SUCCEEDED or FAILED) job stays readable at {@code /v1/jobs/{id}} before it is
 *     purged with everything it holds (its stored result or problem)
 * @param purgeInterval how often each instance purges finished jobs older than {@code retention}
 */
@ConfigurationProperties("rag.ingest.jobs")
public record JobProperties(
        @DefaultValue("1") int workers,
        @DefaultValue("500ms") Duration pollInterval,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("3") int maxAttempts,
        @DefaultValue("7d") Duration retention,
        @DefaultValue("1h") Duration purgeInterval) {

    public JobProperties {
        if (workers < 1 || workers > 64) {
            throw new IllegalArgumentException("rag.ingest.jobs.workers must be between 1 and 64, got: " + workers);
        }
        if (pollInterval == null || pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("rag.ingest.jobs.poll-interval must be positive, got: " + pollInterval);
        }
        if (lease == null || lease.toMillis() < 1000) {
            throw new IllegalArgumentException("rag.ingest.jobs.lease must be at least 1s, got: " + lease);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("rag.ingest.jobs.max-attempts must be at least 1, got: " + maxAttempts);
        }
        if (retention == null || retention.isNegative()) {
            throw new IllegalArgumentException("rag.ingest.jobs.retention must be >= 0, got: " + retention);
        }
        if (purgeInterval == null || purgeInterval.isNegative() || purgeInterval.isZero()) {
            throw new IllegalArgumentException(
                    "rag.ingest.jobs.purge-interval must be positive, got: " + purgeInterval);
        }
    }
}

package org.jrag.ingest.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jrag.ingest.mirror.MirrorRun;
import org.jrag.ingest.mirror.StoreSyncs;
import org.jrag.ingest.web.WebRun;
import org.jrag.ingest.web.WebSync;
import org.springframework.stereotype.Component;

/**
 * How each synced store's last run went, for alerts, read from the runs the database keeps (so every instance reports
 * the same, whichever ran it), tagged with the store's kind ({@code folder}, {@code site}, ...) and name:
 * {@code rag.ingest.sync.failing} (1 when the store could not be read at all, 0 when it could, NaN before its first
 * run), {@code rag.ingest.sync.failed.files} (the files or pages it could not store) and {@code
 * rag.ingest.sync.last.run} (when it finished, in seconds since the epoch: an alert on its age finds a sync that
 * stopped running).
 */
@Component
class SyncMetrics {

    /** What a gauge reads of one store's last run. */
    private record LastRun(Instant finishedAt, int failures, String error) {}

    SyncMetrics(List<StoreSyncs<?>> syncs, WebSync web, MeterRegistry registry) {
        for (StoreSyncs<?> sync : syncs) {
            for (String name : sync.names()) {
                register(
                        registry,
                        sync.kind().noun(),
                        name,
                        () -> sync.lastRun(name).map(SyncMetrics::lastRun));
            }
        }
        for (var site : web.sites()) {
            register(
                    registry,
                    "site",
                    site.name(),
                    () -> web.lastRun(site.name()).map(SyncMetrics::lastRun));
        }
    }

    private static void register(MeterRegistry registry, String kind, String name, Supplier<Optional<LastRun>> last) {
        Gauge.builder(
                        "rag.ingest.sync.failing",
                        () -> last.get()
                                .map(run -> run.error() == null ? 0.0 : 1.0)
                                .orElse(Double.NaN))
                .description("Whether the store's last sync could not read it at all (1), or could (0)")
                .tags("kind", kind, "name", name)
                .register(registry);
        Gauge.builder(
                        "rag.ingest.sync.failed.files",
                        () -> last.get().map(run -> (double) run.failures()).orElse(Double.NaN))
                .description("The files or pages the store's last sync could not store")
                .tags("kind", kind, "name", name)
                .register(registry);
        Gauge.builder(
                        "rag.ingest.sync.last.run",
                        () -> last.get()
                                .map(run -> run.finishedAt().toEpochMilli() / 1000.0)
                                .orElse(Double.NaN))
                .description("When the store's last sync finished, in seconds since the epoch")
                .baseUnit("seconds")
                .tags("kind", kind, "name", name)
                .register(registry);
    }

    private static LastRun lastRun(MirrorRun run) {
        return new LastRun(run.finishedAt(), run.failures(), run.error());
    }

    private static LastRun lastRun(WebRun run) {
        return new LastRun(run.finishedAt(), run.failures(), run.error());
    }
}

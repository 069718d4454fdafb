package org.jrag.ingest.bucket;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.jrag.ingest.mirror.MirrorRun;
import org.jrag.ingest.problem.BucketNotFoundException;
import org.jrag.ingest.problem.BucketSyncRunningException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The synced buckets: {@code GET /v1/buckets} (each with its last run, whichever instance ran it; never a credential)
 * and {@code POST /v1/buckets/{name}/sync}, which starts a sync now rather than at the next round (409 while this
 * instance syncs it; when another instance holds the sync lock, this one skips and says so in its log).
 */
@RestController
class BucketController {

    private final BucketSync sync;

    BucketController(BucketSync sync) {
        this.sync = sync;
    }

    /** A bucket as configured (where, not how it signs in), whether this instance is syncing it, and its last run. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record BucketView(
            String name,
            String collection,
            String endpoint,
            String location,
            List<String> include,
            boolean delete,
            boolean running,
            MirrorRun lastRun) {}

    @GetMapping("/v1/buckets")
    Map<String, List<BucketView>> list() {
        return Map.of(
                "buckets",
                sync.buckets().stream()
                        .map(b -> new BucketView(
                                b.name(),
                                b.collection(),
                                b.endpoint() == null ? null : b.endpoint().toString(),
                                b.location(),
                                b.include(),
                                b.delete(),
                                sync.isRunning(b.name()),
                                sync.lastRun(b.name()).orElse(null)))
                        .toList());
    }

    @PostMapping("/v1/buckets/{name}/sync")
    ResponseEntity<Map<String, String>> syncNow(@PathVariable String name) {
        BucketSyncProperties.Bucket bucket = sync.buckets().stream()
                .filter(b -> b.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new BucketNotFoundException(name));
        if (sync.isRunning(name)) {
            throw new BucketSyncRunningException(name);
        }
        Thread.ofVirtual().name("bucket-sync-" + name).start(() -> sync.syncAll(List.of(bucket)));
        return ResponseEntity.accepted()
                .body(Map.of("bucket", name, "status", "started; GET /v1/buckets shows its run when it ends"));
    }
}

package org.jrag.ingest.blob;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.jrag.ingest.mirror.MirrorRun;
import org.jrag.ingest.problem.ContainerNotFoundException;
import org.jrag.ingest.problem.ContainerSyncRunningException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The synced Azure Blob containers: {@code GET /v1/containers} (each with its last run, whichever instance ran it;
 * never a signature or secret) and {@code POST /v1/containers/{name}/sync}, which starts a sync now rather than at the
 * next round (409 while this instance syncs it).
 */
@RestController
class BlobController {

    private final BlobSync sync;

    BlobController(BlobSync sync) {
        this.sync = sync;
    }

    /** A container as configured (where, not how it signs in), whether this instance syncs it, and its last run. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ContainerView(
            String name,
            String collection,
            String location,
            List<String> include,
            boolean delete,
            boolean running,
            MirrorRun lastRun) {}

    @GetMapping("/v1/containers")
    Map<String, List<ContainerView>> list() {
        return Map.of(
                "containers",
                sync.containers().stream()
                        .map(c -> new ContainerView(
                                c.name(),
                                c.collection(),
                                c.location(),
                                c.include(),
                                c.delete(),
                                sync.isRunning(c.name()),
                                sync.lastRun(c.name()).orElse(null)))
                        .toList());
    }

    @PostMapping("/v1/containers/{name}/sync")
    ResponseEntity<Map<String, String>> syncNow(@PathVariable String name) {
        BlobSyncProperties.Container container = sync.containers().stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new ContainerNotFoundException(name));
        if (sync.isRunning(name)) {
            throw new ContainerSyncRunningException(name);
        }
        Thread.ofVirtual().name("container-sync-" + name).start(() -> sync.syncAll(List.of(container)));
        return ResponseEntity.accepted()
                .body(Map.of("container", name, "status", "started; GET /v1/containers shows its run when it ends"));
    }
}

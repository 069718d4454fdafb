package org.jrag.ingest.drive;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.jrag.ingest.mirror.MirrorRun;
import org.jrag.ingest.problem.DriveNotFoundException;
import org.jrag.ingest.problem.DriveSyncRunningException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The synced drives: {@code GET /v1/drives} (each with its last run, whichever instance ran it; never a secret) and
 * {@code POST /v1/drives/{name}/sync}, which starts a sync now rather than at the next round (409 while this instance
 * syncs it).
 */
@RestController
class DriveController {

    private final DriveSync sync;

    DriveController(DriveSync sync) {
        this.sync = sync;
    }

    /** A drive as configured (where, not how it signs in), whether this instance is syncing it, and its last run. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DriveView(
            String name,
            String collection,
            String location,
            List<String> include,
            boolean delete,
            boolean running,
            MirrorRun lastRun) {}

    @GetMapping("/v1/drives")
    Map<String, List<DriveView>> list() {
        return Map.of(
                "drives",
                sync.drives().stream()
                        .map(d -> new DriveView(
                                d.name(),
                                d.collection(),
                                d.location(),
                                d.include(),
                                d.delete(),
                                sync.isRunning(d.name()),
                                sync.lastRun(d.name()).orElse(null)))
                        .toList());
    }

    @PostMapping("/v1/drives/{name}/sync")
    ResponseEntity<Map<String, String>> syncNow(@PathVariable String name) {
        DriveSyncProperties.Drive drive = sync.drives().stream()
                .filter(d -> d.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new DriveNotFoundException(name));
        if (sync.isRunning(name)) {
            throw new DriveSyncRunningException(name);
        }
        Thread.ofVirtual().name("drive-sync-" + name).start(() -> sync.syncAll(List.of(drive)));
        return ResponseEntity.accepted()
                .body(Map.of("drive", name, "status", "started; GET /v1/drives shows its run when it ends"));
    }
}

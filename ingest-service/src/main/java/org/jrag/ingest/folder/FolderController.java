package org.jrag.ingest.folder;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.jrag.ingest.mirror.MirrorRun;
import org.jrag.ingest.problem.FolderNotFoundException;
import org.jrag.ingest.problem.FolderSyncRunningException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The synced folders: {@code GET /v1/folders} (each with its last run, whichever instance ran it) and
 * {@code POST /v1/folders/{name}/sync}, which starts a sync now rather than at the next round (409 while this instance
 * syncs it; when another instance holds the sync lock, this one skips and says so in its log).
 */
@RestController
class FolderController {

    private final FolderSync sync;

    FolderController(FolderSync sync) {
        this.sync = sync;
    }

    /** A folder as configured, whether this instance is syncing it, and its last run. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FolderView(
            String name,
            String collection,
            String path,
            List<String> include,
            boolean delete,
            boolean running,
            MirrorRun lastRun) {}

    @GetMapping("/v1/folders")
    Map<String, List<FolderView>> list() {
        return Map.of(
                "folders",
                sync.folders().stream()
                        .map(f -> new FolderView(
                                f.name(),
                                f.collection(),
                                f.path().toString(),
                                f.include(),
                                f.delete(),
                                sync.isRunning(f.name()),
                                sync.lastRun(f.name()).orElse(null)))
                        .toList());
    }

    @PostMapping("/v1/folders/{name}/sync")
    ResponseEntity<Map<String, String>> syncNow(@PathVariable String name) {
        FolderSyncProperties.Folder folder = sync.folders().stream()
                .filter(f -> f.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new FolderNotFoundException(name));
        if (sync.isRunning(name)) {
            throw new FolderSyncRunningException(name);
        }
        Thread.ofVirtual().name("folder-sync-" + name).start(() -> sync.syncAll(List.of(folder)));
        return ResponseEntity.accepted()
                .body(Map.of("folder", name, "status", "started; GET /v1/folders shows its run when it ends"));
    }
}

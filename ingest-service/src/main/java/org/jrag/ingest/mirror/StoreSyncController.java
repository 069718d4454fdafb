package org.jrag.ingest.mirror;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The synced stores of every kind ({@link StoreSyncs}), each kind under its own path: {@code GET /v1/folders} (and
 * {@code /v1/buckets}, {@code /v1/containers}, {@code /v1/mailboxes}, {@code /v1/drives}, {@code
 * /v1/repositories}, {@code /v1/spaces}, {@code /v1/projects}, {@code /v1/guides}, {@code /v1/gdrives}, {@code /v1/kbs}) lists them, each with its last
 * run, whichever instance ran it, and never a credential; {@code POST /v1/folders/{name}/sync} starts a sync now rather
 * than at the next round (202; 404 for an unknown name, 409 while this instance syncs it).
 */
@RestController
class StoreSyncController {

    private static final String KINDS =
            "{kind:folders|buckets|containers|mailboxes|drives|gdrives|repositories|spaces|projects|guides|kbs}";

    private final Map<String, StoreSyncs<?>> byPath;

    StoreSyncController(List<StoreSyncs<?>> syncs) {
        this.byPath = syncs.stream()
                .collect(Collectors.toUnmodifiableMap(sync -> sync.kind().plural(), Function.identity()));
    }

    @GetMapping("/v1/" + KINDS)
    Map<String, List<Map<String, Object>>> list(@PathVariable String kind) {
        return Map.of(kind, byPath.get(kind).views());
    }

    @PostMapping("/v1/" + KINDS + "/{name}/sync")
    ResponseEntity<Map<String, String>> syncNow(@PathVariable String kind, @PathVariable String name) {
        StoreSyncs<?> sync = byPath.get(kind);
        sync.syncSoon(name);
        return ResponseEntity.accepted()
                .body(Map.of(
                        sync.kind().noun(),
                        name,
                        "status",
                        "started; GET /v1/" + kind + " shows its run when it ends"));
    }
}

package org.jrag.ingest.mailbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.jrag.ingest.mirror.MirrorRun;
import org.jrag.ingest.problem.MailboxNotFoundException;
import org.jrag.ingest.problem.MailboxSyncRunningException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The synced mailboxes: {@code GET /v1/mailboxes} (each with its last run, whichever instance ran it; never the
 * password) and {@code POST /v1/mailboxes/{name}/sync}, which starts a sync now rather than at the next round (409
 * while this instance syncs it).
 */
@RestController
class MailboxController {

    private final MailboxSync sync;

    MailboxController(MailboxSync sync) {
        this.sync = sync;
    }

    /** A mailbox as configured (where, not how it signs in), whether this instance is syncing it, and its last run. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record MailboxView(
            String name,
            String collection,
            String location,
            List<String> folders,
            boolean delete,
            boolean running,
            MirrorRun lastRun) {}

    @GetMapping("/v1/mailboxes")
    Map<String, List<MailboxView>> list() {
        return Map.of(
                "mailboxes",
                sync.mailboxes().stream()
                        .map(m -> new MailboxView(
                                m.name(),
                                m.collection(),
                                m.location(),
                                m.folders(),
                                m.delete(),
                                sync.isRunning(m.name()),
                                sync.lastRun(m.name()).orElse(null)))
                        .toList());
    }

    @PostMapping("/v1/mailboxes/{name}/sync")
    ResponseEntity<Map<String, String>> syncNow(@PathVariable String name) {
        MailboxSyncProperties.Mailbox mailbox = sync.mailboxes().stream()
                .filter(m -> m.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new MailboxNotFoundException(name));
        if (sync.isRunning(name)) {
            throw new MailboxSyncRunningException(name);
        }
        Thread.ofVirtual().name("mailbox-sync-" + name).start(() -> sync.syncAll(List.of(mailbox)));
        return ResponseEntity.accepted()
                .body(Map.of("mailbox", name, "status", "started; GET /v1/mailboxes shows its run when it ends"));
    }
}

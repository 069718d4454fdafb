package org.jrag.ingest.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jrag.ingest.problem.SiteNotFoundException;
import org.jrag.ingest.problem.SiteSyncRunningException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The crawled sites: {@code GET /v1/sites} (each with its last crawl, whichever instance ran it) and {@code POST
 * /v1/sites/{name}/sync}, which starts a crawl now rather than at the next round (409 while this instance crawls it;
 * when another instance holds the sync lock, this one skips and says so in its log).
 */
@RestController
class WebController {

    private final WebSync sync;

    WebController(WebSync sync) {
        this.sync = sync;
    }

    /** A site as configured, whether this instance is crawling it, and its last crawl. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SiteView(
            String name,
            String collection,
            List<URI> urls,
            List<URI> sitemaps,
            List<String> prefixes,
            int maxPages,
            int maxDepth,
            boolean delete,
            boolean running,
            WebRun lastRun) {}

    @GetMapping("/v1/sites")
    Map<String, List<SiteView>> list() {
        return Map.of(
                "sites",
                sync.sites().stream()
                        .map(s -> new SiteView(
                                s.name(),
                                s.collection(),
                                s.urls(),
                                s.sitemaps(),
                                s.prefixes(),
                                s.maxPages(),
                                s.maxDepth(),
                                s.delete(),
                                sync.isRunning(s.name()),
                                sync.lastRun(s.name()).orElse(null)))
                        .toList());
    }

    @PostMapping("/v1/sites/{name}/sync")
    ResponseEntity<Map<String, String>> syncNow(@PathVariable String name) {
        WebSyncProperties.Site site = sync.sites().stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new SiteNotFoundException(name));
        if (sync.isRunning(name)) {
            throw new SiteSyncRunningException(name);
        }
        Thread.ofVirtual().name("web-sync-" + name).start(() -> sync.syncAll(List.of(site)));
        return ResponseEntity.accepted()
                .body(Map.of("site", name, "status", "started; GET /v1/sites shows its run when it ends"));
    }
}

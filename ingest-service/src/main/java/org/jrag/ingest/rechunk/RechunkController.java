package org.jrag.ingest.rechunk;

import java.util.Map;
import org.jrag.ingest.chunking.ChunkingOptions;
import org.jrag.ingest.document.DocumentIngestion;
import org.jrag.ingest.document.Principals;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /v1/collections/{name}/rechunk} re-chunks every document of the collection in the background (202, the
 * run; 409 while one runs), with the collection's chunking options or those given as for an upload; {@code GET} the
 * same path says how far the latest run has come, {@code DELETE} cancels a running one.
 */
@RestController
class RechunkController {

    private final RechunkWorker worker;
    private final DocumentIngestion ingestion;

    RechunkController(RechunkWorker worker, DocumentIngestion ingestion) {
        this.ingestion = ingestion;
        this.worker = worker;
    }

    @PostMapping("/v1/collections/{name}/rechunk")
    ResponseEntity<RechunkRun> start(
            @PathVariable String name,
            @RequestParam Map<String, String> parameters,
            @RequestHeader(name = Principals.HEADER, required = false) String principals) {
        ingestion.requireAllReadable(name, "Re-chunking", Principals.of(principals));
        RechunkRun run = worker.start(name, ChunkingOptions.from(parameters));
        return ResponseEntity.accepted()
                .header("Location", "/v1/collections/" + name + "/rechunk")
                .body(run);
    }

    @DeleteMapping("/v1/collections/{name}/rechunk")
    RechunkRun cancel(@PathVariable String name) {
        return worker.cancel(name);
    }

    @GetMapping("/v1/collections/{name}/rechunk")
    RechunkRun status(@PathVariable String name) {
        return worker.status(name);
    }
}

package org.jrag.ingest.document;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.jrag.ingest.collection.CollectionRepository;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /v1/collections/{name}/export}: the collection as newline-delimited JSON ({@link CollectionTransfer});
 * {@code POST /v1/collections/{name}/import}: such a file into a new collection of that name, 201, or nothing stored.
 */
@RestController
class TransferController {

    static final String NDJSON = "application/x-ndjson";

    private final CollectionTransfer transfer;
    private final CollectionRepository collections;

    TransferController(CollectionTransfer transfer, CollectionRepository collections) {
        this.transfer = transfer;
        this.collections = collections;
    }

    @GetMapping("/v1/collections/{name}/export")
    void export(
            @PathVariable String name,
            @RequestHeader(name = Principals.HEADER, required = false) String principals,
            HttpServletResponse response)
            throws IOException {
        collections.requireId(name); // 404 before the response starts
        response.setContentType(NDJSON);
        response.setCharacterEncoding("UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".ndjson\"");
        transfer.export(name, Principals.of(principals), response.getOutputStream());
    }

    @PostMapping(
            path = "/v1/collections/{name}/import",
            consumes = {NDJSON, "application/jsonl", "application/octet-stream"})
    ResponseEntity<CollectionTransfer.ImportedCollection> importInto(
            @PathVariable String name, HttpServletRequest request) throws IOException {
        CollectionTransfer.ImportedCollection imported = transfer.importInto(name, request.getInputStream());
        return ResponseEntity.created(URI.create("/v1/collections/" + name)).body(imported);
    }
}

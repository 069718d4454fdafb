package org.jrag.eval.service;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** ingest-service's public API, as a client uploading a corpus uses it. Thread-safe. */
public final class IngestClient {

    private final JsonHttp http;

    public IngestClient(URI baseUrl, Duration timeout) {
        this.http = new JsonHttp(baseUrl, timeout);
    }

    /** Creates the collection; true when it was created, false when it already existed (409). */
    public boolean createCollection(String name, String description) {
        var response = http.postJson("/v1/collections", Map.of("name", name, "description", description));
        response.require(201, 409);
        return response.status() == 201;
    }

    /**
     * Uploads one plain-text document. Identical bytes already in the collection come back as a duplicate (200) with
     * the stored document, so re-running an ingest only uploads what is missing.
     */
    public Uploaded upload(String collection, String title, String source, String body) {
        String path = "/v1/collections/" + encode(collection) + "/documents?title=" + encode(title) + "&source="
                + encode(source);
        JsonNode json = http.post(path, "text/plain; charset=utf-8", body).require(200, 201);
        return new Uploaded(
                json.get("documentId").asLong(),
                json.get("chunkCount").asInt(),
                json.get("changeSeq").asLong(),
                json.get("duplicate").asBoolean());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** What the upload stored (or found already stored). */
    public record Uploaded(long documentId, int chunkCount, long changeSeq, boolean duplicate) {}
}

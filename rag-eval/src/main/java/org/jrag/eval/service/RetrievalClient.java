package org.jrag.eval.service;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * retrieval-service's public API: {@code POST /v1/search}, {@code POST /v1/search/explain} and {@code GET
 * /v1/index/status}. Thread-safe.
 */
public final class RetrievalClient {

    private final JsonHttp http;

    public RetrievalClient(URI baseUrl, Duration timeout) {
        this.http = new JsonHttp(baseUrl, timeout);
    }

    /**
     * Searches with {@code query}, {@code collection} and {@code topK}, plus {@code fields} (mode, efSearch, exact,
     * and whatever a newer service accepts) as given.
     */
    public List<Hit> search(String query, String collection, int topK, Map<String, Object> fields) {
        Map<String, Object> body = new LinkedHashMap<>(fields);
        body.put("query", query);
        body.put("collection", collection);
        body.put("topK", topK);
        JsonNode json = http.postJson("/v1/search", body).require(200);
        List<Hit> hits = new ArrayList<>();
        for (JsonNode result : json.get("results")) {
            hits.add(new Hit(
                    result.get("chunkId").asLong(),
                    result.get("documentId").asLong(),
                    result.get("score").asDouble()));
        }
        return hits;
    }

    /**
     * {@code POST /v1/search/explain}: PostgreSQL's plan, one line per row of {@code EXPLAIN}, for the dense query a
     * search with the same arguments would run.
     */
    public List<String> explainDense(String query, String collection, int topK, Map<String, Object> fields) {
        Map<String, Object> body = new LinkedHashMap<>(fields);
        body.put("query", query);
        body.put("collection", collection);
        body.put("topK", topK);
        JsonNode json = http.postJson("/v1/search/explain", body).require(200);
        List<String> plan = new ArrayList<>();
        for (JsonNode line : json.get("plan")) {
            plan.add(line.asString());
        }
        return plan;
    }

    /** The change-log seq the BM25 index has applied. */
    public long indexedSeq() {
        return http.get("/v1/index/status").require(200).get("lastSeq").asLong();
    }

    /** One search result, reduced to what evaluation needs. */
    public record Hit(long chunkId, long documentId, double score) {}
}

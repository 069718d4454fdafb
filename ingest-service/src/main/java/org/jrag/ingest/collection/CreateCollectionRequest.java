package org.jrag.ingest.collection;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Body of {@code POST /v1/collections}; checked when it becomes a {@link NewCollection}.
 *
 * @param chunking the collection's chunking options ({@code chunker}, {@code chunkTokens}, ...), or null for the
 *     service default
 * @param language the language of its documents ({@code german}), whose stemming and stop words BM25 applies; null for
 *     the service default
 * @param redact the kinds of personal data ({@code email}, {@code phone}, {@code card}, {@code iban}, {@code ssn})
 *     replaced by a placeholder in its documents before they are stored; null or empty for none
 * @param instructions what its generative answers should be like ("Answer in German."); null for none
 * @param search its search defaults ({@link SearchDefaults}); null for none
 */
record CreateCollectionRequest(
        String name,
        String description,
        Map<String, Object> chunking,
        String language,
        List<String> redact,
        String instructions,
        JsonNode search) {}

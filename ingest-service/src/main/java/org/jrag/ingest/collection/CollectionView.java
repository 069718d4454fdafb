package org.jrag.ingest.collection;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A collection as the API shows it.
 *
 * @param chunking the collection's chunking options, or null when it uses the service default
 * @param language the language its documents are analyzed in for BM25, or null for the service default
 * @param redact the kinds of personal data replaced by a placeholder in its documents before they are stored
 * @param instructions what its generative answers should be like, added to the grounded prompt's instruction; or null
 * @param search the ranking options its searches, asks and RAG chats take where they set none themselves; or null
 */
public record CollectionView(
        String name,
        String description,
        Instant createdAt,
        long documentCount,
        Map<String, String> chunking,
        String language,
        List<String> redact,
        String instructions,
        SearchDefaults search) {}

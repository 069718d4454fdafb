package org.jrag.retrieval.bm25;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the filterable metadata of a chunk as PostgreSQL hands it over: {@code tags} as JSON (an array of strings,
 * or one string), {@code publishedAt} as an ISO date or date-time of which the date counts. Malformed values are
 * treated as absent, the same way the dense retriever's SQL ignores them, so both retrievers filter alike.
 */
final class ChunkMetadata {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ChunkMetadata() {}

    static List<String> tags(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        JsonNode node = JSON.readTree(json);
        List<String> tags = new ArrayList<>();
        if (node.isString()) {
            tags.add(node.asString());
        } else if (node.isArray()) {
            node.forEach(tag -> {
                if (tag.isString()) {
                    tags.add(tag.asString());
                }
            });
        }
        return tags;
    }

    static LocalDate publishedAt(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

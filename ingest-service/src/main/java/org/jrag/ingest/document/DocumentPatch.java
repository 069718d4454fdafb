package org.jrag.ingest.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jrag.ingest.problem.InvalidParameterException;
import tools.jackson.databind.JsonNode;

/**
 * A JSON merge patch (RFC 7396) of what the client told about a stored document: {@code title}, {@code url},
 * {@code tags} and {@code publishedAt}. A member that is absent stays as it is, one that is null is removed, any
 * other value replaces it (under the rules of an upload's parameters). The bytes, and the {@code source} that
 * identifies the document for replacement, cannot be patched: upload new bytes instead.
 */
record DocumentPatch(JsonNode body) {

    static final Set<String> MEMBERS = Set.of("title", "url", "tags", "publishedAt");

    DocumentPatch {
        if (body == null || !body.isObject()) {
            throw new InvalidParameterException("body", "must be a JSON object of title, url, tags, publishedAt");
        }
        var unknown = new TreeSet<String>(body.propertyNames());
        unknown.removeAll(MEMBERS);
        if (!unknown.isEmpty()) {
            throw new InvalidParameterException(
                    unknown.first(), "cannot be patched: only title, url, tags and publishedAt can, got: " + unknown);
        }
    }

    /** The document's title and client metadata with this patch applied, checked as an upload's would be. */
    DocumentMetadata applyTo(String title, Map<String, Object> metadata) {
        return new DocumentMetadata(
                text("title", title),
                null,
                text("url", (String) metadata.get("url")),
                tags(metadata.get("tags")),
                text("publishedAt", (String) metadata.get("published_at")));
    }

    private String text(String member, String current) {
        if (!body.has(member)) {
            return current;
        }
        JsonNode value = body.get(member);
        if (value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new InvalidParameterException(member, "must be a string or null, got: " + value);
        }
        return value.asString();
    }

    private List<String> tags(Object current) {
        if (!body.has("tags")) {
            var kept = new ArrayList<String>();
            if (current instanceof List<?> list) {
                list.forEach(tag -> kept.add(String.valueOf(tag)));
            }
            return kept;
        }
        JsonNode value = body.get("tags");
        if (value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new InvalidParameterException("tags", "must be an array of strings or null, got: " + value);
        }
        var tags = new ArrayList<String>();
        for (JsonNode tag : value) {
            if (!tag.isString()) {
                throw new InvalidParameterException("tags", "must be an array of strings, got: " + value);
            }
            tags.add(tag.asString());
        }
        return tags;
    }
}

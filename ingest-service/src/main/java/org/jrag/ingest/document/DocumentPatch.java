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
 * {@code tags}, {@code publishedAt} and {@code readers}. A member that is absent stays as it is, one that is null is
 * removed (null {@code readers}: everyone who may read the collection), any other value replaces it (under the rules of
 * an upload's parameters). The bytes, and the {@code source} that
 * identifies the document for replacement, cannot be patched: upload new bytes instead.
 */
record DocumentPatch(JsonNode body) {

    static final Set<String> MEMBERS = Set.of("title", "url", "tags", "publishedAt", "readers");

    DocumentPatch {
        if (body == null || !body.isObject()) {
            throw new InvalidParameterException(
                    "body", "must be a JSON object of title, url, tags, publishedAt, readers");
        }
        var unknown = new TreeSet<String>(body.propertyNames());
        unknown.removeAll(MEMBERS);
        if (!unknown.isEmpty()) {
            throw new InvalidParameterException(
                    unknown.first(),
                    "cannot be patched: only title, url, tags, publishedAt and readers can, got: " + unknown);
        }
    }

    /** The document's title, client metadata and readers with this patch applied, checked as an upload's would be. */
    DocumentMetadata applyTo(String title, Map<String, Object> metadata, List<String> readers) {
        return new DocumentMetadata(
                text("title", title),
                null,
                text("url", (String) metadata.get("url")),
                strings("tags", metadata.get("tags")),
                text("publishedAt", (String) metadata.get("published_at")),
                strings("readers", readers));
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

    /** A list of strings ({@code tags}, {@code readers}): kept, removed (null) or replaced. */
    private List<String> strings(String member, Object current) {
        if (!body.has(member)) {
            var kept = new ArrayList<String>();
            if (current instanceof List<?> list) {
                list.forEach(value -> kept.add(String.valueOf(value)));
            }
            return kept;
        }
        JsonNode value = body.get(member);
        if (value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new InvalidParameterException(member, "must be an array of strings or null, got: " + value);
        }
        var values = new ArrayList<String>();
        for (JsonNode element : value) {
            if (!element.isString()) {
                throw new InvalidParameterException(member, "must be an array of strings, got: " + value);
            }
            values.add(element.asString());
        }
        return values;
    }
}

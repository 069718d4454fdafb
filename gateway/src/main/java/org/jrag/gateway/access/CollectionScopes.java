package org.jrag.gateway.access;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The collections a scoped API key may use, and what that allows. A scoped key reaches a collection's own paths
 * ({@code /v1/collections/<name>/...}, but it does not delete the collection) and searches, asks and chats that name
 * only its collections (the body's {@code collection} or {@code collections}, {@code model: rag/<name>} or
 * {@code rag.collections} on {@code /v1/rag}) or none: those are passed on with the key's collections
 * ({@link ScopedRequest#COLLECTIONS_HEADER}), by which retrieval-service searches only them and lists only them as
 * {@code /v1/rag} models. Calls that hold no stored documents (completions, chat, embeddings, answers from given
 * passages, the model list) are open to it, and so are the collection list and jobs, which ingest-service narrows to
 * the key's collections by the same header, the BM25 index status, which retrieval-service counts over them, and the
 * answer log ({@code /v1/asks}: reading it and rating its answers), of which retrieval-service shows only the answers
 * drawn from the key's collections alone. The
 * rest spans collections (the HNSW index endpoints, creating a collection) and is refused, as is any path this class
 * does not name.
 */
final class CollectionScopes {

    /** The {@code POST} paths whose JSON body names the collection. */
    static final Set<String> COLLECTION_IN_BODY = Set.of("/v1/search", "/v1/search/explain", "/v1/ask");

    static final String RAG_CHAT = "/v1/rag/chat/completions";
    static final String RAG_MODELS = "/v1/rag/models";
    static final String INDEX_STATUS = "/v1/index/status";

    /** Paths that hold no stored documents. */
    private static final Set<String> WITHOUT_DOCUMENTS =
            Set.of("/v1/chat/completions", "/v1/completions", "/v1/embeddings", "/v1/models", "/v1/answers");

    private static final Pattern COLLECTION_PATH = Pattern.compile("^/v1/collections/([^/]+)(/.*)?$");
    private static final Pattern JOB_PATH = Pattern.compile("^/v1/jobs/[^/]+$");
    private static final Pattern ASK_LOG_PATH = Pattern.compile("^/v1/asks(/[^/]+)?$");
    private static final Pattern COLLECTION_NAME = Pattern.compile("^[a-z0-9][a-z0-9_-]{0,62}$");

    private final Map<String, Set<String>> scopes;

    private CollectionScopes(Map<String, Set<String>> scopes) {
        this.scopes = Map.copyOf(scopes);
    }

    /**
     * Reads {@code name=collection|collection} entries.
     *
     * @throws IllegalArgumentException naming an entry that is malformed, names no configured key or a key twice, or
     *     holds a name that cannot be a collection's
     */
    static CollectionScopes parse(List<String> entries, Set<String> keys) {
        var scopes = new HashMap<String, Set<String>>();
        var values = KeyEntries.parse("rag.gateway.access.key-collections", "key=collection|collection", entries, keys);
        values.forEach((key, value) -> {
            var collections = new LinkedHashSet<String>();
            for (String collection : value.split("\\|")) {
                String name = collection.strip();
                if (!isCollectionName(name)) {
                    throw new IllegalArgumentException("rag.gateway.access.key-collections entry for '" + key
                            + "' holds '" + name + "', which cannot be a collection's name");
                }
                collections.add(name);
            }
            scopes.put(key, Set.copyOf(collections));
        });
        return new CollectionScopes(scopes);
    }

    /** Whether {@code name} can be a collection's name (as ingest-service accepts them). */
    static boolean isCollectionName(String name) {
        return COLLECTION_NAME.matcher(name).matches();
    }

    /** The collections of a scoped key; empty when the key may use every collection. */
    Optional<Set<String>> scopeOf(String key) {
        return Optional.ofNullable(scopes.get(key));
    }

    /** Whether the request's JSON body is needed to decide ({@code POST} to a path whose body names a collection). */
    static boolean needsBody(String method, String path) {
        return method.equals("POST") && (COLLECTION_IN_BODY.contains(path) || path.equals(RAG_CHAT));
    }

    /**
     * Why a key scoped to {@code scope} may not send this request, or empty when it may.
     *
     * @param body the request's JSON body when {@link #needsBody} says so, else null
     */
    static Optional<String> refusal(Set<String> scope, String method, String path, JsonNode body) {
        Matcher collection = COLLECTION_PATH.matcher(path);
        if (collection.matches()) {
            String name = collection.group(1);
            if (!scope.contains(name)) {
                return Optional.of("collection '" + name + "' is not one of");
            }
            return method.equals("DELETE") && collection.group(2) == null
                    ? Optional.of("deleting collection '" + name + "' is for keys without a scope, not one limited to")
                    : Optional.empty();
        }
        if (needsBody(method, path)) {
            if (path.equals(RAG_CHAT)) {
                String model = body.path("model").asString("");
                if (model.startsWith("rag/") && !scope.contains(model.substring("rag/".length()))) {
                    return Optional.of("model '" + model + "' is not 'rag' or 'rag/' and one of");
                }
                return outside(scope, body.path("rag"), "rag.");
            }
            return outside(scope, body, "");
        }
        if (WITHOUT_DOCUMENTS.contains(path)
                || (method.equals("GET") && (path.equals(RAG_MODELS) || path.equals(INDEX_STATUS)))) {
            // retrieval-service lists only the key's collections as models, and counts only theirs in the index
            return Optional.empty();
        }
        if (method.equals("GET")
                && (path.equals("/v1/collections") || JOB_PATH.matcher(path).matches())) {
            return Optional.empty(); // ingest-service shows only the key's collections and their jobs
        }
        if ((method.equals("GET") && ASK_LOG_PATH.matcher(path).matches())
                || (method.equals("POST")
                        && KeyPermissions.FEEDBACK.matcher(path).matches())) {
            return Optional.empty(); // retrieval-service shows and rates only answers drawn from the key's collections
        }
        return Optional.of(method + " " + path + " spans collections beyond");
    }

    /**
     * Why a search, ask or chat body reaches beyond the scope: a {@code collection} (or {@code collections} entry)
     * that is not one of its collections, or one that is no name; empty when it names only its collections or none.
     */
    private static Optional<String> outside(Set<String> scope, JsonNode options, String prefix) {
        JsonNode collection = options.path("collection");
        JsonNode collections = options.path("collections");
        var named = new ArrayList<JsonNode>();
        if (!collection.isMissingNode() && !collection.isNull()) {
            named.add(collection);
        }
        if (collections.isArray()) {
            collections.forEach(named::add);
        } else if (!collections.isMissingNode() && !collections.isNull()) {
            named.add(collections);
        }
        for (JsonNode name : named) {
            if (!name.isString()) {
                return Optional.of(prefix + "collection and " + prefix + "collections must hold names, one of");
            }
            if (!scope.contains(name.asString())) {
                return Optional.of("collection '" + name.asString() + "' is not one of");
            }
        }
        return Optional.empty();
    }
}

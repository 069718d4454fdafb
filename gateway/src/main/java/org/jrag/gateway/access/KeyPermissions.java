package org.jrag.gateway.access;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a read-only API key may do: read (GET, HEAD), ask (search, answer, chat, complete, embed) and pass on its users'
 * feedback on the answers it got ({@code POST /v1/asks/{id}/feedback}, a verdict kept beside the answer). Everything else
 * through the gateway changes stored data or the index (creating collections, uploading and deleting documents,
 * rebuilding the HNSW index) and takes a full key. A path the list does not name is refused, so a write endpoint added
 * later is not open to read-only keys by mistake.
 */
final class KeyPermissions {

    /** The {@code POST} paths that only read: queries, answers and the OpenAI-compatible model calls. */
    static final Set<String> READ_POSTS = Set.of(
            "/v1/search",
            "/v1/search/explain",
            "/v1/ask",
            "/v1/answers",
            "/v1/chat/completions",
            "/v1/completions",
            "/v1/embeddings",
            "/v1/rag/chat/completions");

    /** Feedback on an answer: the one write a read-only key may send, since a chat app collects it. */
    static final Pattern FEEDBACK = Pattern.compile("^/v1/asks/[^/]+/feedback$");

    private final Set<String> readOnly;

    /**
     * @param readOnly the names of the keys that may only read
     * @param known the names of every configured key
     * @throws IllegalArgumentException when a read-only name is not a configured key
     */
    KeyPermissions(List<String> readOnly, Set<String> known) {
        for (String name : readOnly) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException("rag.gateway.access.read-only-keys names '" + name
                        + "', which is not a key of rag.gateway.access.api-keys");
            }
        }
        this.readOnly = Set.copyOf(readOnly);
    }

    /** Whether the key named {@code key} may only read and ask. */
    boolean readOnly(String key) {
        return readOnly.contains(key);
    }

    /** Whether {@code method} on {@code path} only reads or asks (anything else changes stored data or the index). */
    static boolean readsOnly(String method, String path) {
        return switch (method) {
            case "GET", "HEAD", "OPTIONS" -> true;
            case "POST" ->
                READ_POSTS.contains(stripTrailingSlash(path))
                        || FEEDBACK.matcher(stripTrailingSlash(path)).matches();
            default -> false;
        };
    }

    private static String stripTrailingSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}

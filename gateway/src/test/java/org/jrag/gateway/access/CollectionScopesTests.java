package org.jrag.gateway.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CollectionScopesTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> SCOPE = Set.of("docs", "faq");

    private static JsonNode body(String json) {
        return JSON.readTree(json);
    }

    @Test
    void readsKeyCollectionEntries() {
        var scopes =
                CollectionScopes.parse(List.of("chatbot=docs|faq", " team = hr "), Set.of("chatbot", "team", "ops"));

        assertThat(scopes.scopeOf("chatbot")).contains(Set.of("docs", "faq"));
        assertThat(scopes.scopeOf("team")).contains(Set.of("hr"));
        assertThat(scopes.scopeOf("ops")).isEmpty();
        assertThatThrownBy(() -> CollectionScopes.parse(List.of("chatbot"), Set.of("chatbot")))
                .hasMessage("rag.gateway.access.key-collections entry 'chatbot' must be key=collection|collection");
        assertThatThrownBy(() -> CollectionScopes.parse(List.of("eve=docs"), Set.of("chatbot")))
                .hasMessage("rag.gateway.access.key-collections names 'eve', which is not a key of"
                        + " rag.gateway.access.api-keys");
        assertThatThrownBy(() -> CollectionScopes.parse(List.of("chatbot=Docs"), Set.of("chatbot")))
                .hasMessage("rag.gateway.access.key-collections entry for 'chatbot' holds 'Docs', which cannot be a"
                        + " collection's name");
        assertThatThrownBy(() -> CollectionScopes.parse(List.of("chatbot=a", "chatbot=b"), Set.of("chatbot")))
                .hasMessage("rag.gateway.access.key-collections names 'chatbot' twice");
    }

    @Test
    void allowsItsCollectionsPathsAndTheCallsWithoutDocuments() {
        for (String path : List.of("/v1/collections/docs", "/v1/collections/faq/documents/3/chunks")) {
            assertThat(CollectionScopes.refusal(SCOPE, "GET", path, null))
                    .as(path)
                    .isEmpty();
        }
        assertThat(CollectionScopes.refusal(SCOPE, "DELETE", "/v1/collections/docs/documents/3", null))
                .isEmpty();
        for (String path : List.of("/v1/chat/completions", "/v1/completions", "/v1/embeddings", "/v1/answers")) {
            assertThat(CollectionScopes.refusal(SCOPE, "POST", path, null))
                    .as(path)
                    .isEmpty();
        }
        assertThat(CollectionScopes.refusal(SCOPE, "GET", "/v1/models", null)).isEmpty();
        assertThat(CollectionScopes.refusal(SCOPE, "GET", "/v1/rag/models", null))
                .isEmpty();
        // the answer log, which retrieval-service narrows to answers drawn from the key's collections
        for (String path : List.of("/v1/asks", "/v1/asks/0b6e")) {
            assertThat(CollectionScopes.refusal(SCOPE, "GET", path, null))
                    .as(path)
                    .isEmpty();
        }
        assertThat(CollectionScopes.refusal(SCOPE, "POST", "/v1/asks/0b6e/feedback", null))
                .isEmpty();
        assertThat(CollectionScopes.refusal(SCOPE, "DELETE", "/v1/asks/0b6e", null))
                .isPresent();
        assertThat(CollectionScopes.refusal(SCOPE, "GET", "/v1/asks/0b6e/feedback/x", null))
                .isPresent();
    }

    @Test
    void readsTheCollectionASearchAskOrChatNames() {
        assertThat(CollectionScopes.needsBody("POST", "/v1/search")).isTrue();
        assertThat(CollectionScopes.needsBody("POST", "/v1/rag/chat/completions"))
                .isTrue();
        assertThat(CollectionScopes.needsBody("POST", "/v1/chat/completions")).isFalse();
        assertThat(CollectionScopes.refusal(SCOPE, "POST", "/v1/ask", body("{\"collection\": \"faq\"}")))
                .isEmpty();
        assertThat(CollectionScopes.refusal(SCOPE, "POST", "/v1/search/explain", body("{\"collection\": \"hr\"}")))
                .contains("collection 'hr' is not one of");
        // several, all its own: passed on; one that is not: refused
        assertThat(CollectionScopes.refusal(
                        SCOPE, "POST", "/v1/search", body("{\"collections\": [\"docs\", \"faq\"]}")))
                .isEmpty();
        assertThat(CollectionScopes.refusal(SCOPE, "POST", "/v1/ask", body("{\"collections\": [\"docs\", \"hr\"]}")))
                .contains("collection 'hr' is not one of");
        // none named: passed on, for retrieval-service to search only the key's collections
        assertThat(CollectionScopes.refusal(SCOPE, "POST", "/v1/search", body("{\"collection\": null}")))
                .isEmpty();
        assertThat(CollectionScopes.refusal(SCOPE, "POST", "/v1/ask", body("{\"question\": \"q\"}")))
                .isEmpty();
        // what is no name cannot be checked
        assertThat(CollectionScopes.refusal(SCOPE, "POST", "/v1/search", body("{\"collection\": [\"docs\"]}")))
                .contains("collection and collections must hold names, one of");
        assertThat(CollectionScopes.refusal(SCOPE, "POST", "/v1/search", body("{\"collections\": [\"docs\", 7]}")))
                .contains("collection and collections must hold names, one of");
        assertThat(CollectionScopes.refusal(SCOPE, "POST", "/v1/search", body("{\"collections\": \"hr\"}")))
                .contains("collection 'hr' is not one of");
        // /v1/rag: the model's collection and the extra body's collections
        assertThat(CollectionScopes.refusal(
                        SCOPE, "POST", "/v1/rag/chat/completions", body("{\"model\": \"rag/docs\"}")))
                .isEmpty();
        assertThat(CollectionScopes.refusal(SCOPE, "POST", "/v1/rag/chat/completions", body("{\"model\": \"rag\"}")))
                .isEmpty();
        assertThat(CollectionScopes.refusal(SCOPE, "POST", "/v1/rag/chat/completions", body("{\"model\": \"rag/hr\"}")))
                .contains("model 'rag/hr' is not 'rag' or 'rag/' and one of");
        assertThat(CollectionScopes.refusal(
                        SCOPE,
                        "POST",
                        "/v1/rag/chat/completions",
                        body("{\"model\": \"rag\", \"rag\": {\"collections\": [\"faq\", \"hr\"]}}")))
                .contains("collection 'hr' is not one of");
    }

    @Test
    void refusesWhatSpansCollectionsAndWhatItDoesNotName() {
        for (String path : List.of(
                "/v1/index/hnsw",
                "/v1/index/hnsw/rebuild",
                "/v1/new",
                "/v1/jobs",
                "/v1/folders",
                "/v1/buckets",
                "/v1/mailboxes",
                "/v1/drives",
                "/v1/containers",
                "/v1/repositories",
                "/v1/spaces",
                "/v1/projects",
                "/v1/guides",
                "/v1/gdrives",
                "/v1/kbs",
                "/v1/sites")) {
            assertThat(CollectionScopes.refusal(SCOPE, "GET", path, null))
                    .as(path)
                    .isPresent();
        }
        assertThat(CollectionScopes.refusal(SCOPE, "POST", "/v1/collections", null))
                .isPresent();
        // the list and jobs pass, narrowed by ingest-service to the key's collections, and the BM25 index status,
        // counted by retrieval-service over them
        assertThat(CollectionScopes.refusal(SCOPE, "GET", "/v1/collections", null))
                .isEmpty();
        assertThat(CollectionScopes.refusal(SCOPE, "GET", "/v1/index/status", null))
                .isEmpty();
        assertThat(CollectionScopes.refusal(SCOPE, "GET", "/v1/jobs/4", null)).isEmpty();
        assertThat(CollectionScopes.refusal(SCOPE, "DELETE", "/v1/jobs/4", null))
                .isPresent();
        // its documents, yes; the collection itself, no (nor one outside its scope)
        assertThat(CollectionScopes.refusal(SCOPE, "DELETE", "/v1/collections/docs", null))
                .contains("deleting collection 'docs' is for keys without a scope, not one limited to");
        assertThat(CollectionScopes.refusal(SCOPE, "DELETE", "/v1/collections/hr", null))
                .contains("collection 'hr' is not one of");
    }
}

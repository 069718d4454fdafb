package org.jrag.gateway.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyPermissionsTests {

    private final KeyPermissions permissions = new KeyPermissions(List.of("chatbot"), Set.of("ops", "chatbot"));

    @Test
    void aReadOnlyKeyReadsAndAsksOnly() {
        assertThat(permissions.allows("chatbot", "GET", "/v1/collections/docs/documents"))
                .isTrue();
        for (String path : KeyPermissions.READ_POSTS) {
            assertThat(permissions.allows("chatbot", "POST", path)).as(path).isTrue();
        }
        assertThat(permissions.allows("chatbot", "POST", "/v1/ask/")).isTrue();
        // its users' verdicts on the answers it got
        assertThat(permissions.allows("chatbot", "POST", "/v1/asks/0b6e/feedback"))
                .isTrue();
        assertThat(permissions.allows("chatbot", "POST", "/v1/asks/0b6e")).isFalse();
        assertThat(permissions.allows("chatbot", "POST", "/v1/collections")).isFalse();
        assertThat(permissions.allows("chatbot", "POST", "/v1/folders/handbook/sync"))
                .isFalse();
        assertThat(permissions.allows("chatbot", "POST", "/v1/collections/docs/documents/batch"))
                .isFalse();
        assertThat(permissions.allows("chatbot", "POST", "/v1/index/hnsw/rebuild"))
                .isFalse();
        assertThat(permissions.allows("chatbot", "POST", "/v1/search;jsessionid=1"))
                .isFalse();
        assertThat(permissions.allows("chatbot", "DELETE", "/v1/collections/docs/documents/1"))
                .isFalse();
        assertThat(permissions.allows("chatbot", "PUT", "/v1/search")).isFalse();
    }

    @Test
    void everyOtherKeyMayDoEverything() {
        assertThat(permissions.allows("ops", "DELETE", "/v1/collections/docs/documents/1"))
                .isTrue();
        assertThat(permissions.allows("ops", "POST", "/v1/index/hnsw/rebuild")).isTrue();
    }

    @Test
    void refusesAReadOnlyNameThatIsNoKey() {
        assertThatThrownBy(() -> new KeyPermissions(List.of("chatbto"), Set.of("chatbot")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rag.gateway.access.read-only-keys names 'chatbto', which is not a key of"
                        + " rag.gateway.access.api-keys");
    }
}

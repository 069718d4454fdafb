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
        assertThat(permissions.readOnly("chatbot")).isTrue();
        assertThat(KeyPermissions.readsOnly("GET", "/v1/collections/docs/documents"))
                .isTrue();
        for (String path : KeyPermissions.READ_POSTS) {
            assertThat(KeyPermissions.readsOnly("POST", path)).as(path).isTrue();
        }
        assertThat(KeyPermissions.readsOnly("POST", "/v1/ask/")).isTrue();
        // its users' verdicts on the answers it got
        assertThat(KeyPermissions.readsOnly("POST", "/v1/asks/0b6e/feedback")).isTrue();
        assertThat(KeyPermissions.readsOnly("POST", "/v1/asks/0b6e")).isFalse();
        assertThat(KeyPermissions.readsOnly("POST", "/v1/collections")).isFalse();
        assertThat(KeyPermissions.readsOnly("POST", "/v1/folders/handbook/sync"))
                .isFalse();
        assertThat(KeyPermissions.readsOnly("POST", "/v1/sites/wiki/sync")).isFalse();
        assertThat(KeyPermissions.readsOnly("POST", "/v1/buckets/archive/sync")).isFalse();
        assertThat(KeyPermissions.readsOnly("POST", "/v1/mailboxes/support/sync"))
                .isFalse();
        assertThat(KeyPermissions.readsOnly("POST", "/v1/drives/policies/sync")).isFalse();
        assertThat(KeyPermissions.readsOnly("POST", "/v1/containers/contracts/sync"))
                .isFalse();
        assertThat(KeyPermissions.readsOnly("POST", "/v1/repositories/handbook/sync"))
                .isFalse();
        assertThat(KeyPermissions.readsOnly("POST", "/v1/spaces/eng/sync")).isFalse();
        assertThat(KeyPermissions.readsOnly("POST", "/v1/projects/support/sync"))
                .isFalse();
        assertThat(KeyPermissions.readsOnly("POST", "/v1/guides/help/sync")).isFalse();
        assertThat(KeyPermissions.readsOnly("POST", "/v1/gdrives/team/sync")).isFalse();
        assertThat(KeyPermissions.readsOnly("POST", "/v1/kbs/it/sync")).isFalse();
        assertThat(KeyPermissions.readsOnly("POST", "/v1/collections/docs/documents/batch"))
                .isFalse();
        assertThat(KeyPermissions.readsOnly("POST", "/v1/index/hnsw/rebuild")).isFalse();
        assertThat(KeyPermissions.readsOnly("POST", "/v1/search;jsessionid=1")).isFalse();
        assertThat(KeyPermissions.readsOnly("DELETE", "/v1/collections/docs/documents/1"))
                .isFalse();
        assertThat(KeyPermissions.readsOnly("PUT", "/v1/search")).isFalse();
    }

    @Test
    void everyOtherKeyMayDoEverything() {
        assertThat(permissions.readOnly("ops")).isFalse();
    }

    @Test
    void refusesAReadOnlyNameThatIsNoKey() {
        assertThatThrownBy(() -> new KeyPermissions(List.of("chatbto"), Set.of("chatbot")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rag.gateway.access.read-only-keys names 'chatbto', which is not a key of"
                        + " rag.gateway.access.api-keys");
    }
}

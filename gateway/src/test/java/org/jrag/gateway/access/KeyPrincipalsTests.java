package org.jrag.gateway.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyPrincipalsTests {

    private static final Set<String> KEYS = Set.of("chatbot", "ops");

    @Test
    void readsEachKeysPrincipalsAndLeavesTheOthersReadingEveryDocument() {
        var principals = KeyPrincipals.parse(List.of(" chatbot = staff | user:bot "), KEYS);

        assertThat(principals.of("chatbot")).contains(Set.of("staff", "user:bot"));
        assertThat(principals.of("ops")).isEmpty();
    }

    @Test
    void refusesEntriesThatCannotBeRead() {
        assertThatThrownBy(() -> KeyPrincipals.parse(List.of("chatbot"), KEYS))
                .hasMessage("rag.gateway.access.key-principals entry 'chatbot' must be key=principal|principal");
        assertThatThrownBy(() -> KeyPrincipals.parse(List.of("chatbto=staff"), KEYS))
                .hasMessage("rag.gateway.access.key-principals names 'chatbto', which is not a key of"
                        + " rag.gateway.access.api-keys");
        assertThatThrownBy(() -> KeyPrincipals.parse(List.of("chatbot=staff,hr"), KEYS))
                .hasMessage("rag.gateway.access.key-principals entry for 'chatbot' holds 'staff,hr', which no"
                        + " document's readers can name (blank, or with a comma)");
        assertThatThrownBy(() -> KeyPrincipals.parse(List.of("chatbot=staff||hr"), KEYS))
                .hasMessageContaining("holds ''");
        assertThatThrownBy(() -> KeyPrincipals.parse(List.of("ops=a", "ops=b"), KEYS))
                .hasMessage("rag.gateway.access.key-principals names 'ops' twice");
    }
}

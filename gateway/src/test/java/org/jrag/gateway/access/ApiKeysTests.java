package org.jrag.gateway.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ApiKeysTests {

    @Test
    void findsTheNameOfAKnownSecretAndNothingForOthers() {
        ApiKeys keys = ApiKeys.parse(List.of("alice:s3cret-a", " bob : t0ken:b "));

        assertThat(keys.required()).isTrue();
        assertThat(keys.nameOf("s3cret-a")).contains("alice");
        assertThat(keys.nameOf("t0ken:b")).as("a secret may hold colons").contains("bob");
        assertThat(keys.nameOf("s3cret-A")).isEmpty();
        assertThat(keys.nameOf("")).isEmpty();
    }

    @Test
    void noEntriesMeansNoKeyIsRequired() {
        assertThat(ApiKeys.parse(List.of()).required()).isFalse();
    }

    @Test
    void refusesMalformedOrRepeatedEntriesWithoutEchoingSecrets() {
        assertThatThrownBy(() -> ApiKeys.parse(List.of("alice:a", "no-colon-here")))
                .hasMessage("rag.gateway.access.api-keys entry #1 must be name:secret with neither part blank");
        assertThatThrownBy(() -> ApiKeys.parse(List.of(":secret")))
                .hasMessageContaining("entry #0 must be name:secret");
        assertThatThrownBy(() -> ApiKeys.parse(List.of("alice: ")))
                .hasMessageContaining("entry #0 must be name:secret");
        assertThatThrownBy(() -> ApiKeys.parse(List.of("alice:one", "alice:two")))
                .hasMessage("rag.gateway.access.api-keys names 'alice' twice");
        assertThatThrownBy(() -> ApiKeys.parse(List.of("alice:same", "bob:same")))
                .hasMessage("rag.gateway.access.api-keys entry #1 ('bob') repeats another key's secret")
                .message()
                .doesNotContain("same'");
    }
}

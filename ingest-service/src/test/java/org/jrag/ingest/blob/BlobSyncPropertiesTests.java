package org.jrag.ingest.blob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class BlobSyncPropertiesTests {

    @Test
    void takesTheAccountsEndpointAndASignatureWithOrWithoutItsQuestionMark() {
        var container = new BlobSyncProperties.Container(
                "contracts",
                "legal",
                "mystorage",
                null,
                "docs",
                "legal",
                "?sv=1&sig=abc",
                null,
                null,
                null,
                null,
                null,
                null);

        assertThat(container.endpoint()).isEqualTo(URI.create("https://mystorage.blob.core.windows.net"));
        assertThat(container.prefix()).isEqualTo("legal/");
        assertThat(container.sasToken()).isEqualTo("sv=1&sig=abc");
        assertThat(container.location()).isEqualTo("https://mystorage.blob.core.windows.net/docs/legal/");
        assertThat(container.toString()).doesNotContain("sig=");
    }

    @Test
    void refusesAContainerWithoutAnAccountOrAWayToSignIn() {
        assertThatThrownBy(() -> new BlobSyncProperties.Container(
                        "contracts",
                        "legal",
                        "My Storage",
                        null,
                        "docs",
                        null,
                        "sv=1",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null))
                .hasMessageStartingWith(
                        "rag.ingest.blob-sync.containers[] (container 'contracts'): account must be a storage account's");
        assertThatThrownBy(() -> new BlobSyncProperties.Container(
                        "contracts",
                        "legal",
                        "mystorage",
                        null,
                        "docs",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null))
                .hasMessage("rag.ingest.blob-sync.containers[] (container 'contracts'): give a sas-token or oauth2,"
                        + " one of them");
    }
}

package org.jrag.ingest.blob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jrag.ingest.mirror.SyncedDocuments.sources;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jrag.ingest.document.DocxFixtures;
import org.jrag.ingest.mirror.MirrorRun;
import org.jrag.ingest.oauth.OAuth2Client;
import org.jrag.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * An Azure Blob Storage container kept in step with its collection through a stand-in for the Blob service and Entra
 * ID's token endpoint ({@link AzureBlobStandIn}), over real PostgreSQL + pgvector and real embeddings.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "rag.ingest.max-document-bytes=65536",
            "rag.ingest.blob-sync.initial-delay=1h" // the tests sync themselves
        })
class BlobSyncIT {

    private static final AzureBlobStandIn AZURE = azure();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        var db = TestDatabase.recreate("jrag_blob_it");
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
        registry.add("rag.ingest.blob-sync.containers[0].name", () -> "contracts");
        registry.add("rag.ingest.blob-sync.containers[0].collection", () -> "legal");
        registry.add(
                "rag.ingest.blob-sync.containers[0].endpoint",
                () -> AZURE.endpoint().toString());
        registry.add("rag.ingest.blob-sync.containers[0].container", () -> "docs");
        registry.add("rag.ingest.blob-sync.containers[0].prefix", () -> "legal");
        registry.add("rag.ingest.blob-sync.containers[0].sas-token", () -> "?" + AzureBlobStandIn.SAS);
    }

    private static AzureBlobStandIn azure() {
        try {
            return new AzureBlobStandIn("docs");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stopAzure() {
        AZURE.close();
    }

    @Autowired
    BlobSync sync;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @BeforeEach
    void emptyContainerAndCatalog() {
        jdbc.sql("TRUNCATE collection, document, chunk, change_log, ingest_job, folder_file, container_run"
                        + " RESTART IDENTITY CASCADE")
                .update();
        AZURE.clear();
    }

    @Test
    void storesChangesAndDeletesAsTheBlobsDoPageByPageWithASharedAccessSignature() {
        // given blobs under the prefix (more than a page), a folder placeholder, and a blob outside the prefix
        AZURE.put("legal/nda.md", "# NDA\n\nConfidential for five years.");
        AZURE.put("legal/2026/supplier terms.docx", DocxFixtures.docx(null, "#1 Terms", "Payment within 30 days."));
        AZURE.put("legal/2026/", new byte[0]);
        AZURE.put("legal/scan.png", "an image: left out");
        AZURE.put("finance/budget.md", "# Budget\n\nOutside the prefix.");

        // when
        MirrorRun first = sync();

        // then
        assertThat(first.error()).isNull();
        assertThat(first.stored()).isEqualTo(2);
        assertThat(sources(jdbc)).containsExactly("contracts/2026/supplier terms.docx", "contracts/nda.md");

        // and a second round downloads nothing again
        assertThat(sync().unchanged()).isEqualTo(2);
        assertThat(AZURE.downloads("legal/nda.md")).isEqualTo(1);

        // and a blob written anew (a new ETag) replaces its document, one deleted deletes it
        AZURE.put("legal/nda.md", "# NDA\n\nConfidential for ten years.");
        AZURE.delete("legal/2026/supplier terms.docx");
        MirrorRun third = sync();
        assertThat(third.replaced()).isEqualTo(1);
        assertThat(third.deleted()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT content FROM document WHERE source = 'contracts/nda.md'")
                        .query(String.class)
                        .single())
                .contains("ten years");
    }

    @Test
    void signsInAsAServicePrincipalInsteadAndReportsASignatureTheServiceRefuses() {
        AZURE.put("legal/nda.md", "# NDA\n\nConfidential for five years.");
        BlobSyncProperties.Container configured = sync.containers().get(0);
        var servicePrincipal = container(
                configured,
                null,
                new OAuth2Client(AZURE.tokenUrl(), "jrag-ingest", AzureBlobStandIn.CLIENT_SECRET, null));

        assertThat(sync.syncAll(List.of(servicePrincipal))).isTrue();
        assertThat(sync.lastRun("contracts").orElseThrow().stored()).isEqualTo(1);

        // and a signature that does not hold is the service's refusal, nothing deleted
        assertThat(sync.syncAll(List.of(container(configured, "sv=2023-11-03&sig=forged", null))))
                .isTrue();
        assertThat(sync.lastRun("contracts").orElseThrow().error())
                .isEqualTo("cannot list " + AZURE.endpoint() + "/docs/legal/: 403 AuthenticationFailed: Server failed"
                        + " to authenticate the request. Make sure the value of Authorization header is formed"
                        + " correctly including the signature.");
        assertThat(sources(jdbc)).containsExactly("contracts/nda.md");
    }

    @Test
    void listsTheContainersWithoutTheirSignatures() {
        String listed = RestClient.create("http://127.0.0.1:" + port)
                .get()
                .uri("/v1/containers")
                .retrieve()
                .body(String.class);

        assertThat(listed)
                .contains("\"location\":\"" + AZURE.endpoint() + "/docs/legal/\"")
                .doesNotContain("sig=");
    }

    private static BlobSyncProperties.Container container(
            BlobSyncProperties.Container configured, String sasToken, OAuth2Client oauth2) {
        return new BlobSyncProperties.Container(
                configured.name(),
                configured.collection(),
                null,
                configured.endpoint(),
                configured.container(),
                configured.prefix(),
                sasToken,
                oauth2,
                null,
                null,
                null,
                null,
                null);
    }

    private MirrorRun sync() {
        assertThat(sync.syncAll(sync.containers())).isTrue();
        return sync.lastRun("contracts").orElseThrow();
    }
}

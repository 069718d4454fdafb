package org.jrag.ingest.drive;

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
 * A SharePoint library kept in step with its collection through a stand-in for Microsoft Graph and Entra ID's token
 * endpoint ({@link GraphStandIn}), over real PostgreSQL + pgvector and real embeddings.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "rag.ingest.max-document-bytes=65536",
            "rag.ingest.drive-sync.initial-delay=1h" // the tests sync themselves
        })
class DriveSyncIT {

    private static final GraphStandIn GRAPH = graph();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        var db = TestDatabase.recreate("jrag_drive_it");
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
        registry.add("rag.ingest.drive-sync.drives[0].name", () -> "policies");
        registry.add("rag.ingest.drive-sync.drives[0].collection", () -> "hr");
        registry.add("rag.ingest.drive-sync.drives[0].drive-id", () -> "b!lib1");
        registry.add("rag.ingest.drive-sync.drives[0].folder", () -> "/HR Policies/");
        registry.add(
                "rag.ingest.drive-sync.drives[0].graph-url",
                () -> GRAPH.graphUrl().toString());
        registry.add(
                "rag.ingest.drive-sync.drives[0].oauth2.token-url",
                () -> GRAPH.tokenUrl().toString());
        registry.add("rag.ingest.drive-sync.drives[0].oauth2.client-id", () -> "jrag-ingest");
        registry.add("rag.ingest.drive-sync.drives[0].oauth2.client-secret", () -> GraphStandIn.CLIENT_SECRET);
    }

    private static GraphStandIn graph() {
        try {
            return new GraphStandIn("b!lib1");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stopGraph() {
        GRAPH.close();
    }

    @Autowired
    DriveSync sync;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @BeforeEach
    void emptyDriveAndCatalog() {
        jdbc.sql("TRUNCATE collection, document, chunk, change_log, ingest_job, folder_file, drive_run"
                        + " RESTART IDENTITY CASCADE")
                .update();
        GRAPH.clear();
    }

    @Test
    void storesChangesAndDeletesAsTheLibraryDoesDownloadingOnlyWhatChanged() {
        // given a library folder with subfolders, more files than a page, and a file outside the folder
        GRAPH.put("HR Policies/leave.md", "# Leave\n\nThirty days of leave a year.");
        GRAPH.put("HR Policies/travel/expenses.md", "# Expenses\n\nReceipts within a month.");
        GRAPH.put("HR Policies/travel/booking.docx", DocxFixtures.docx(null, "#1 Booking", "Book through the portal."));
        GRAPH.put("HR Policies/logo.png", "an image: left out");
        GRAPH.put("Finance/budget.md", "# Budget\n\nOutside the folder.");

        // when
        MirrorRun first = sync();

        // then
        assertThat(first.error()).isNull();
        assertThat(first.stored()).isEqualTo(3);
        assertThat(sources(jdbc))
                .containsExactly("policies/leave.md", "policies/travel/booking.docx", "policies/travel/expenses.md");
        assertThat(GRAPH.downloads("HR Policies/logo.png")).isZero();
        assertThat(jdbc.sql("SELECT metadata->>'url' FROM document WHERE source = 'policies/leave.md'")
                        .query(String.class)
                        .single())
                .isEqualTo(GraphStandIn.WEB + "HR%20Policies/leave.md");

        // and a second round downloads nothing, with the token it already has
        MirrorRun second = sync();
        assertThat(second.unchanged()).isEqualTo(3);
        assertThat(GRAPH.downloads("HR Policies/leave.md")).isEqualTo(1);
        assertThat(GRAPH.tokensIssued()).isEqualTo(1);

        // and a file edited (a new content tag) replaces its document, one deleted deletes it
        GRAPH.put("HR Policies/leave.md", "# Leave\n\nThirty-two days of leave a year.");
        GRAPH.delete("HR Policies/travel/expenses.md");
        MirrorRun third = sync();
        assertThat(third.replaced()).isEqualTo(1);
        assertThat(third.deleted()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT content FROM document WHERE source = 'policies/leave.md'")
                        .query(String.class)
                        .single())
                .contains("Thirty-two days");
    }

    @Test
    void waitsAsAThrottlingGraphAsksAndGoesOn() {
        GRAPH.put("HR Policies/leave.md", "# Leave\n\nThirty days of leave a year.");
        GRAPH.throttleNext(2);

        MirrorRun run = sync();

        assertThat(run.error()).isNull();
        assertThat(run.stored()).isEqualTo(1);
        assertThat(GRAPH.throttled()).isEqualTo(2);
    }

    @Test
    void aClientTheIdentityProviderRefusesIsReportedAndDeletesNothing() {
        GRAPH.put("HR Policies/leave.md", "# Leave\n\nThirty days of leave a year.");
        assertThat(sync().stored()).isEqualTo(1);
        DriveSyncProperties.Drive configured = sync.drives().get(0);
        var refused = new DriveSyncProperties.Drive(
                configured.name(),
                configured.collection(),
                configured.driveId(),
                configured.folder(),
                configured.graphUrl(),
                new OAuth2Client(configured.oauth2().tokenUrl(), "jrag-ingest", "wrong-secret", null),
                null,
                null,
                null,
                null,
                null);

        assertThat(sync.syncAll(List.of(refused))).isTrue();

        assertThat(sync.lastRun("policies").orElseThrow().error())
                .isEqualTo(
                        "cannot get an access token from " + GRAPH.tokenUrl() + ": 401 {\"error\":\"invalid_client\"}");
        assertThat(sources(jdbc)).containsExactly("policies/leave.md");
    }

    @Test
    void listsTheDrivesWithoutTheirSecrets() {
        String listed = RestClient.create("http://127.0.0.1:" + port)
                .get()
                .uri("/v1/drives")
                .retrieve()
                .body(String.class);

        assertThat(listed)
                .contains("\"location\":\"" + GRAPH.graphUrl() + "/drives/b!lib1/root:/HR Policies\"")
                .doesNotContain(GraphStandIn.CLIENT_SECRET);
    }

    private MirrorRun sync() {
        assertThat(sync.syncAll(sync.drives())).isTrue();
        return sync.lastRun("policies").orElseThrow();
    }
}

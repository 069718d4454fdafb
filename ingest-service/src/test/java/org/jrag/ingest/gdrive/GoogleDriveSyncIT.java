package org.jrag.ingest.gdrive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jrag.ingest.mirror.SyncedDocuments.column;
import static org.jrag.ingest.mirror.SyncedDocuments.readers;
import static org.jrag.ingest.mirror.SyncedDocuments.sources;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jrag.ingest.document.DocxFixtures;
import org.jrag.ingest.mirror.MirrorRun;
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
 * A Google Drive folder kept in step with its collection through a stand-in for Google's token endpoint and the Drive
 * API ({@link GoogleStandIn}), signed in as a service account with a real RSA key, over real PostgreSQL + pgvector and
 * real embeddings.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"rag.ingest.google-drive-sync.initial-delay=1h" // the tests sync themselves
        })
class GoogleDriveSyncIT {

    private static final GoogleStandIn GOOGLE = google();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        var db = TestDatabase.recreate("jrag_gdrive_it");
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
        registry.add("rag.ingest.google-drive-sync.drives[0].name", () -> "team");
        registry.add("rag.ingest.google-drive-sync.drives[0].collection", () -> "team-docs");
        registry.add("rag.ingest.google-drive-sync.drives[0].folder-id", () -> GoogleStandIn.ROOT);
        registry.add("rag.ingest.google-drive-sync.drives[0].service-account-key", GOOGLE::keyJson);
        registry.add(
                "rag.ingest.google-drive-sync.drives[0].api-url",
                () -> GOOGLE.url().toString());
        registry.add("rag.ingest.google-drive-sync.drives[0].readers", () -> "staff");
    }

    private static GoogleStandIn google() {
        try {
            return new GoogleStandIn();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stopGoogle() {
        GOOGLE.close();
    }

    @Autowired
    GoogleDriveSync sync;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @BeforeEach
    void emptyDriveAndCatalog() {
        jdbc.sql("TRUNCATE collection, document, chunk, change_log, ingest_job, folder_file, gdrive_run"
                        + " RESTART IDENTITY CASCADE")
                .update();
        GOOGLE.clear();
    }

    @Test
    void storesFilesAndExportedGoogleDocsAndFollowsTheirChanges() {
        // given more files than a listing page, a Google Doc, a Google Form, a subfolder, and two files of one name
        String handbook = GOOGLE.file(GoogleStandIn.ROOT, "handbook.md", bytes("# Handbook\n\nBadges open the doors."));
        String onboarding = GOOGLE.googleDoc(
                GoogleStandIn.ROOT, "Onboarding", DocxFixtures.docx(null, "#1 Onboarding", "Collect the laptop."));
        GOOGLE.googleForm(GoogleStandIn.ROOT, "Lunch survey");
        String hr = GOOGLE.folder(GoogleStandIn.ROOT, "HR");
        String leave = GOOGLE.file(hr, "leave.md", bytes("# Leave\n\nTwenty-five days a year."));
        String copy = GOOGLE.file(GoogleStandIn.ROOT, "handbook.md", bytes("# Handbook (old)\n\nKeys open doors."));

        MirrorRun first = sync();

        assertThat(first.error()).isNull();
        assertThat(first.stored()).isEqualTo(4);
        assertThat(sources(jdbc))
                .containsExactlyInAnyOrder(
                        "team/HR/leave.md",
                        "team/Onboarding.docx",
                        "team/handbook (" + copy + ").md",
                        "team/handbook.md");
        assertThat(column(jdbc, "content", "team/Onboarding.docx")).contains("Collect the laptop.");
        assertThat(column(jdbc, "content", "team/handbook.md")).contains("Badges open the doors.");
        assertThat(column(jdbc, "metadata->>'url'", "team/HR/leave.md"))
                .isEqualTo("https://drive.google.com/file/d/" + leave + "/view");
        assertThat(readers(jdbc, "team/handbook.md")).containsExactly("staff");

        // and a round without changes reads nothing again, with the token it kept
        MirrorRun second = sync();
        assertThat(second.unchanged()).isEqualTo(4);
        assertThat(GOOGLE.reads(onboarding)).isEqualTo(1);
        assertThat(GOOGLE.tokensIssued()).isEqualTo(1);

        // and an edited Google Doc replaces its document, a trashed file deletes its own
        GOOGLE.edit(onboarding, DocxFixtures.docx(null, "#1 Onboarding", "Collect the laptop and the badge."));
        GOOGLE.trash(leave);
        MirrorRun third = sync();
        assertThat(third.replaced()).isEqualTo(1);
        assertThat(third.deleted()).isEqualTo(1);
        assertThat(column(jdbc, "content", "team/Onboarding.docx")).contains("the laptop and the badge");
        assertThat(sources(jdbc)).doesNotContain("team/HR/leave.md");
        assertThat(GOOGLE.reads(handbook)).isEqualTo(1);
    }

    @Test
    void followsShortcutsToFilesAndFoldersElsewhereInDrive() {
        // given shortcuts in the folder to a folder and a file outside it, and one whose target was deleted
        String elsewhere = GOOGLE.folder("0AAnotherDrive000000", "Policies");
        GOOGLE.file(elsewhere, "travel.md", bytes("# Travel\n\nBook trains for trips under four hours."));
        String leave = GOOGLE.file("0AAnotherDrive000000", "leave.md", bytes("# Leave\n\nTwenty-five days a year."));
        String gone = GOOGLE.file("0AAnotherDrive000000", "gone.md", bytes("# Gone"));
        GOOGLE.shortcut(GoogleStandIn.ROOT, "Company policies", elsewhere);
        GOOGLE.shortcut(GoogleStandIn.ROOT, "Leave policy", leave);
        GOOGLE.shortcut(GoogleStandIn.ROOT, "gone.md", gone);
        GOOGLE.delete(gone);

        MirrorRun run = sync();

        assertThat(run.error()).isNull();
        assertThat(sources(jdbc)).containsExactlyInAnyOrder("team/Company policies/travel.md", "team/Leave policy.md");
        assertThat(column(jdbc, "content", "team/Leave policy.md")).contains("Twenty-five days a year.");
        assertThat(column(jdbc, "metadata->>'url'", "team/Leave policy.md"))
                .isEqualTo("https://drive.google.com/file/d/" + leave + "/view");
    }

    @Test
    void actsForAUserThroughDomainWideDelegation() {
        GOOGLE.file(GoogleStandIn.ROOT, "handbook.md", bytes("# Handbook\n\nBadges open the doors."));
        GoogleDriveSyncProperties.Drive configured = sync.drives().get(0);

        assertThat(sync.syncAll(
                        List.of(with(configured, GOOGLE.keyJson(), "docs-bot@example.com", configured.folderId()))))
                .isTrue();

        assertThat(sync.lastRun("team").orElseThrow().error()).isNull();
        assertThat(GOOGLE.subjects()).containsExactly("docs-bot@example.com");
        assertThat(sources(jdbc)).containsExactly("team/handbook.md");
    }

    @Test
    void aTokenTheApiRefusesIsReplacedByANewOne() {
        GOOGLE.file(GoogleStandIn.ROOT, "handbook.md", bytes("# Handbook\n\nBadges open the doors."));
        assertThat(sync().error()).isNull();
        int issued = GOOGLE.tokensIssued();

        GOOGLE.revokeTokens();
        GOOGLE.file(GoogleStandIn.ROOT, "faq.md", bytes("# FAQ\n\nAsk the service desk."));
        MirrorRun run = sync();

        assertThat(run.error()).isNull();
        assertThat(run.stored()).isEqualTo(1);
        assertThat(GOOGLE.tokensIssued()).isEqualTo(issued + 1);
    }

    @Test
    void waitsOutThrottledRequests() {
        GOOGLE.file(GoogleStandIn.ROOT, "handbook.md", bytes("# Handbook\n\nBadges open the doors."));
        GOOGLE.throttle(2);

        MirrorRun run = sync();

        assertThat(run.error()).isNull();
        assertThat(run.stored()).isEqualTo(1);
        assertThat(GOOGLE.throttled()).isEqualTo(2);
    }

    @Test
    void aRefusedKeyOrAnUnknownFolderIsReportedAndDeletesNothing() {
        GOOGLE.file(GoogleStandIn.ROOT, "handbook.md", bytes("# Handbook\n\nBadges open the doors."));
        assertThat(sync().stored()).isEqualTo(1);
        GoogleDriveSyncProperties.Drive configured = sync.drives().get(0);

        assertThat(sync.syncAll(List.of(with(configured, GOOGLE.forgedKeyJson(), null, configured.folderId()))))
                .isTrue();
        assertThat(sync.lastRun("team").orElseThrow().error())
                .isEqualTo("cannot get an access token for " + GoogleStandIn.CLIENT_EMAIL + " from " + GOOGLE.url()
                        + "/token: 400 invalid_grant: Invalid JWT Signature.");

        assertThat(sync.syncAll(List.of(with(configured, GOOGLE.keyJson(), null, "1NoSuchFolder0000"))))
                .isTrue();
        assertThat(sync.lastRun("team").orElseThrow().error())
                .isEqualTo("cannot list https://drive.google.com/drive/folders/1NoSuchFolder0000: 404 File not found:"
                        + " 1NoSuchFolder0000.");
        assertThat(sources(jdbc)).containsExactly("team/handbook.md");
    }

    @Test
    void listsTheDrivesWithTheirServiceAccountButNotItsKey() {
        String listed = RestClient.create("http://127.0.0.1:" + port)
                .get()
                .uri("/v1/gdrives")
                .retrieve()
                .body(String.class);

        assertThat(listed)
                .contains(
                        "\"location\":\"https://drive.google.com/drive/folders/" + GoogleStandIn.ROOT + "\"",
                        "\"serviceAccount\":\"" + GoogleStandIn.CLIENT_EMAIL + "\"")
                .doesNotContain("PRIVATE KEY");
    }

    private static GoogleDriveSyncProperties.Drive with(
            GoogleDriveSyncProperties.Drive drive, String key, String subject, String folderId) {
        return new GoogleDriveSyncProperties.Drive(
                drive.name(),
                drive.collection(),
                folderId,
                key,
                subject,
                drive.apiUrl(),
                null,
                null,
                drive.readers(),
                null,
                null);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private MirrorRun sync() {
        assertThat(sync.syncAll(sync.drives())).isTrue();
        return sync.lastRun("team").orElseThrow();
    }
}

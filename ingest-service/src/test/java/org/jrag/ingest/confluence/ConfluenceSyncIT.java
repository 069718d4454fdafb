package org.jrag.ingest.confluence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jrag.ingest.mirror.SyncedDocuments.column;
import static org.jrag.ingest.mirror.SyncedDocuments.readers;
import static org.jrag.ingest.mirror.SyncedDocuments.sources;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * A Confluence space kept in step with its collection through a stand-in for Confluence's REST API ({@link
 * ConfluenceStandIn}), over real PostgreSQL + pgvector and real embeddings.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "rag.ingest.max-document-bytes=65536",
            "rag.ingest.confluence-sync.initial-delay=1h" // the tests sync themselves
        })
class ConfluenceSyncIT {

    private static final ConfluenceStandIn CONFLUENCE = confluence();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        var db = TestDatabase.recreate("jrag_confluence_it");
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
        registry.add("rag.ingest.confluence-sync.spaces[0].name", () -> "eng");
        registry.add("rag.ingest.confluence-sync.spaces[0].collection", () -> "wiki");
        registry.add("rag.ingest.confluence-sync.spaces[0].url", () -> CONFLUENCE.url() + "/");
        registry.add("rag.ingest.confluence-sync.spaces[0].space-key", () -> ConfluenceStandIn.SPACE);
        registry.add("rag.ingest.confluence-sync.spaces[0].username", () -> ConfluenceStandIn.EMAIL);
        registry.add("rag.ingest.confluence-sync.spaces[0].token", () -> ConfluenceStandIn.API_TOKEN);
    }

    private static ConfluenceStandIn confluence() {
        try {
            return new ConfluenceStandIn();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stopConfluence() {
        CONFLUENCE.close();
    }

    @Autowired
    ConfluenceSync sync;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @BeforeEach
    void emptySpaceAndCatalog() {
        jdbc.sql("TRUNCATE collection, document, chunk, change_log, ingest_job, folder_file, space_run"
                        + " RESTART IDENTITY CASCADE")
                .update();
        CONFLUENCE.clear();
    }

    @Test
    void storesPagesAndAttachmentsAndFollowsTheirVersions() {
        // given more pages than a listing page, an attachment of a supported format and an image
        String onboarding = CONFLUENCE.page(
                "Onboarding",
                "<p>Every newcomer gets a buddy for the first month.</p>"
                        + "<table><tr><th>Week</th><th>Task</th></tr><tr><td>1</td><td>Laptop setup</td></tr></table>");
        CONFLUENCE.page("Release process", "<p>Releases ship every second Tuesday after the freeze.</p>");
        CONFLUENCE.page("Incident response", "<p>Page the on-call engineer through the escalation policy.</p>");
        CONFLUENCE.attach(
                onboarding, "checklist.docx", DocxFixtures.docx(null, "#1 Checklist", "Return the badge on leaving."));
        CONFLUENCE.attach(onboarding, "team photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        MirrorRun first = sync();

        assertThat(first.error()).isNull();
        assertThat(first.stored()).isEqualTo(4);
        assertThat(sources(jdbc))
                .containsExactly(
                        "eng/Incident response.html",
                        "eng/Onboarding.html",
                        "eng/Onboarding/checklist.docx",
                        "eng/Release process.html");
        assertThat(column(jdbc, "title", "eng/Onboarding.html")).isEqualTo("Onboarding");
        assertThat(column(jdbc, "content", "eng/Onboarding.html"))
                .contains("buddy for the first month", "Laptop setup");
        assertThat(column(jdbc, "content", "eng/Onboarding/checklist.docx")).contains("Return the badge");
        assertThat(column(jdbc, "metadata->>'url'", "eng/Onboarding.html"))
                .isEqualTo(CONFLUENCE.url() + "/spaces/ENG/pages/" + onboarding);
        assertThat(CONFLUENCE.mediaGotCredentials()).isFalse();

        // and a round without changes reads no page again
        MirrorRun second = sync();
        assertThat(second.unchanged()).isEqualTo(4);
        assertThat(CONFLUENCE.reads("Onboarding")).isEqualTo(1);

        // and a page edited (a new version) replaces its document, one deleted deletes it
        CONFLUENCE.page("Release process", "<p>Releases ship every Thursday after the freeze.</p>");
        CONFLUENCE.deletePage("Incident response");
        MirrorRun third = sync();
        assertThat(third.replaced()).isEqualTo(1);
        assertThat(third.deleted()).isEqualTo(1);
        assertThat(column(jdbc, "content", "eng/Release process.html")).contains("every Thursday");
        assertThat(CONFLUENCE.reads("Onboarding")).isEqualTo(1);
    }

    @Test
    void signsInWithADataCenterPersonalAccessToken() {
        CONFLUENCE.page("Onboarding", "<p>Every newcomer gets a buddy for the first month.</p>");
        ConfluenceSyncProperties.Space configured = sync.spaces().get(0);

        assertThat(sync.syncAll(List.of(withCredentials(configured, null, ConfluenceStandIn.PERSONAL_TOKEN))))
                .isTrue();

        MirrorRun run = sync.lastRun("eng").orElseThrow();
        assertThat(run.error()).isNull();
        assertThat(run.stored()).isEqualTo(1);
    }

    @Test
    void aRefusedTokenIsReportedAndDeletesNothing() {
        CONFLUENCE.page("Onboarding", "<p>Every newcomer gets a buddy for the first month.</p>");
        assertThat(sync().stored()).isEqualTo(1);
        ConfluenceSyncProperties.Space configured = sync.spaces().get(0);

        assertThat(sync.syncAll(List.of(withCredentials(configured, ConfluenceStandIn.EMAIL, "revoked"))))
                .isTrue();

        assertThat(sync.lastRun("eng").orElseThrow().error())
                .isEqualTo("cannot list " + CONFLUENCE.url()
                        + "/spaces/ENG: 401 Current user not permitted to use Confluence");
        assertThat(sources(jdbc)).containsExactly("eng/Onboarding.html");
    }

    @Test
    void listsTheSpacesWithoutTheirTokens() {
        String listed = RestClient.create("http://127.0.0.1:" + port)
                .get()
                .uri("/v1/spaces")
                .retrieve()
                .body(String.class);

        assertThat(listed)
                .contains("\"location\":\"" + CONFLUENCE.url() + "/spaces/ENG\"")
                .doesNotContain(ConfluenceStandIn.API_TOKEN);
    }

    @Test
    void restrictedPagesAreReadByWhomTheirRestrictionsAndTheirAncestorsNameAsConfluenceShowsThem() {
        // given pages restricted on their own and under a restricted page, one restricted to a Cloud account that
        // hides its e-mail, one to more users than a listing shows, an attachment and a page without restrictions
        String hr = CONFLUENCE.page("HR", "<p>Human resources handles contracts and leave.</p>");
        String salaries = CONFLUENCE.child(hr, "Salaries", "<p>Salary bands are reviewed each spring.</p>");
        String benefits = CONFLUENCE.child(hr, "Benefits", "<p>Benefits include a yearly health check.</p>");
        String board = CONFLUENCE.page("Board minutes", "<p>The board met on Monday to approve the budget.</p>");
        String rota = CONFLUENCE.page("Rota", "<p>The rota lists who is on call each week.</p>");
        CONFLUENCE.page("Opening hours", "<p>The office opens at eight.</p>");
        CONFLUENCE.attach(
                benefits, "benefits.docx", DocxFixtures.docx(null, "#1 Benefits", "A health check every year."));
        CONFLUENCE.restrict(hr, List.of("alice", "bob"), List.of("hr"));
        CONFLUENCE.restrict(salaries, List.of("alice", "carol"), List.of("payroll"));
        CONFLUENCE.restrict(board, List.of("account:5b10ac8d82e05b22cc7d4ef5"), List.of());
        CONFLUENCE.restrict(rota, List.of("ann", "ben", "cat", "dan", "eve"), List.of("ops", "sre", "noc"));

        MirrorRun first = sync();

        assertThat(first.error()).isNull();
        assertThat(first.stored()).isEqualTo(7);
        assertThat(readers(jdbc, "eng/HR.html")).containsExactlyInAnyOrder("user:alice", "user:bob", "hr");
        assertThat(readers(jdbc, "eng/Salaries.html")).containsExactly("user:alice");
        assertThat(readers(jdbc, "eng/Benefits.html")).containsExactlyInAnyOrder("user:alice", "user:bob", "hr");
        assertThat(readers(jdbc, "eng/Benefits/benefits.docx"))
                .containsExactlyInAnyOrder("user:alice", "user:bob", "hr");
        assertThat(readers(jdbc, "eng/Board minutes.html")).containsExactly(ConfluenceStore.RESTRICTED);
        assertThat(readers(jdbc, "eng/Rota.html"))
                .containsExactlyInAnyOrder(
                        "user:ann", "user:ben", "user:cat", "user:dan", "user:eve", "ops", "sre", "noc");
        assertThat(readers(jdbc, "eng/Opening hours.html")).isEmpty();

        // when a restriction is lifted (no new version), the pages under it follow without being read again
        long lastSeq =
                jdbc.sql("SELECT max(seq) FROM change_log").query(Long.class).single();
        CONFLUENCE.restrict(hr, List.of(), List.of());
        MirrorRun second = sync();

        assertThat(second.unchanged()).isEqualTo(7);
        assertThat(CONFLUENCE.reads("Benefits")).isEqualTo(1);
        assertThat(readers(jdbc, "eng/HR.html")).isEmpty();
        assertThat(readers(jdbc, "eng/Benefits/benefits.docx")).isEmpty();
        assertThat(readers(jdbc, "eng/Salaries.html")).containsExactlyInAnyOrder("user:alice", "user:carol", "payroll");
        assertThat(jdbc.sql("SELECT d.source FROM change_log c JOIN document d ON d.id = c.document_id"
                                + " WHERE c.seq > :seq AND c.operation = 'UPSERT' ORDER BY d.source")
                        .param("seq", lastSeq)
                        .query(String.class)
                        .list())
                .containsExactly("eng/Benefits.html", "eng/Benefits/benefits.docx", "eng/HR.html", "eng/Salaries.html");

        // and with restrictions off every document has the space's readers
        ConfluenceSyncProperties.Space configured = sync.spaces().get(0);
        assertThat(sync.syncAll(List.of(with(
                        configured, configured.username(), configured.token(), List.of("staff"), false, null, null))))
                .isTrue();
        assertThat(readers(jdbc, "eng/Salaries.html")).containsExactly("staff");
        assertThat(readers(jdbc, "eng/Board minutes.html")).containsExactly("staff");
    }

    @Test
    void storesBlogPostsByDayAndTitleWithTheirAttachmentsAndRestrictions() {
        CONFLUENCE.page("Onboarding", "<p>Every newcomer gets a buddy for the first month.</p>");
        String release = CONFLUENCE.post(
                "Release 2.0 is out", "<p>Version 2.0 brings offline mode and faster sync.</p>", "2026-11-30");
        String reorganisation = CONFLUENCE.post("Reorganisation", "<p>Two teams merge in January.</p>", "2026-12-01");
        CONFLUENCE.attach(release, "notes.docx", DocxFixtures.docx(null, "#1 Notes", "Offline mode needs 2 GB."));
        CONFLUENCE.restrict(reorganisation, List.of("alice"), List.of("leads"));

        MirrorRun first = sync();

        assertThat(first.error()).isNull();
        assertThat(sources(jdbc))
                .containsExactly(
                        "eng/Onboarding.html",
                        "eng/blog/2026-11-30 Release 2.0 is out.html",
                        "eng/blog/2026-11-30 Release 2.0 is out/notes.docx",
                        "eng/blog/2026-12-01 Reorganisation.html");
        assertThat(column(jdbc, "title", "eng/blog/2026-11-30 Release 2.0 is out.html"))
                .isEqualTo("Release 2.0 is out");
        assertThat(column(jdbc, "content", "eng/blog/2026-11-30 Release 2.0 is out/notes.docx"))
                .contains("Offline mode needs 2 GB.");
        assertThat(readers(jdbc, "eng/blog/2026-12-01 Reorganisation.html"))
                .containsExactlyInAnyOrder("user:alice", "leads");
        assertThat(readers(jdbc, "eng/blog/2026-11-30 Release 2.0 is out.html")).isEmpty();

        // and a space synced without its blog posts deletes theirs
        ConfluenceSyncProperties.Space configured = sync.spaces().get(0);
        assertThat(sync.syncAll(
                        List.of(with(configured, configured.username(), configured.token(), null, null, false, null))))
                .isTrue();
        assertThat(sources(jdbc)).containsExactly("eng/Onboarding.html");
    }

    @Test
    void syncsOnlyTheTreeOfARootPageWhenOneIsNamed() {
        String handbook = CONFLUENCE.page("Handbook", "<p>The handbook of the engineering team.</p>");
        String setup = CONFLUENCE.child(handbook, "Setup", "<p>Install the JDK and clone the repository.</p>");
        CONFLUENCE.child(setup, "IDE", "<p>Import the project as a Maven project.</p>");
        CONFLUENCE.attach(setup, "checklist.docx", DocxFixtures.docx(null, "#1 Checklist", "Ask for a laptop."));
        CONFLUENCE.page("Party", "<p>The summer party is in July.</p>");
        CONFLUENCE.post("Release 2.0 is out", "<p>Version 2.0 brings offline mode.</p>", "2026-11-30");
        ConfluenceSyncProperties.Space configured = sync.spaces().get(0);

        assertThat(sync.syncAll(
                        List.of(with(configured, configured.username(), configured.token(), null, null, null, setup))))
                .isTrue();

        assertThat(sync.lastRun("eng").orElseThrow().error()).isNull();
        assertThat(sources(jdbc)).containsExactly("eng/IDE.html", "eng/Setup.html", "eng/Setup/checklist.docx");
    }

    private static ConfluenceSyncProperties.Space withCredentials(
            ConfluenceSyncProperties.Space space, String username, String token) {
        return with(space, username, token, null, null, null, null);
    }

    private static ConfluenceSyncProperties.Space with(
            ConfluenceSyncProperties.Space space,
            String username,
            String token,
            List<String> readers,
            Boolean restrictions,
            Boolean blogPosts,
            String rootPage) {
        return new ConfluenceSyncProperties.Space(
                space.name(),
                space.collection(),
                space.url(),
                space.spaceKey(),
                username,
                token,
                null,
                blogPosts,
                rootPage,
                null,
                null,
                readers,
                restrictions,
                null,
                null);
    }

    private MirrorRun sync() {
        assertThat(sync.syncAll(sync.spaces())).isTrue();
        return sync.lastRun("eng").orElseThrow();
    }
}

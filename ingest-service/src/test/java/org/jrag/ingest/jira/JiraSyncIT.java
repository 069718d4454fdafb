package org.jrag.ingest.jira;

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
 * A Jira project kept in step with its collection through a stand-in for Jira's REST API ({@link JiraStandIn}), as
 * Cloud and as Data Center, over real PostgreSQL + pgvector and real embeddings.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "rag.ingest.max-document-bytes=65536",
            "rag.ingest.jira-sync.initial-delay=1h" // the tests sync themselves
        })
class JiraSyncIT {

    private static final JiraStandIn JIRA = jira();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        var db = TestDatabase.recreate("jrag_jira_it");
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
        registry.add("rag.ingest.jira-sync.projects[0].name", () -> "support");
        registry.add("rag.ingest.jira-sync.projects[0].collection", () -> "tickets");
        registry.add("rag.ingest.jira-sync.projects[0].url", () -> JIRA.url() + "/");
        registry.add("rag.ingest.jira-sync.projects[0].project-key", () -> "sup");
        registry.add("rag.ingest.jira-sync.projects[0].username", () -> JiraStandIn.EMAIL);
        registry.add("rag.ingest.jira-sync.projects[0].token", () -> JiraStandIn.API_TOKEN);
        registry.add("rag.ingest.jira-sync.projects[0].readers", () -> "staff");
    }

    private static JiraStandIn jira() {
        try {
            return new JiraStandIn();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stopJira() {
        JIRA.close();
    }

    @Autowired
    JiraSync sync;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @BeforeEach
    void emptyProjectAndCatalog() {
        jdbc.sql("TRUNCATE collection, document, chunk, change_log, ingest_job, folder_file, project_run"
                        + " RESTART IDENTITY CASCADE")
                .update();
        JIRA.clear();
    }

    @Test
    void storesIssuesWithTheirCommentsAndAttachmentsAndFollowsTheirUpdates() {
        // given more issues than a listing page, one with more comments than the issue shows, an attachment of a
        // supported format uploaded twice under one name, and an image
        String printer = JIRA.issue("Printer offline", "The *third floor* printer shows error 49.", "Done");
        JIRA.issue("VPN drops", "The VPN drops every hour on the hour.", "Open");
        String badge = JIRA.issue("Badge does not open the garage", "Since Monday the badge fails.", "Done");
        JIRA.comment(printer, "Grace Hopper", "Power-cycled it; error 49 is gone.");
        JIRA.comment(printer, "Ada Lovelace", "It came back after an hour.");
        JIRA.comment(printer, "Grace Hopper", "Replaced the fuser unit, which fixed it for good.");
        JIRA.attach(printer, "report.docx", DocxFixtures.docx(null, "#1 Report", "The old report says nothing."));
        JIRA.attach(printer, "report.docx", DocxFixtures.docx(null, "#1 Report", "The fuser unit was worn out."));
        JIRA.attach(printer, "photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        MirrorRun first = sync();

        assertThat(first.error()).isNull();
        assertThat(first.stored()).isEqualTo(4);
        assertThat(sources(jdbc))
                .containsExactly(
                        "support/SUP-1.html", "support/SUP-1/report.docx", "support/SUP-2.html", "support/SUP-3.html");
        assertThat(column(jdbc, "title", "support/SUP-1.html")).isEqualTo("SUP-1: Printer offline");
        assertThat(column(jdbc, "content", "support/SUP-1.html"))
                .contains(
                        "Type: Incident",
                        "Status: Done",
                        "Reporter: Ada Lovelace",
                        "Labels: printing, office",
                        "Components: Hardware",
                        "third floor printer shows error 49",
                        "Grace Hopper, 2026-12-02",
                        "Replaced the fuser unit")
                .doesNotContain("Assignee");
        assertThat(column(jdbc, "content", "support/SUP-1/report.docx"))
                .contains("fuser unit was worn out")
                .doesNotContain("old report");
        assertThat(column(jdbc, "metadata->>'url'", "support/SUP-1.html")).isEqualTo(JIRA.url() + "/browse/SUP-1");
        assertThat(column(jdbc, "metadata->>'url'", "support/SUP-1/report.docx"))
                .isEqualTo(JIRA.url() + "/browse/SUP-1");
        assertThat(readers(jdbc, "support/SUP-3.html")).containsExactly("staff");
        assertThat(JIRA.mediaGotCredentials()).isFalse();

        // and a round without changes reads no issue again
        MirrorRun second = sync();
        assertThat(second.unchanged()).isEqualTo(4);
        assertThat(JIRA.reads(printer)).isEqualTo(1);

        // and an issue commented on replaces its document, one deleted deletes it
        JIRA.comment(badge, "Grace Hopper", "The garage reader had lost its network cable.");
        JIRA.delete("SUP-2");
        MirrorRun third = sync();
        assertThat(third.replaced()).isEqualTo(1);
        assertThat(third.deleted()).isEqualTo(1);
        assertThat(column(jdbc, "content", "support/SUP-3.html")).contains("lost its network cable");
        assertThat(JIRA.reads(printer)).isEqualTo(1);
    }

    @Test
    void readsADataCenterSiteWithAPersonalAccessTokenBehindAnotherBaseUrlAndNarrowsByJql() {
        JIRA.dataCenter();
        String printer = JIRA.issue("Printer offline", "The third floor printer shows error 49.", "Done");
        JIRA.issue("VPN drops", "The VPN drops every hour on the hour.", "Open");
        JIRA.issue("Badge does not open the garage", "Since Monday the badge fails.", "Done");
        JIRA.issue("Monitor flickers", "The left monitor flickers when cold.", "Done");
        JIRA.attach(printer, "fuser report.docx", DocxFixtures.docx(null, "#1 Report", "The fuser unit was worn out."));
        JiraSyncProperties.Project configured = sync.projects().get(0);

        assertThat(sync.syncAll(List.of(with(configured, null, JiraStandIn.PERSONAL_TOKEN, "status = Done"))))
                .isTrue();

        MirrorRun run = sync.lastRun("support").orElseThrow();
        assertThat(run.error()).isNull();
        assertThat(sources(jdbc))
                .containsExactly(
                        "support/SUP-1.html",
                        "support/SUP-1/fuser report.docx",
                        "support/SUP-3.html",
                        "support/SUP-4.html");
        assertThat(column(jdbc, "content", "support/SUP-1/fuser report.docx")).contains("fuser unit was worn out");
    }

    @Test
    void anIssueUnderASecurityLevelIsReadOnlyByCallersThatReadEverything() {
        String printer = JIRA.issue("Printer offline", "The third floor printer shows error 49.", "Done");
        String salary = JIRA.issue("Salary slip missing", "My December slip is missing.", "Open");
        JIRA.attach(salary, "slip.docx", DocxFixtures.docx(null, "#1 Slip", "Net pay for December."));
        JIRA.secure(salary);

        assertThat(sync().stored()).isEqualTo(3);
        assertThat(readers(jdbc, "support/SUP-2.html")).containsExactly(JiraStore.RESTRICTED);
        assertThat(readers(jdbc, "support/SUP-2/slip.docx")).containsExactly(JiraStore.RESTRICTED);
        assertThat(readers(jdbc, "support/SUP-1.html")).containsExactly("staff");

        // a level set later (Jira leaves the issue's updated time) reaches its document at the next round, unread
        JIRA.secure(printer);
        MirrorRun second = sync();
        assertThat(second.error()).isNull();
        assertThat(readers(jdbc, "support/SUP-1.html")).containsExactly(JiraStore.RESTRICTED);
        assertThat(JIRA.reads(printer)).isEqualTo(1);
    }

    @Test
    void waitsOutThrottledRequests() {
        JIRA.issue("Printer offline", "The third floor printer shows error 49.", "Done");
        JIRA.throttle(2);

        MirrorRun run = sync();

        assertThat(run.error()).isNull();
        assertThat(run.stored()).isEqualTo(1);
        assertThat(JIRA.throttled()).isEqualTo(2);
    }

    @Test
    void aRefusedTokenOrAnUnknownProjectIsReportedAndDeletesNothing() {
        JIRA.issue("Printer offline", "The third floor printer shows error 49.", "Done");
        assertThat(sync().stored()).isEqualTo(1);
        JiraSyncProperties.Project configured = sync.projects().get(0);

        assertThat(sync.syncAll(List.of(with(configured, JiraStandIn.EMAIL, "revoked", null))))
                .isTrue();
        assertThat(sync.lastRun("support").orElseThrow().error())
                .isEqualTo("cannot list " + JIRA.url() + "/browse/SUP: 401 You are not authenticated."
                        + " Authentication required to perform this operation.");

        var elsewhere = new JiraSyncProperties.Project(
                "support",
                "tickets",
                configured.url(),
                "OPS",
                null,
                JiraStandIn.EMAIL,
                JiraStandIn.API_TOKEN,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        assertThat(sync.syncAll(List.of(elsewhere))).isTrue();
        assertThat(sync.lastRun("support").orElseThrow().error())
                .isEqualTo("cannot list " + JIRA.url()
                        + "/browse/OPS: 400 The value 'OPS' does not exist for the field 'project'.");
        assertThat(sources(jdbc)).containsExactly("support/SUP-1.html");
    }

    @Test
    void listsTheProjectsWithoutTheirTokens() {
        String listed = RestClient.create("http://127.0.0.1:" + port)
                .get()
                .uri("/v1/projects")
                .retrieve()
                .body(String.class);

        assertThat(listed)
                .contains("\"location\":\"" + JIRA.url() + "/browse/SUP\"", "\"comments\":true")
                .doesNotContain(JiraStandIn.API_TOKEN);
    }

    private static JiraSyncProperties.Project with(
            JiraSyncProperties.Project project, String username, String token, String jql) {
        return new JiraSyncProperties.Project(
                project.name(),
                project.collection(),
                project.url(),
                project.projectKey(),
                jql,
                username,
                token,
                null,
                null,
                null,
                null,
                project.readers(),
                null,
                null);
    }

    private MirrorRun sync() {
        assertThat(sync.syncAll(sync.projects())).isTrue();
        return sync.lastRun("support").orElseThrow();
    }
}

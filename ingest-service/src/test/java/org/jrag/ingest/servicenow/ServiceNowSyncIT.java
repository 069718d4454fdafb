package org.jrag.ingest.servicenow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jrag.ingest.mirror.SyncedDocuments.column;
import static org.jrag.ingest.mirror.SyncedDocuments.readers;
import static org.jrag.ingest.mirror.SyncedDocuments.sources;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
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
 * A ServiceNow knowledge base kept in step with its collection through a stand-in for the Table API ({@link
 * ServiceNowStandIn}), over real PostgreSQL + pgvector and real embeddings.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"rag.ingest.servicenow-sync.initial-delay=1h" // the tests sync themselves
        })
class ServiceNowSyncIT {

    private static final ServiceNowStandIn SERVICENOW = serviceNow();

    /** The user criteria of IT staff, whose articles the staff may read. */
    private static final String IT_STAFF = "0123456789abcdef0123456789abcdef";

    /** User criteria for whom no readers are configured. */
    private static final String CONTRACTORS = "fedcba9876543210fedcba9876543210";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        var db = TestDatabase.recreate("jrag_servicenow_it");
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
        registry.add("rag.ingest.servicenow-sync.knowledge-bases[0].name", () -> "it");
        registry.add("rag.ingest.servicenow-sync.knowledge-bases[0].collection", () -> "it-kb");
        registry.add("rag.ingest.servicenow-sync.knowledge-bases[0].url", () -> SERVICENOW.url() + "/");
        registry.add(
                "rag.ingest.servicenow-sync.knowledge-bases[0].knowledge-base", () -> ServiceNowStandIn.KNOWLEDGE_BASE);
        registry.add("rag.ingest.servicenow-sync.knowledge-bases[0].username", () -> ServiceNowStandIn.USERNAME);
        registry.add("rag.ingest.servicenow-sync.knowledge-bases[0].token", () -> ServiceNowStandIn.PASSWORD);
        registry.add("rag.ingest.servicenow-sync.knowledge-bases[0].readers", () -> "employees");
        registry.add("rag.ingest.servicenow-sync.knowledge-bases[0].criteria-readers." + IT_STAFF, () -> "staff,it");
    }

    private static ServiceNowStandIn serviceNow() {
        try {
            return new ServiceNowStandIn();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stopServiceNow() {
        SERVICENOW.close();
    }

    @Autowired
    ServiceNowSync sync;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @BeforeEach
    void emptyKnowledgeBaseAndCatalog() {
        jdbc.sql("TRUNCATE collection, document, chunk, change_log, ingest_job, folder_file, kb_run"
                        + " RESTART IDENTITY CASCADE")
                .update();
        SERVICENOW.clear();
    }

    @Test
    void storesThePublishedArticlesAndFollowsTheirUpdates() {
        // given more articles than a page, a wiki article, and an article of another knowledge base
        String printer = SERVICENOW.article("Fix a printer that shows error 49", "<p>Replace the fuser unit.</p>");
        String vpn = SERVICENOW.article("Connect to the VPN", "<p>Open the VPN client and sign in.</p>");
        String wifi = SERVICENOW.article("Join the guest Wi-Fi", "<p>Ask reception for the code.</p>");
        SERVICENOW.wiki(wifi, "Ask reception for the code.\n\nIt changes every Monday.");
        SERVICENOW.article("ffffffffffffffffffffffffffffffff", "Another knowledge base", "<p>Not ours.</p>");

        MirrorRun first = sync();

        assertThat(first.error()).isNull();
        assertThat(first.stored()).isEqualTo(3);
        assertThat(sources(jdbc)).containsExactly(source(printer), source(vpn), source(wifi));
        assertThat(column(jdbc, "title", source(printer))).isEqualTo(printer + ": Fix a printer that shows error 49");
        assertThat(column(jdbc, "content", source(printer)))
                .contains(
                        "Category: Printing",
                        "Author: Grace Hopper",
                        "Created: 2026-11-30",
                        "Updated: 2026-12-01",
                        "Replace the fuser unit.");
        assertThat(column(jdbc, "content", source(wifi))).contains("It changes every Monday.");
        assertThat(column(jdbc, "metadata->>'url'", source(vpn)))
                .isEqualTo(SERVICENOW.url() + "/kb_view.do?sysparm_article=" + vpn);
        assertThat(readers(jdbc, source(vpn))).containsExactly("employees");

        // and a round without changes reads no article again
        MirrorRun second = sync();
        assertThat(second.unchanged()).isEqualTo(3);
        assertThat(SERVICENOW.reads(printer)).isEqualTo(1);

        // and an edited article replaces its document, a retired one deletes it
        SERVICENOW.edit(vpn, "<p>Open the VPN client, sign in and approve the push notification.</p>");
        SERVICENOW.retire(wifi);
        MirrorRun third = sync();
        assertThat(third.replaced()).isEqualTo(1);
        assertThat(third.deleted()).isEqualTo(1);
        assertThat(column(jdbc, "content", source(vpn))).contains("approve the push notification");
        assertThat(sources(jdbc)).containsExactly(source(printer), source(vpn));
        assertThat(SERVICENOW.reads(printer)).isEqualTo(1);
    }

    @Test
    void anArticleOfUserCriteriaIsReadByThoseConfiguredForThemOrByNobody() {
        String open = SERVICENOW.article("Fix a printer", "<p>Replace the fuser.</p>");
        String staff = SERVICENOW.article("Printer service contract", "<p>Call the vendor.</p>");
        String contractors = SERVICENOW.article("Badges for contractors", "<p>Ask security.</p>");
        String both = SERVICENOW.article("VPN for staff and contractors", "<p>Sign in the same way.</p>");
        SERVICENOW.criteria(staff, IT_STAFF);
        SERVICENOW.criteria(contractors, CONTRACTORS);
        SERVICENOW.criteria(both, CONTRACTORS, IT_STAFF);

        assertThat(sync().stored()).isEqualTo(4);

        assertThat(readers(jdbc, source(open))).containsExactly("employees");
        assertThat(readers(jdbc, source(staff))).containsExactly("staff", "it");
        assertThat(readers(jdbc, source(contractors))).containsExactly(ServiceNowStore.RESTRICTED);
        assertThat(readers(jdbc, source(both))).containsExactly("staff", "it");
    }

    @Test
    void signsInWithAnOAuthTokenAndWaitsOutThrottledRequests() {
        SERVICENOW.article("Fix a printer", "<p>Replace the fuser.</p>");
        SERVICENOW.throttle(2);
        ServiceNowSyncProperties.KnowledgeBase configured =
                sync.knowledgeBases().get(0);

        assertThat(sync.syncAll(List.of(with(configured, null, ServiceNowStandIn.OAUTH_TOKEN))))
                .isTrue();

        MirrorRun run = sync.lastRun("it").orElseThrow();
        assertThat(run.error()).isNull();
        assertThat(run.stored()).isEqualTo(1);
        assertThat(SERVICENOW.throttled()).isEqualTo(2);
    }

    @Test
    void aRefusedPasswordIsReportedAndDeletesNothing() {
        String printer = SERVICENOW.article("Fix a printer", "<p>Replace the fuser.</p>");
        assertThat(sync().stored()).isEqualTo(1);
        ServiceNowSyncProperties.KnowledgeBase configured =
                sync.knowledgeBases().get(0);

        assertThat(sync.syncAll(List.of(with(configured, ServiceNowStandIn.USERNAME, "expired"))))
                .isTrue();

        assertThat(sync.lastRun("it").orElseThrow().error())
                .isEqualTo("cannot list " + SERVICENOW.url() + "/kb?kb=" + ServiceNowStandIn.KNOWLEDGE_BASE
                        + ": 401 User Not Authenticated: Required to provide Auth information");
        assertThat(sources(jdbc)).containsExactly(source(printer));
    }

    @Test
    void listsTheKnowledgeBasesWithoutTheirTokens() {
        String listed = RestClient.create("http://127.0.0.1:" + port)
                .get()
                .uri("/v1/kbs")
                .retrieve()
                .body(String.class);

        assertThat(listed)
                .contains("\"name\":\"it\"", "\"location\":\"" + SERVICENOW.url() + "/kb?kb=")
                .doesNotContain(ServiceNowStandIn.PASSWORD);
    }

    private static ServiceNowSyncProperties.KnowledgeBase with(
            ServiceNowSyncProperties.KnowledgeBase base, String username, String token) {
        return new ServiceNowSyncProperties.KnowledgeBase(
                base.name(),
                base.collection(),
                base.url(),
                base.knowledgeBase(),
                username,
                token,
                base.criteriaReaders(),
                null,
                null,
                base.readers(),
                null,
                null);
    }

    private static String source(String number) {
        return "it/" + number + ".html";
    }

    private MirrorRun sync() {
        assertThat(sync.syncAll(sync.knowledgeBases())).isTrue();
        return sync.lastRun("it").orElseThrow();
    }
}

package org.jrag.ingest.zendesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.jrag.ingest.mirror.SyncedDocuments.column;
import static org.jrag.ingest.mirror.SyncedDocuments.readers;
import static org.jrag.ingest.mirror.SyncedDocuments.sources;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
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
 * A Zendesk help center kept in step with its collection through a stand-in for the Help Center API ({@link
 * ZendeskStandIn}), over real PostgreSQL + pgvector and real embeddings.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"rag.ingest.zendesk-sync.initial-delay=1h" // the tests sync themselves
        })
class ZendeskSyncIT {

    private static final ZendeskStandIn ZENDESK = zendesk();

    /** The user segment of agents, whose articles the staff may read. */
    private static final long AGENTS = 9001;

    /** A segment of one organization's users, for whom no readers are configured. */
    private static final long ACME = 9002;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        var db = TestDatabase.recreate("jrag_zendesk_it");
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
        registry.add("rag.ingest.zendesk-sync.guides[0].name", () -> "help");
        registry.add("rag.ingest.zendesk-sync.guides[0].collection", () -> "help-center");
        registry.add("rag.ingest.zendesk-sync.guides[0].url", () -> ZENDESK.url() + "/");
        registry.add("rag.ingest.zendesk-sync.guides[0].username", () -> ZendeskStandIn.EMAIL);
        registry.add("rag.ingest.zendesk-sync.guides[0].token", () -> ZendeskStandIn.API_TOKEN);
        registry.add("rag.ingest.zendesk-sync.guides[0].readers", () -> "everyone-at-work");
        registry.add("rag.ingest.zendesk-sync.guides[0].segment-readers." + AGENTS, () -> "staff,support");
    }

    private static ZendeskStandIn zendesk() {
        try {
            return new ZendeskStandIn();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stopZendesk() {
        ZENDESK.close();
    }

    @Autowired
    ZendeskSync sync;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @BeforeEach
    void emptyHelpCenterAndCatalog() {
        jdbc.sql("TRUNCATE collection, document, chunk, change_log, ingest_job, folder_file, guide_run"
                        + " RESTART IDENTITY CASCADE")
                .update();
        ZENDESK.clear();
    }

    @Test
    void storesThePublishedArticlesAndFollowsTheirEdits() {
        // given more articles than a listing page, and a draft
        long printer = ZENDESK.article(
                "2001", "Fix a printer that shows error 49", "<p>Turn the printer off and on; replace the fuser.</p>");
        long vpn = ZENDESK.article("2002", "Connect to the VPN", "<p>Open the VPN client and sign in.</p>");
        long travel = ZENDESK.article("3001", "Book a business trip", "<p>Trips are booked in the travel tool.</p>");
        long draft = ZENDESK.article("2002", "Work from abroad", "<p>Ask your manager first.</p>");
        ZENDESK.draft(draft, true);

        MirrorRun first = sync();

        assertThat(first.error()).isNull();
        assertThat(first.stored()).isEqualTo(3);
        assertThat(sources(jdbc)).containsExactly(source(printer), source(vpn), source(travel));
        assertThat(column(jdbc, "title", source(printer))).isEqualTo("Fix a printer that shows error 49");
        assertThat(column(jdbc, "content", source(printer)))
                .contains(
                        "Section: Printing",
                        "Labels: howto, office",
                        "Updated: 2026-12-01",
                        "Turn the printer off and on; replace the fuser.");
        assertThat(column(jdbc, "metadata->>'url'", source(printer)))
                .isEqualTo(ZendeskStandIn.OWN_HOST + "/hc/en-us/articles/" + printer
                        + "-Fix-a-printer-that-shows-error-49");
        assertThat(readers(jdbc, source(vpn))).containsExactly("everyone-at-work");

        // and a round without changes reads no article again
        MirrorRun second = sync();
        assertThat(second.unchanged()).isEqualTo(3);
        assertThat(ZENDESK.reads(printer)).isEqualTo(1);

        // and an edited article replaces its document, a deleted one deletes it, a published draft is stored
        ZENDESK.edit(vpn, "<p>Open the VPN client, sign in and approve the push notification.</p>");
        ZENDESK.delete(travel);
        ZENDESK.draft(draft, false);
        MirrorRun third = sync();
        assertThat(third.replaced()).isEqualTo(1);
        assertThat(third.deleted()).isEqualTo(1);
        assertThat(third.stored()).isEqualTo(1);
        assertThat(column(jdbc, "content", source(vpn))).contains("approve the push notification");
        assertThat(sources(jdbc)).containsExactly(source(printer), source(vpn), source(draft));
        assertThat(ZENDESK.reads(printer)).isEqualTo(1);
    }

    @Test
    void anArticleOfAUserSegmentIsReadByThoseConfiguredForItOrByNobody() {
        long printer = ZENDESK.article("2001", "Fix a printer", "<p>Replace the fuser.</p>");
        long internal = ZENDESK.article("2001", "Printer service contract", "<p>Call the vendor on 555-0100.</p>");
        long acme = ZENDESK.article("2002", "VPN for Acme", "<p>Acme users sign in with their own accounts.</p>");
        long both = ZENDESK.article("2002", "VPN for agents and Acme", "<p>Both sign in the same way.</p>");
        ZENDESK.segments(internal, AGENTS);
        ZENDESK.segments(acme, ACME);
        ZENDESK.segments(both, ACME, AGENTS);

        assertThat(sync().stored()).isEqualTo(4);

        assertThat(readers(jdbc, source(printer))).containsExactly("everyone-at-work");
        assertThat(readers(jdbc, source(internal))).containsExactly("staff", "support");
        assertThat(readers(jdbc, source(acme))).containsExactly(ZendeskStore.RESTRICTED);
        assertThat(readers(jdbc, source(both))).containsExactly("staff", "support");

        // a segment set later reaches its document at the next round
        ZENDESK.segments(printer, AGENTS);
        assertThat(sync().error()).isNull();
        assertThat(readers(jdbc, source(printer))).containsExactly("staff", "support");
    }

    @Test
    void narrowsToCategoriesInALocaleWithAnOAuthTokenOverOffsetPages() {
        ZENDESK.offsetPages();
        ZENDESK.article("2001", "Fix a printer", "<p>Replace the fuser.</p>");
        long drucker = ZENDESK.article("de", "2001", "Drucker reparieren", "<p>Die Fixiereinheit tauschen.</p>");
        long vpn = ZENDESK.article("de", "2002", "VPN verbinden", "<p>Den VPN-Client öffnen.</p>");
        long reise = ZENDESK.article("de", "2002", "Homeoffice", "<p>Zuerst die Führungskraft fragen.</p>");
        ZENDESK.article("de", "3001", "Dienstreise buchen", "<p>Reisen bucht das Reisetool.</p>");
        ZendeskSyncProperties.Guide configured = sync.guides().get(0);

        var german = new ZendeskSyncProperties.Guide(
                configured.name(),
                configured.collection(),
                configured.url(),
                "de",
                List.of(ZendeskStandIn.HOW_TO),
                null,
                ZendeskStandIn.OAUTH_TOKEN,
                null,
                null,
                null,
                null,
                "german",
                null);
        assertThat(sync.syncAll(List.of(german))).isTrue();

        MirrorRun run = sync.lastRun("help").orElseThrow();
        assertThat(run.error()).isNull();
        assertThat(sources(jdbc)).containsExactly(source(drucker), source(vpn), source(reise));
        assertThat(column(jdbc, "content", source(drucker)))
                .contains("Section: Printing", "Die Fixiereinheit tauschen.");
        assertThat(jdbc.sql("SELECT language FROM collection")
                        .query(String.class)
                        .single())
                .isEqualTo("german");
    }

    @Test
    void waitsOutThrottledRequests() {
        ZENDESK.article("2001", "Fix a printer", "<p>Replace the fuser.</p>");
        ZENDESK.throttle(2);

        MirrorRun run = sync();

        assertThat(run.error()).isNull();
        assertThat(run.stored()).isEqualTo(1);
        assertThat(ZENDESK.throttled()).isEqualTo(2);
    }

    @Test
    void aRefusedTokenOrAnUnknownCategoryIsReportedAndDeletesNothing() {
        long printer = ZENDESK.article("2001", "Fix a printer", "<p>Replace the fuser.</p>");
        assertThat(sync().stored()).isEqualTo(1);
        ZendeskSyncProperties.Guide configured = sync.guides().get(0);

        assertThat(sync.syncAll(List.of(with(configured, List.of(), "revoked"))))
                .isTrue();
        assertThat(sync.lastRun("help").orElseThrow().error())
                .isEqualTo("cannot list " + ZENDESK.url() + "/hc: 401 Couldn't authenticate you");

        assertThat(sync.syncAll(List.of(with(configured, List.of("404"), ZendeskStandIn.API_TOKEN))))
                .isTrue();
        assertThat(sync.lastRun("help").orElseThrow().error())
                .isEqualTo("cannot list " + ZENDESK.url() + "/hc: 404 RecordNotFound: Not found");
        assertThat(sources(jdbc)).containsExactly(source(printer));
    }

    @Test
    void reportsHowEachHelpCentersLastRunWentForAlerts() {
        assertThat(metric("rag_ingest_sync_failing")).isEqualTo("NaN");

        ZENDESK.article("2001", "Fix a printer", "<p>Replace the fuser.</p>");
        assertThat(sync().error()).isNull();
        assertThat(metric("rag_ingest_sync_failing")).isEqualTo("0.0");
        assertThat(metric("rag_ingest_sync_failed_files")).isEqualTo("0.0");
        double finished = Double.parseDouble(metric("rag_ingest_sync_last_run_seconds"));
        assertThat(finished)
                .isCloseTo(sync.lastRun("help").orElseThrow().finishedAt().toEpochMilli() / 1000.0, within(0.001));

        ZendeskSyncProperties.Guide configured = sync.guides().get(0);
        sync.syncAll(List.of(with(configured, List.of(), "revoked")));
        assertThat(metric("rag_ingest_sync_failing")).isEqualTo("1.0");
    }

    /** The value of the help center's gauge of that name on this instance's Prometheus page. */
    private String metric(String name) {
        String page = RestClient.create("http://127.0.0.1:" + port)
                .get()
                .uri("/actuator/prometheus")
                .retrieve()
                .body(String.class);
        String series = name + "{kind=\"guide\",name=\"help\"} ";
        return page.lines()
                .filter(line -> line.startsWith(series))
                .map(line -> line.substring(series.length()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(series + "not on the page"));
    }

    @Test
    void listsTheHelpCentersWithoutTheirTokens() {
        String listed = RestClient.create("http://127.0.0.1:" + port)
                .get()
                .uri("/v1/guides")
                .retrieve()
                .body(String.class);

        assertThat(listed)
                .contains("\"name\":\"help\"", "\"location\":\"" + ZENDESK.url() + "/hc\"")
                .doesNotContain(ZendeskStandIn.API_TOKEN);
        assertThat(sync.guides().get(0).segmentReaders()).isEqualTo(Map.of("9001", List.of("staff", "support")));
    }

    private static ZendeskSyncProperties.Guide with(
            ZendeskSyncProperties.Guide guide, List<String> categories, String token) {
        return new ZendeskSyncProperties.Guide(
                guide.name(),
                guide.collection(),
                guide.url(),
                guide.locale(),
                categories,
                guide.username(),
                token,
                guide.segmentReaders(),
                null,
                null,
                guide.readers(),
                null,
                null);
    }

    private static String source(long article) {
        return "help/" + article + ".html";
    }

    private MirrorRun sync() {
        assertThat(sync.syncAll(sync.guides())).isTrue();
        return sync.lastRun("help").orElseThrow();
    }
}

package org.jrag.ingest.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jrag.ingest.document.EmailFixtures;
import org.jrag.ingest.document.PdfFixtures;
import org.jrag.ingest.mirror.MirrorRun;
import org.jrag.ingest.oauth.OAuth2Client;
import org.jrag.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * A mailbox kept in step with its collection, over real PostgreSQL + pgvector and real embeddings, against an IMAP
 * server in this JVM (GreenMail), read by Jakarta Mail as any IMAP server would be.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "rag.ingest.max-document-bytes=65536",
            "rag.ingest.mailbox-sync.initial-delay=1h" // the tests sync themselves
        })
class MailboxSyncIT {

    private static final String PASSWORD = "s3cr3t-mailbox";
    private static final String ACCESS_TOKEN = "eyJ0eXAi.access-token-for-tests";
    private static final GreenMail IMAP = imap();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        var db = TestDatabase.recreate("jrag_mailbox_it");
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
        registry.add("rag.ingest.mailbox-sync.mailboxes[0].name", () -> "support");
        registry.add("rag.ingest.mailbox-sync.mailboxes[0].collection", () -> "tickets");
        registry.add("rag.ingest.mailbox-sync.mailboxes[0].host", () -> "127.0.0.1");
        registry.add(
                "rag.ingest.mailbox-sync.mailboxes[0].port",
                () -> IMAP.getImap().getPort());
        registry.add("rag.ingest.mailbox-sync.mailboxes[0].security", () -> "none");
        registry.add("rag.ingest.mailbox-sync.mailboxes[0].username", () -> "support");
        registry.add("rag.ingest.mailbox-sync.mailboxes[0].password", () -> PASSWORD);
        registry.add("rag.ingest.mailbox-sync.mailboxes[0].folders", () -> "INBOX,Archive");
    }

    private static GreenMail imap() {
        var mail = new GreenMail(ServerSetupTest.IMAP.dynamicPort());
        mail.start();
        mail.setUser("support@example.com", "support", PASSWORD);
        return mail;
    }

    @AfterAll
    static void stopServer() {
        IMAP.stop();
    }

    @Autowired
    MailboxSync sync;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @BeforeEach
    void emptyMailboxAndCatalog() throws Exception {
        jdbc.sql("TRUNCATE collection, document, chunk, change_log, ingest_job, folder_file, mailbox_run"
                        + " RESTART IDENTITY CASCADE")
                .update();
        IMAP.purgeEmailFromAllMailboxes();
        try (Store store = client()) {
            Folder archive = store.getFolder("Archive");
            if (!archive.exists()) {
                archive.create(Folder.HOLDS_MESSAGES);
            }
        }
    }

    @Test
    void storesEachMessageWithItsAttachmentsOnceAndDeletesTheDocumentsOfMessagesGone() throws Exception {
        // given two messages in the inbox, one with a report attached, and one archived
        deliver("INBOX", EmailFixtures.message("Printer jams", EmailFixtures.text("The printer on floor 2 jams.")));
        deliver(
                "INBOX",
                EmailFixtures.message(
                        "Quarterly report",
                        EmailFixtures.text("See the attachment."),
                        EmailFixtures.attachment(
                                "report.pdf", "application/pdf", PdfFixtures.pages("Report", "Revenue grew."))));
        deliver("Archive", EmailFixtures.message("VPN fixed", EmailFixtures.text("Reconnect to the VPN.")));

        // when
        MirrorRun first = sync();

        // then each is a document titled by its subject, its attachment's text in it
        assertThat(first.error()).isNull();
        assertThat(first.stored()).isEqualTo(3);
        assertThat(titles()).containsExactly("Printer jams", "Quarterly report", "VPN fixed");
        assertThat(jdbc.sql("SELECT source FROM document ORDER BY source")
                        .query(String.class)
                        .list())
                .allMatch(source -> source.matches("support/(INBOX|Archive)/\\d+/\\d+\\.eml"));
        assertThat(jdbc.sql("SELECT content FROM document WHERE title = 'Quarterly report'")
                        .query(String.class)
                        .single())
                .contains("Attachment: report.pdf")
                .contains("Revenue grew.");

        // and the next round reads none of them again
        MirrorRun second = sync();
        assertThat(second.unchanged()).isEqualTo(3);
        assertThat(second.stored() + second.replaced()).isZero();

        // and a message deleted from the server deletes its document, a new one is stored
        expunge("INBOX", "Printer jams");
        deliver("INBOX", EmailFixtures.message("Badge reader", EmailFixtures.text("The badge reader is offline.")));
        MirrorRun third = sync();
        assertThat(third.deleted()).isEqualTo(1);
        assertThat(third.stored()).isEqualTo(1);
        assertThat(titles()).containsExactly("Badge reader", "Quarterly report", "VPN fixed");
    }

    @Test
    void aWrongPasswordIsReportedAndDeletesNothing() throws Exception {
        deliver("INBOX", EmailFixtures.message("Printer jams", EmailFixtures.text("The printer on floor 2 jams.")));
        assertThat(sync().stored()).isEqualTo(1);
        MailboxSyncProperties.Mailbox configured = sync.mailboxes().get(0);
        var wrong = new MailboxSyncProperties.Mailbox(
                configured.name(),
                configured.collection(),
                configured.host(),
                configured.port(),
                configured.security(),
                configured.username(),
                "not-the-password",
                null,
                configured.folders(),
                configured.delete(),
                configured.readers(),
                configured.language(),
                configured.redact());

        assertThat(sync.syncAll(List.of(wrong))).isTrue();

        assertThat(sync.lastRun("support").orElseThrow().error())
                .startsWith(
                        "cannot list imap://support@127.0.0.1:" + IMAP.getImap().getPort() + ": ");
        assertThat(titles()).containsExactly("Printer jams");
    }

    @Test
    void listsTheMailboxesWithoutTheirPasswordsAndSyncsOneOnRequest() throws Exception {
        deliver("INBOX", EmailFixtures.message("Printer jams", EmailFixtures.text("The printer on floor 2 jams.")));
        RestClient http = RestClient.builder()
                .baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> {})
                .build();

        ResponseEntity<JsonNode> started =
                http.post().uri("/v1/mailboxes/support/sync").retrieve().toEntity(JsonNode.class);
        ResponseEntity<JsonNode> unknown =
                http.post().uri("/v1/mailboxes/nope/sync").retrieve().toEntity(JsonNode.class);
        String listed = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            listed = http.get().uri("/v1/mailboxes").retrieve().body(String.class);
            if (listed.contains("\"stored\":1")) {
                break;
            }
            Thread.sleep(100);
        }

        assertThat(started.getStatusCode().value()).isEqualTo(202);
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(unknown.getBody().get("type").asString()).endsWith("/mailbox-not-found");
        assertThat(listed)
                .contains("\"location\":\"imap://support@127.0.0.1:"
                        + IMAP.getImap().getPort() + "\"")
                .contains("\"folders\":[\"INBOX\",\"Archive\"]")
                .contains("\"stored\":1")
                .doesNotContain(PASSWORD);
    }

    @Test
    void signsInWithAnAccessTokenFromTheClientCredentialsGrantAndKeepsItUntilItExpires() throws Exception {
        // given a mailbox that signs in with OAuth 2.0 (XOAUTH2), as Microsoft 365 wants, and a token endpoint
        IMAP.setUser("oauth@example.com", "oauth", ACCESS_TOKEN);
        List<String> forms = new CopyOnWriteArrayList<>();
        HttpServer idp = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        idp.createContext("/tenant/oauth2/v2.0/token", exchange -> {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            forms.add(form);
            boolean good = form.contains("client_secret=app-secret");
            byte[] body = (good
                            ? "{\"token_type\":\"Bearer\",\"expires_in\":3599,\"access_token\":\"" + ACCESS_TOKEN
                                    + "\"}"
                            : "{\"error\":\"invalid_client\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(good ? 200 : 401, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        idp.start();
        try {
            deliver("oauth", ACCESS_TOKEN, "INBOX", EmailFixtures.message("Token", EmailFixtures.text("Signed in.")));
            URI tokenUrl = URI.create("http://127.0.0.1:" + idp.getAddress().getPort() + "/tenant/oauth2/v2.0/token");
            MailboxSyncProperties.Mailbox mailbox = oauthMailbox(tokenUrl, "app-secret");

            // when it is synced twice
            assertThat(sync.syncAll(List.of(mailbox))).isTrue();
            MirrorRun first = sync.lastRun("support").orElseThrow();
            assertThat(sync.syncAll(List.of(mailbox))).isTrue();

            // then its message is stored, and one token served both rounds
            assertThat(first.error()).isNull();
            assertThat(first.stored()).isEqualTo(1);
            assertThat(sync.lastRun("support").orElseThrow().unchanged()).isEqualTo(1);
            assertThat(forms)
                    .singleElement()
                    .satisfies(form -> assertThat(form)
                            .contains("grant_type=client_credentials")
                            .contains("client_id=jrag-ingest")
                            .contains("scope=https%3A%2F%2Foutlook.office365.com%2F.default"));

            // and a client the identity provider refuses is reported, nothing deleted
            assertThat(sync.syncAll(List.of(oauthMailbox(tokenUrl, "wrong-secret"))))
                    .isTrue();
            assertThat(sync.lastRun("support").orElseThrow().error())
                    .isEqualTo("cannot get an access token from " + tokenUrl + ": 401 {\"error\":\"invalid_client\"}");
            assertThat(titles()).containsExactly("Token");
        } finally {
            idp.stop(0);
        }
    }

    private static MailboxSyncProperties.Mailbox oauthMailbox(URI tokenUrl, String clientSecret) {
        return new MailboxSyncProperties.Mailbox(
                "support",
                "tickets",
                "127.0.0.1",
                IMAP.getImap().getPort(),
                MailboxSyncProperties.Security.NONE,
                "oauth",
                null,
                new OAuth2Client(tokenUrl, "jrag-ingest", clientSecret, null),
                List.of("INBOX"),
                null,
                null,
                null,
                null);
    }

    private MirrorRun sync() {
        assertThat(sync.syncAll(sync.mailboxes())).isTrue();
        return sync.lastRun("support").orElseThrow();
    }

    private List<String> titles() {
        return jdbc.sql("SELECT title FROM document ORDER BY title")
                .query(String.class)
                .list();
    }

    private static Store client() throws MessagingException {
        return client("support", PASSWORD);
    }

    private static Store client(String user, String password) throws MessagingException {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", IMAP.getImap().getPort(), user, password);
        return store;
    }

    private static void deliver(String folderName, MimeMessage message) throws MessagingException {
        deliver("support", PASSWORD, folderName, message);
    }

    private static void deliver(String user, String password, String folderName, MimeMessage message)
            throws MessagingException {
        try (Store store = client(user, password)) {
            Folder folder = store.getFolder(folderName);
            folder.open(Folder.READ_WRITE);
            folder.appendMessages(new Message[] {message});
            folder.close(false);
        }
    }

    private static void expunge(String folderName, String subject) throws MessagingException {
        try (Store store = client()) {
            Folder folder = store.getFolder(folderName);
            folder.open(Folder.READ_WRITE);
            for (Message message : folder.getMessages()) {
                if (subject.equals(message.getSubject())) {
                    message.setFlag(Flags.Flag.DELETED, true);
                }
            }
            folder.close(true);
        }
    }
}

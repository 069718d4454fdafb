package org.jrag.ingest.bucket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jrag.ingest.mirror.SyncedDocuments.sources;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jrag.ingest.document.DocxFixtures;
import org.jrag.ingest.document.PdfFixtures;
import org.jrag.ingest.mirror.MirrorRun;
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
 * A bucket kept in step with its collection, over real PostgreSQL + pgvector, real embeddings and the AWS SDK's S3
 * client, against a stand-in S3 store that checks every request's signature ({@link S3StandIn}).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "rag.ingest.max-document-bytes=65536",
            "rag.ingest.bucket-sync.initial-delay=1h" // the tests sync themselves
        })
class BucketSyncIT {

    private static final String KEY_ID = "AKIDJRAGTEST";
    private static final String SECRET = "s3cr3t-for-the-stand-in";
    private static final S3StandIn S3 = S3StandIn.start("docs-bucket", KEY_ID, SECRET);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        var db = TestDatabase.recreate("jrag_bucket_it");
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
        registry.add("rag.ingest.bucket-sync.buckets[0].name", () -> "archive");
        registry.add("rag.ingest.bucket-sync.buckets[0].collection", () -> "synced");
        registry.add(
                "rag.ingest.bucket-sync.buckets[0].endpoint",
                () -> S3.endpoint().toString());
        registry.add("rag.ingest.bucket-sync.buckets[0].bucket", () -> "docs-bucket");
        registry.add("rag.ingest.bucket-sync.buckets[0].prefix", () -> "team/handbook");
        registry.add("rag.ingest.bucket-sync.buckets[0].access-key-id", () -> KEY_ID);
        registry.add("rag.ingest.bucket-sync.buckets[0].secret-access-key", () -> SECRET);
        registry.add("rag.ingest.bucket-sync.buckets[1].name", () -> "notes");
        registry.add("rag.ingest.bucket-sync.buckets[1].collection", () -> "synced");
        registry.add(
                "rag.ingest.bucket-sync.buckets[1].endpoint",
                () -> S3.endpoint().toString());
        registry.add("rag.ingest.bucket-sync.buckets[1].bucket", () -> "docs-bucket");
        registry.add("rag.ingest.bucket-sync.buckets[1].prefix", () -> "notes/");
        registry.add("rag.ingest.bucket-sync.buckets[1].access-key-id", () -> KEY_ID);
        registry.add("rag.ingest.bucket-sync.buckets[1].secret-access-key", () -> SECRET);
        registry.add("rag.ingest.bucket-sync.buckets[1].include", () -> "**/*.md");
        registry.add("rag.ingest.bucket-sync.buckets[1].delete", () -> "false");
        registry.add("rag.ingest.bucket-sync.buckets[1].readers", () -> "hr,user:alice");
    }

    @AfterAll
    static void stopStore() {
        S3.close();
    }

    @Autowired
    BucketSync sync;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @BeforeEach
    void emptyStoreAndCatalog() {
        jdbc.sql("TRUNCATE collection, document, chunk, change_log, ingest_job, folder_file, bucket_run"
                        + " RESTART IDENTITY CASCADE")
                .update();
        S3.clear();
    }

    @Test
    void storesChangesAndDeletesAsTheObjectsDoPageByPageAndReportsWhatItCouldNotStore() {
        // given objects under the prefix (more than a page of the listing), and some the sync leaves alone
        S3.put("team/handbook/install.md", "# Install\n\nRun the installer, then open port 8080.");
        S3.put("team/handbook/guide/quick start.txt", "The gateway listens on port 8080.");
        S3.put("team/handbook/guide/memo.docx", DocxFixtures.docx(null, "#1 Memo", "Back up nightly."));
        S3.put("team/handbook/broken.pdf", PdfFixtures.corrupt());
        S3.put("team/handbook/.drafts/secret.md", "hidden: not synced");
        S3.put("team/handbook/picture.png", "an image: left out");
        S3.put("team/handbook/empty/", new byte[0]); // a console's folder marker
        S3.put("team/handbook-old/stale.md", "under another prefix");
        S3.put("team/other.md", "outside the prefix");

        // when
        MirrorRun first = sync(0);

        // then
        assertThat(first.error()).isNull();
        assertThat(first.files()).isEqualTo(4);
        assertThat(first.stored()).isEqualTo(3);
        assertThat(first.failures()).isEqualTo(1);
        assertThat(first.failed()).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("broken.pdf");
            assertThat(f.detail()).startsWith("document is not a readable application/pdf: ");
        });
        assertThat(sources(jdbc))
                .containsExactly("archive/guide/memo.docx", "archive/guide/quick start.txt", "archive/install.md");
        assertThat(contentOf("archive/guide/memo.docx")).contains("Back up nightly.");
        assertThat(S3.downloads("team/handbook/.drafts/secret.md")).isZero();
        assertThat(S3.downloads("team/handbook/picture.png")).isZero();

        // and a second round over unchanged objects downloads none of them again
        MirrorRun again = sync(0);
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(again.stored()).isZero();
        assertThat(S3.downloads("team/handbook/install.md")).isEqualTo(1);
        assertThat(S3.downloads("team/handbook/guide/quick start.txt")).isEqualTo(1);

        // and an object written anew replaces its document, one gone deletes its document
        S3.put("team/handbook/install.md", "# Install\n\nRun the installer, then open port 9090.");
        S3.delete("team/handbook/guide/quick start.txt");
        MirrorRun third = sync(0);
        assertThat(third.replaced()).isEqualTo(1);
        assertThat(third.deleted()).isEqualTo(1);
        assertThat(sources(jdbc)).containsExactly("archive/guide/memo.docx", "archive/install.md");
        assertThat(contentOf("archive/install.md")).contains("9090");
    }

    @Test
    void newBytesOfTheSameSizeInTheSameSecondAreSeenByTheirETag() {
        Instant second = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        S3.put("team/handbook/ports.txt", bytes("The gateway listens on port 8080."), second);
        assertThat(sync(0).stored()).isEqualTo(1);

        // S3 keeps times to the second: size and time alone would not tell this write from the last
        S3.put("team/handbook/ports.txt", bytes("The gateway listens on port 9090."), second);
        MirrorRun run = sync(0);

        assertThat(run.replaced()).isEqualTo(1);
        assertThat(contentOf("archive/ports.txt")).contains("9090");
    }

    @Test
    void keepsToItsIncludePatternsGivesItsReadersAndLeavesDocumentsOfGoneObjectsWhenToldTo() {
        S3.put("notes/a.md", "# A\n\nNotes about HNSW graphs.");
        S3.put("notes/b.txt", "Left out by the include pattern.");

        assertThat(sync(1).stored()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT array_to_string(readers, ',') FROM document WHERE source = 'notes/a.md'")
                        .query(String.class)
                        .single())
                .isEqualTo("hr,user:alice");
        S3.delete("notes/a.md");
        MirrorRun after = sync(1);

        assertThat(after.files()).isZero();
        assertThat(after.deleted()).isZero();
        assertThat(after.error()).isNull();
        assertThat(sources(jdbc)).containsExactly("notes/a.md");
    }

    @Test
    void aWrongSecretIsReportedAndDeletesNothing() {
        S3.put("team/handbook/install.md", "# Install\n\nRun the installer.");
        assertThat(sync(0).stored()).isEqualTo(1);
        BucketSyncProperties.Bucket configured = sync.buckets().get(0);
        var wrongSecret = new BucketSyncProperties.Bucket(
                configured.name(),
                configured.collection(),
                configured.endpoint(),
                configured.region(),
                configured.bucket(),
                configured.prefix(),
                configured.pathStyle(),
                configured.accessKeyId(),
                "not-the-secret",
                configured.include(),
                configured.delete(),
                configured.readers(),
                configured.language(),
                configured.redact());

        assertThat(sync.syncAll(List.of(wrongSecret))).isTrue();
        MirrorRun run = sync.lastRun("archive").orElseThrow();

        assertThat(run.error())
                .startsWith("cannot list s3://docs-bucket/team/handbook/: ")
                .contains("does not match the signature")
                .contains("403");
        assertThat(sources(jdbc)).containsExactly("archive/install.md");
    }

    @Test
    void aBucketThatComesUpEmptyDeletesNothing() {
        S3.put("team/handbook/install.md", "# Install\n\nRun the installer.");
        assertThat(sync(0).stored()).isEqualTo(1);
        S3.delete("team/handbook/install.md");

        MirrorRun run = sync(0);

        assertThat(run.deleted()).isZero();
        assertThat(run.error())
                .isEqualTo("the bucket holds no object to sync but 1 documents were synced from it; nothing deleted (is"
                        + " the prefix right?); delete them through the API if it was emptied on purpose");
        assertThat(sources(jdbc)).containsExactly("archive/install.md");
    }

    @Test
    void listsTheBucketsWithoutTheirCredentialsAndSyncsOneOnRequest() throws Exception {
        S3.put("team/handbook/install.md", "# Install\n\nRun the installer.");
        RestClient http = RestClient.builder()
                .baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> {})
                .build();

        ResponseEntity<JsonNode> started =
                http.post().uri("/v1/buckets/archive/sync").retrieve().toEntity(JsonNode.class);
        ResponseEntity<JsonNode> unknown =
                http.post().uri("/v1/buckets/nope/sync").retrieve().toEntity(JsonNode.class);
        String listed = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            listed = http.get().uri("/v1/buckets").retrieve().body(String.class);
            if (listed.contains("\"stored\":1")) {
                break;
            }
            Thread.sleep(100);
        }

        assertThat(started.getStatusCode().value()).isEqualTo(202);
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(unknown.getBody().get("type").asString()).endsWith("/bucket-not-found");
        assertThat(listed)
                .contains("\"name\":\"archive\"")
                .contains("\"location\":\"s3://docs-bucket/team/handbook/\"")
                .contains("\"endpoint\":\"" + S3.endpoint() + "\"")
                .contains("\"stored\":1")
                .contains("\"include\":[\"**/*.md\"]")
                .doesNotContain(SECRET)
                .doesNotContain(KEY_ID);
    }

    @Test
    void anEndpointThatDoesNotAnswerIsReportedNotThrown() {
        BucketSyncProperties.Bucket configured = sync.buckets().get(0);
        var nowhere = new BucketSyncProperties.Bucket(
                configured.name(),
                configured.collection(),
                java.net.URI.create("http://127.0.0.1:1"),
                null,
                configured.bucket(),
                configured.prefix(),
                null,
                configured.accessKeyId(),
                configured.secretAccessKey(),
                null,
                null,
                null,
                null,
                null);

        assertThat(sync.syncAll(List.of(nowhere))).isTrue();

        assertThat(sync.lastRun("archive").orElseThrow().error())
                .startsWith("cannot list s3://docs-bucket/team/handbook/: ");
    }

    private MirrorRun sync(int bucket) {
        BucketSyncProperties.Bucket b = sync.buckets().get(bucket);
        assertThat(sync.syncAll(List.of(b))).isTrue();
        return sync.lastRun(b.name()).orElseThrow();
    }

    private String contentOf(String source) {
        return jdbc.sql("SELECT content FROM document WHERE source = ?")
                .param(source)
                .query(String.class)
                .single();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

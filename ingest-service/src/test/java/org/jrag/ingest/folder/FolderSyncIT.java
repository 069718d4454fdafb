package org.jrag.ingest.folder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jrag.ingest.mirror.SyncedDocuments.sources;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;
import org.jrag.ingest.collection.CollectionRepository;
import org.jrag.ingest.document.DocumentIngestion;
import org.jrag.ingest.document.DocumentProperties;
import org.jrag.ingest.document.DocxFixtures;
import org.jrag.ingest.document.PdfFixtures;
import org.jrag.ingest.mirror.MirrorRun;
import org.jrag.ingest.mirror.MirrorStamps;
import org.jrag.ingest.mirror.MirrorSync;
import org.jrag.testsupport.TestDatabase;
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
import tools.jackson.databind.json.JsonMapper;

/** A folder kept in step with its collection, over real PostgreSQL + pgvector and real embeddings. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "rag.ingest.max-document-bytes=65536",
            "rag.ingest.folder-sync.initial-delay=1h" // the tests sync themselves
        })
class FolderSyncIT {

    private static final Path ROOT = tempRoot();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        var db = TestDatabase.recreate("jrag_folder_it");
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
        // a list binds from one property source: every entry's members go here, beside the paths
        registry.add("rag.ingest.folder-sync.folders[0].name", () -> "handbook");
        registry.add("rag.ingest.folder-sync.folders[0].collection", () -> "synced");
        registry.add(
                "rag.ingest.folder-sync.folders[0].path",
                () -> ROOT.resolve("handbook").toString());
        registry.add("rag.ingest.folder-sync.folders[1].name", () -> "notes");
        registry.add("rag.ingest.folder-sync.folders[1].collection", () -> "synced");
        registry.add(
                "rag.ingest.folder-sync.folders[1].path",
                () -> ROOT.resolve("notes").toString());
        registry.add("rag.ingest.folder-sync.folders[1].include", () -> "**/*.md");
        registry.add("rag.ingest.folder-sync.folders[1].delete", () -> "false");
        registry.add("rag.ingest.folder-sync.folders[1].readers", () -> "hr,user:alice");
    }

    @Autowired
    FolderSync sync;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    FolderSyncProperties properties;

    @Autowired
    DocumentIngestion ingestion;

    @Autowired
    CollectionRepository collections;

    @Autowired
    DataSource dataSource;

    @Autowired
    MeterRegistry registry;

    @Autowired
    DocumentProperties documents;

    @LocalServerPort
    int port;

    private Path handbook;
    private Path notes;

    @BeforeEach
    void emptyFoldersAndCatalog() throws IOException {
        jdbc.sql("TRUNCATE collection, document, chunk, change_log, ingest_job, folder_file, folder_run"
                        + " RESTART IDENTITY CASCADE")
                .update();
        handbook = fresh(ROOT.resolve("handbook"));
        notes = fresh(ROOT.resolve("notes"));
    }

    @Test
    void storesChangesAndDeletesAsTheFilesDoAndReportsWhatItCouldNotStore() throws IOException {
        // given
        write(handbook, "install.md", "# Install\n\nRun the installer, then open port 8080.");
        write(handbook, "guide/ports.txt", "The gateway listens on port 8080.");
        Files.write(handbook.resolve("guide/memo.docx"), DocxFixtures.docx(null, "#1 Memo", "Back up nightly."));
        Files.write(handbook.resolve("broken.pdf"), PdfFixtures.corrupt());
        write(handbook, ".drafts/secret.md", "hidden: not synced");
        write(handbook, "picture.png", "not a supported format");

        // when
        MirrorRun first = sync(0);

        // then
        assertThat(first.files()).isEqualTo(4);
        assertThat(first.stored()).isEqualTo(3);
        assertThat(first.failures()).isEqualTo(1);
        assertThat(first.failed()).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("broken.pdf");
            assertThat(f.detail()).startsWith("document is not a readable application/pdf: ");
        });
        assertThat(sources(jdbc))
                .containsExactly("handbook/guide/memo.docx", "handbook/guide/ports.txt", "handbook/install.md");
        assertThat(jdbc.sql("SELECT title FROM document WHERE source = 'handbook/guide/memo.docx'")
                        .query(String.class)
                        .single())
                .isEqualTo("Memo");
        long seq = lastSeq();

        // and a second round over unchanged files changes nothing
        MirrorRun again = sync(0);
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(again.stored() + again.replaced() + again.deleted()).isZero();
        assertThat(lastSeq()).isEqualTo(seq);

        // and an edited file replaces its document, a removed one is deleted, a renamed one stored anew
        write(handbook, "install.md", "# Install\n\nRun the installer, then open port 9090.");
        // the same size: only its time tells the edit, so make sure the time moved on a coarse file system too
        Files.setLastModifiedTime(
                handbook.resolve("install.md"),
                FileTime.fromMillis(Files.getLastModifiedTime(handbook.resolve("install.md"))
                                .toMillis()
                        + 2_000));
        Files.delete(handbook.resolve("guide/ports.txt"));
        Files.move(handbook.resolve("guide/memo.docx"), handbook.resolve("memo.docx"));
        MirrorRun third = sync(0);
        assertThat(third.replaced()).isEqualTo(1);
        assertThat(third.deleted()).isEqualTo(2);
        assertThat(third.stored()).isEqualTo(1);
        assertThat(sources(jdbc)).containsExactly("handbook/install.md", "handbook/memo.docx");
        assertThat(jdbc.sql("SELECT content FROM document WHERE source = 'handbook/install.md'")
                        .query(String.class)
                        .single())
                .contains("9090");
        assertThat(jdbc.sql("SELECT operation FROM change_log ORDER BY seq")
                        .query(String.class)
                        .list())
                .endsWith("DELETE", "DELETE", "UPSERT", "UPSERT");
    }

    @Test
    void readsAFileAgainOnlyWhenItsSizeOrModificationTimeChanged() throws IOException {
        // given a file stored, then its bytes changed behind the sync's back with size and time kept
        Path file = handbook.resolve("ports.txt");
        write(handbook, "ports.txt", "The gateway listens on port 8080.");
        assertThat(sync(0).stored()).isEqualTo(1);
        FileTime modified = Files.getLastModifiedTime(file);
        write(handbook, "ports.txt", "The gateway listens on port 9090.");
        Files.setLastModifiedTime(file, modified);

        // when, then: not read again (rsync's test), so the old text stays
        assertThat(sync(0).unchanged()).isEqualTo(1);
        assertThat(contentOf("handbook/ports.txt")).contains("8080");

        // and once its time moves, as an edit moves it, it is read and replaced
        Files.setLastModifiedTime(file, FileTime.fromMillis(modified.toMillis() + 2_000));
        assertThat(sync(0).replaced()).isEqualTo(1);
        assertThat(contentOf("handbook/ports.txt")).contains("9090");
    }

    @Test
    void anInstanceStartedAnewKnowsWhatTheLastOneReadAndRan() throws IOException {
        // given a file stored by this instance, then its bytes changed with size and time kept
        Path file = handbook.resolve("ports.txt");
        write(handbook, "ports.txt", "The gateway listens on port 8080.");
        MirrorRun first = sync(0);
        FileTime modified = Files.getLastModifiedTime(file);
        write(handbook, "ports.txt", "The gateway listens on port 9090.");
        Files.setLastModifiedTime(file, modified);

        // when another instance (or this one after a restart: nothing in memory) syncs
        var restarted = new FolderSync(
                properties,
                new MirrorSync(ingestion, collections, new MirrorStamps(jdbc), registry, documents),
                dataSource,
                jdbc,
                json);

        // then it shows the last run and does not read the file again
        assertThat(restarted.lastRun("handbook")).contains(first);
        assertThat(restarted.syncAll(List.of(sync.folders().get(0)))).isTrue();
        assertThat(restarted.lastRun("handbook").orElseThrow().unchanged()).isEqualTo(1);
        assertThat(sync.lastRun("handbook").orElseThrow().unchanged()).isEqualTo(1);
        assertThat(contentOf("handbook/ports.txt")).contains("8080");
    }

    @Test
    void findsDuplicatesByTheirHashAndForgetsTheFilesThatAreGone() throws IOException {
        write(handbook, "a/install.md", "# Install\n\nRun the installer.");
        write(handbook, "b/install-copy.md", "# Install\n\nRun the installer.");

        MirrorRun first = sync(0);
        assertThat(first.stored()).isEqualTo(1);
        assertThat(first.duplicates()).isEqualTo(1);
        assertThat(stamped()).containsExactly("handbook/a/install.md", "handbook/b/install-copy.md");

        // the copy's bytes changed behind the sync's back, size and time kept: it is not read again either
        Path copy = handbook.resolve("b/install-copy.md");
        FileTime modified = Files.getLastModifiedTime(copy);
        write(handbook, "b/install-copy.md", "# Instell\n\nRun the installer.");
        Files.setLastModifiedTime(copy, modified);
        MirrorRun second = sync(0);
        assertThat(second.unchanged()).isEqualTo(1);
        assertThat(second.duplicates()).isEqualTo(1);
        assertThat(second.stored()).isZero();

        // and once the original is gone, the copy is read again and stored in its place
        Files.delete(handbook.resolve("a/install.md"));
        Files.setLastModifiedTime(copy, FileTime.fromMillis(modified.toMillis() + 2_000));
        MirrorRun third = sync(0);
        assertThat(third.deleted()).isEqualTo(1);
        assertThat(third.stored()).isEqualTo(1);
        assertThat(sources(jdbc)).containsExactly("handbook/b/install-copy.md");
        assertThat(stamped()).containsExactly("handbook/b/install-copy.md");
    }

    @Test
    void keepsToItsIncludePatternsAndLeavesDocumentsOfGoneFilesWhenToldTo() throws IOException {
        write(notes, "a.md", "# A\n\nNotes about HNSW graphs.");
        write(notes, "b.txt", "Left out by the include pattern.");

        assertThat(sync(1).stored()).isEqualTo(1);
        Files.delete(notes.resolve("a.md"));
        MirrorRun after = sync(1);

        assertThat(after.files()).isZero();
        assertThat(after.deleted()).isZero();
        assertThat(sources(jdbc)).containsExactly("notes/a.md");
    }

    @Test
    void givesItsDocumentsTheConfiguredReadersAndFollowsAChangeOfThemWithoutReadingTheFilesAgain() throws IOException {
        // given a folder whose documents hr and one user may read
        write(notes, "salaries.md", "# Salaries\n\nThe pay scale.");
        assertThat(sync(1).stored()).isEqualTo(1);
        assertThat(readersOf("notes/salaries.md")).containsExactly("hr", "user:alice");
        long seq = lastSeq();

        // when its configured readers change
        FolderSyncProperties.Folder notesFolder = sync.folders().get(1);
        var changed = new FolderSyncProperties.Folder(
                notesFolder.name(),
                notesFolder.collection(),
                notesFolder.path(),
                notesFolder.include(),
                notesFolder.delete(),
                List.of("finance"),
                null,
                null);
        assertThat(sync.syncAll(List.of(changed))).isTrue();

        // then the stored document follows, with an UPSERT for retrieval, though its file was not read again
        assertThat(sync.lastRun("notes").orElseThrow().unchanged()).isEqualTo(1);
        assertThat(readersOf("notes/salaries.md")).containsExactly("finance");
        assertThat(lastSeq()).isEqualTo(seq + 1);
        // and a round with the same readers changes nothing
        assertThat(sync.syncAll(List.of(changed))).isTrue();
        assertThat(lastSeq()).isEqualTo(seq + 1);
        // and readers that cannot be a document's are refused at start-up
        assertThatThrownBy(() -> new FolderSyncProperties.Folder(
                        "notes", "synced", notes, List.of(), true, List.of("hr,finance"), null, null))
                .hasMessage("readers must not contain commas or control characters, got: 'hr,finance'");
    }

    @Test
    void setsItsCollectionsLanguageAndRedactionAsConfiguredAtEachRound() throws IOException {
        // given a folder configured with a language and personal data to redact
        FolderSyncProperties.Folder notesFolder = sync.folders().get(1);
        var configured = new FolderSyncProperties.Folder(
                notesFolder.name(),
                notesFolder.collection(),
                notesFolder.path(),
                notesFolder.include(),
                notesFolder.delete(),
                notesFolder.readers(),
                "german",
                List.of("email"));
        write(notes, "kontakt.md", "# Kontakt\n\nSchreiben Sie an ann@example.com.");

        // when it is synced
        assertThat(sync.syncAll(List.of(configured))).isTrue();

        // then its collection has them, and the document was stored redacted
        assertThat(jdbc.sql("SELECT language || ' ' || array_to_string(redact, ',') FROM collection WHERE name = ?")
                        .param(notesFolder.collection())
                        .query(String.class)
                        .single())
                .isEqualTo("german email");
        assertThat(jdbc.sql("SELECT content FROM document WHERE source = 'notes/kontakt.md'")
                        .query(String.class)
                        .single())
                .contains("[EMAIL]")
                .doesNotContain("ann@example.com");

        // and a new language in the configuration re-indexes the collection's documents at the next round
        long seq = lastSeq();
        var relanguaged = new FolderSyncProperties.Folder(
                configured.name(),
                configured.collection(),
                configured.path(),
                configured.include(),
                configured.delete(),
                configured.readers(),
                "standard",
                null);
        assertThat(sync.syncAll(List.of(relanguaged))).isTrue();
        assertThat(lastSeq()).isGreaterThan(seq);
        assertThat(jdbc.sql("SELECT language || ' ' || array_to_string(redact, ',') FROM collection WHERE name = ?")
                        .param(notesFolder.collection())
                        .query(String.class)
                        .single())
                .isEqualTo("standard email");
        assertThatThrownBy(() -> new FolderSyncProperties.Folder(
                        "notes", "synced", notes, List.of(), true, List.of(), "klingon", null))
                .hasMessageStartingWith("rag.ingest.folder-sync.folders[] (folder 'notes'): language must be one of");
    }

    private List<String> readersOf(String source) {
        return jdbc.sql("SELECT unnest(readers) FROM document WHERE source = ?")
                .param(source)
                .query(String.class)
                .list();
    }

    @Test
    void listsTheFoldersWithTheirLastRunAndSyncsOneOnRequest() throws Exception {
        write(handbook, "install.md", "# Install\n\nRun the installer.");
        RestClient http = RestClient.builder()
                .baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> {})
                .build();

        ResponseEntity<JsonNode> started =
                http.post().uri("/v1/folders/handbook/sync").retrieve().toEntity(JsonNode.class);
        ResponseEntity<JsonNode> unknown =
                http.post().uri("/v1/folders/nope/sync").retrieve().toEntity(JsonNode.class);
        JsonNode listed = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            listed = http.get().uri("/v1/folders").retrieve().body(JsonNode.class);
            if (listed.at("/folders/0/lastRun/stored").asInt() == 1) {
                break;
            }
            Thread.sleep(100);
        }

        assertThat(started.getStatusCode().value()).isEqualTo(202);
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(unknown.getBody().get("type").asString()).endsWith("/folder-not-found");
        assertThat(listed.at("/folders/0/name").asString()).isEqualTo("handbook");
        assertThat(listed.at("/folders/0/collection").asString()).isEqualTo("synced");
        assertThat(listed.at("/folders/0/lastRun/stored").asInt()).isEqualTo(1);
        assertThat(listed.at("/folders/1/include/0").asString()).isEqualTo("**/*.md");
        assertThat(listed.at("/folders/1/delete").asBoolean()).isFalse();
    }

    @Test
    void aFolderThatComesUpEmptyDeletesNothing() throws IOException {
        write(handbook, "install.md", "# Install\n\nRun the installer.");
        assertThat(sync(0).stored()).isEqualTo(1);
        Files.delete(handbook.resolve("install.md")); // as an unmounted share looks

        MirrorRun run = sync(0);

        assertThat(run.deleted()).isZero();
        assertThat(run.error()).startsWith("the folder holds no file to sync but 1 documents were synced from it");
        assertThat(sources(jdbc)).containsExactly("handbook/install.md");
    }

    @Test
    void aMissingDirectoryIsReportedNotThrown() throws IOException {
        Files.delete(handbook);

        MirrorRun run = sync(0);

        assertThat(run.error()).startsWith("not a readable directory: ");
        assertThat(sync.lastRun("handbook")).contains(run);
    }

    private MirrorRun sync(int folder) {
        FolderSyncProperties.Folder f = sync.folders().get(folder);
        assertThat(sync.syncAll(List.of(f))).isTrue();
        return sync.lastRun(f.name()).orElseThrow();
    }

    private List<String> stamped() {
        return jdbc.sql("SELECT source FROM folder_file ORDER BY source")
                .query(String.class)
                .list();
    }

    private String contentOf(String source) {
        return jdbc.sql("SELECT content FROM document WHERE source = ?")
                .param(source)
                .query(String.class)
                .single();
    }

    private long lastSeq() {
        return jdbc.sql("SELECT coalesce(max(seq), 0) FROM change_log")
                .query(Long.class)
                .single();
    }

    private static void write(Path root, String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static Path fresh(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        return Files.createDirectories(dir);
    }

    private static Path tempRoot() {
        try {
            return Files.createTempDirectory(Files.createDirectories(Path.of("target")), "it-folders-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

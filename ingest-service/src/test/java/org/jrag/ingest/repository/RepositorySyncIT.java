package org.jrag.ingest.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jrag.ingest.mirror.SyncedDocuments.sources;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.util.FileUtils;
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
 * A directory of a Git repository kept in step with its collection, fetched over Git's smart HTTP protocol from a
 * stand-in host that wants a token ({@link GitStandIn}) and through a file URL, over real PostgreSQL + pgvector and
 * real embeddings.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "rag.ingest.max-document-bytes=65536",
            "rag.ingest.repository-sync.initial-delay=1h" // the tests sync themselves
        })
class RepositorySyncIT {

    private static final GitStandIn HOST = host();
    private static final Path CACHE = cache();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        var db = TestDatabase.recreate("jrag_repository_it");
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
        registry.add("rag.ingest.repository-sync.cache-directory", CACHE::toString);
        registry.add("rag.ingest.repository-sync.repositories[0].name", () -> "handbook");
        registry.add("rag.ingest.repository-sync.repositories[0].collection", () -> "docs");
        registry.add(
                "rag.ingest.repository-sync.repositories[0].url",
                () -> HOST.url().toString());
        registry.add("rag.ingest.repository-sync.repositories[0].path", () -> "/docs/handbook/");
        registry.add("rag.ingest.repository-sync.repositories[0].token", () -> GitStandIn.TOKEN);
        registry.add(
                "rag.ingest.repository-sync.repositories[0].web-url",
                () -> "https://git.example.com/team/docs/-/blob/{commit}/{path}");
    }

    private static GitStandIn host() {
        try {
            return new GitStandIn();
        } catch (IOException | GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path cache() {
        try {
            return Files.createTempDirectory("jrag-repositories");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stopHost() throws IOException {
        HOST.close();
        FileUtils.delete(CACHE.toFile(), FileUtils.RECURSIVE | FileUtils.RETRY);
    }

    @Autowired
    RepositorySync sync;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private int commits;

    @BeforeEach
    void emptyCatalog() {
        jdbc.sql("TRUNCATE collection, document, chunk, change_log, ingest_job, folder_file, repository_run"
                        + " RESTART IDENTITY CASCADE")
                .update();
        HOST.reset();
        HOST.put("docs/handbook/README.md", "# Handbook\n\nHow the team works.");
        HOST.commit("a handbook, test " + ++commits);
    }

    @Test
    void storesChangesAndDeletesAsTheBranchDoesReadingOnlyChangedBlobs() {
        // given a directory with a subdirectory, an image, a hidden file, and files outside the directory
        HOST.put("docs/handbook/leave.md", "# Leave\n\nThirty days of leave a year.");
        HOST.put("docs/handbook/travel/expenses.md", "# Expenses\n\nReceipts within a month.");
        HOST.put("docs/handbook/logo.png", "an image: left out");
        HOST.put("docs/handbook/.draft.md", "# Draft\n\nHidden.");
        HOST.put("src/Main.md", "# Code\n\nOutside the directory.");
        String first = HOST.commit("leave and travel");

        MirrorRun run = sync();

        assertThat(run.error()).isNull();
        assertThat(run.revision()).isEqualTo(first);
        assertThat(sources(jdbc))
                .containsExactly("handbook/README.md", "handbook/leave.md", "handbook/travel/expenses.md");
        assertThat(HOST.lastUser()).isEqualTo("git");
        assertThat(url("handbook/travel/expenses.md"))
                .isEqualTo("https://git.example.com/team/docs/-/blob/" + first + "/docs/handbook/travel/expenses.md");

        // and a round without a new commit fetches no objects and reads nothing
        int fetches = HOST.fetches();
        MirrorRun again = sync();
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(again.stored() + again.replaced()).isZero();
        assertThat(HOST.fetches()).isEqualTo(fetches);

        // and a commit that edits one file, deletes another and adds a third is what the next round does
        HOST.put("docs/handbook/leave.md", "# Leave\n\nThirty-two days of leave a year.");
        HOST.delete("docs/handbook/travel/expenses.md");
        HOST.put("docs/handbook/onboarding.md", "# Onboarding\n\nA buddy for every newcomer.");
        String second = HOST.commit("more leave, no expenses, onboarding");
        MirrorRun third = sync();
        assertThat(third.revision()).isEqualTo(second);
        assertThat(third.replaced()).isEqualTo(1);
        assertThat(third.deleted()).isEqualTo(1);
        assertThat(third.stored()).isEqualTo(1);
        assertThat(third.unchanged()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT content FROM document WHERE source = 'handbook/leave.md'")
                        .query(String.class)
                        .single())
                .contains("Thirty-two days");
        assertThat(url("handbook/leave.md")).contains("/blob/" + second + "/");
        assertThat(url("handbook/README.md")).doesNotContain(second); // unchanged: cited at the commit it was read
    }

    @Test
    void aWebUrlConfiguredLaterLinksTheDocumentsStoredWithoutOne() {
        assertThat(sync.syncAll(List.of(configured(HOST.url().toString(), null, GitStandIn.TOKEN))))
                .isTrue();
        assertThat(url("handbook/README.md")).isNull();

        MirrorRun run = sync(); // the configured repository, with its web-url

        assertThat(run.unchanged()).isEqualTo(1);
        assertThat(url("handbook/README.md"))
                .isEqualTo("https://git.example.com/team/docs/-/blob/" + run.revision() + "/docs/handbook/README.md");
    }

    @Test
    void aCopyLostWithTheCacheIsFetchedAgainAndNothingIsStoredTwice() throws IOException {
        assertThat(sync().stored()).isEqualTo(1);
        FileUtils.delete(CACHE.toFile(), FileUtils.RECURSIVE | FileUtils.RETRY);

        MirrorRun run = sync();

        assertThat(run.error()).isNull();
        assertThat(run.unchanged()).isEqualTo(1);
        assertThat(run.stored()).isZero();
    }

    @Test
    void aWrongTokenIsReportedAndDeletesNothing() {
        assertThat(sync().stored()).isEqualTo(1);
        var refused = configured(HOST.url().toString(), null, "not-the-token");

        assertThat(sync.syncAll(List.of(refused))).isTrue();

        assertThat(sync.lastRun("handbook").orElseThrow().error())
                .isEqualTo("cannot fetch " + HOST.url() + ": " + HOST.url() + ": not authorized");
        assertThat(sources(jdbc)).containsExactly("handbook/README.md");
    }

    @Test
    void followsTheConfiguredBranchAndReportsOneThatIsNotThere() {
        HOST.checkout("release", true);
        HOST.put("docs/handbook/release-notes.md", "# Release notes\n\nVersion 2 ships in May.");
        String release = HOST.commit("release notes");
        HOST.checkout("main", false);

        assertThat(sync.syncAll(List.of(configured(HOST.url().toString(), "release", GitStandIn.TOKEN))))
                .isTrue();
        MirrorRun run = sync.lastRun("handbook").orElseThrow();
        assertThat(run.revision()).isEqualTo(release);
        assertThat(sources(jdbc)).containsExactly("handbook/README.md", "handbook/release-notes.md");

        assertThat(sync.syncAll(List.of(configured(HOST.url().toString(), "nope", GitStandIn.TOKEN))))
                .isTrue();
        assertThat(sync.lastRun("handbook").orElseThrow().error())
                .isEqualTo("the repository at " + HOST.url() + " has no branch 'nope'");
        assertThat(sources(jdbc)).containsExactly("handbook/README.md", "handbook/release-notes.md");
    }

    @Test
    void readsAFileUrlAndReportsFilesKeptInGitLfs() {
        HOST.put(
                "docs/handbook/slides.pdf",
                ("version https://git-lfs.github.com/spec/v1\noid sha256:4d7a2146\nsize 52000\n")
                        .getBytes(StandardCharsets.US_ASCII));
        HOST.commit("slides in LFS");

        assertThat(sync.syncAll(List.of(configured(HOST.fileUrl().toString(), null, null))))
                .isTrue();

        MirrorRun run = sync.lastRun("handbook").orElseThrow();
        assertThat(run.error()).isNull();
        assertThat(run.stored()).isEqualTo(1);
        assertThat(run.failed()).singleElement().satisfies(failure -> {
            assertThat(failure.path()).isEqualTo("slides.pdf");
            assertThat(failure.detail()).startsWith("a Git LFS pointer");
        });
    }

    @Test
    void aPathTheCommitDoesNotHaveIsReported() {
        assertThat(sync.syncAll(List.of(new RepositorySyncProperties.GitRepository(
                        "handbook",
                        "docs",
                        HOST.url(),
                        null,
                        "docs/hand-book",
                        null,
                        null,
                        GitStandIn.TOKEN,
                        null,
                        null,
                        null,
                        null,
                        null))))
                .isTrue();

        assertThat(sync.lastRun("handbook").orElseThrow().error())
                .matches("the branch's commit [0-9a-f]{12} has no" + " directory 'docs/hand-book'");
    }

    @Test
    void listsTheRepositoriesWithoutTheirTokens() {
        String listed = RestClient.create("http://127.0.0.1:" + port)
                .get()
                .uri("/v1/repositories")
                .retrieve()
                .body(String.class);

        assertThat(listed)
                .contains("\"url\":\"" + HOST.url() + "\"", "\"path\":\"docs/handbook\"")
                .doesNotContain(GitStandIn.TOKEN);
    }

    private static RepositorySyncProperties.GitRepository configured(String url, String branch, String token) {
        return new RepositorySyncProperties.GitRepository(
                "handbook",
                "docs",
                java.net.URI.create(url),
                branch,
                "docs/handbook",
                null,
                null,
                token,
                null,
                null,
                null,
                null,
                null);
    }

    private MirrorRun sync() {
        assertThat(sync.syncAll(sync.repositories())).isTrue();
        return sync.lastRun("handbook").orElseThrow();
    }

    private String url(String source) {
        return jdbc.sql("SELECT metadata->>'url' FROM document WHERE source = :source")
                .param("source", source)
                .query(String.class)
                .list()
                .getFirst(); // null when the document has none
    }
}

package org.jrag.ingest.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class RepositorySyncPropertiesTests {

    @Test
    void bindsRepositoriesFromEnvironmentVariablesWithTheirDefaults() {
        var environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .replace(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new SystemEnvironmentPropertySource(
                                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                Map.of(
                                        "RAG_INGEST_REPOSITORYSYNC_REPOSITORIES_0_NAME", "handbook",
                                        "RAG_INGEST_REPOSITORYSYNC_REPOSITORIES_0_COLLECTION", "docs",
                                        "RAG_INGEST_REPOSITORYSYNC_REPOSITORIES_0_URL",
                                                "https://git.example.com/team/handbook.git",
                                        "RAG_INGEST_REPOSITORYSYNC_REPOSITORIES_0_PATH", "/docs/",
                                        "RAG_INGEST_REPOSITORYSYNC_REPOSITORIES_0_TOKEN", "glpat-s3cr3t",
                                        "RAG_INGEST_REPOSITORYSYNC_REPOSITORIES_0_INCLUDE", "**/*.md,**/*.adoc")));

        RepositorySyncProperties properties = new Binder(ConfigurationPropertySources.get(environment))
                .bind("rag.ingest.repository-sync", RepositorySyncProperties.class)
                .get();

        assertThat(properties.interval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(properties.timeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(properties.cacheDirectory())
                .isEqualTo(Path.of(System.getProperty("java.io.tmpdir"), "jrag-repositories"));
        assertThat(properties.repositories()).singleElement().satisfies(repository -> {
            assertThat(repository.url()).isEqualTo(URI.create("https://git.example.com/team/handbook.git"));
            assertThat(repository.branch()).isNull();
            assertThat(repository.path()).isEqualTo("docs");
            assertThat(repository.username()).isEqualTo("git");
            assertThat(repository.include()).containsExactly("**/*.md", "**/*.adoc");
            assertThat(repository.delete()).isTrue();
            assertThat(repository.location()).isEqualTo("https://git.example.com/team/handbook.git path docs");
            assertThat(repository.toString()).doesNotContain("glpat-s3cr3t");
        });
    }

    @Test
    void refusesSshAddressesAndCredentialsInTheUrl() {
        assertThatThrownBy(() -> repository("ssh://git@git.example.com/team/handbook.git", null, null, null))
                .hasMessage("rag.ingest.repository-sync.repositories[] (repository 'handbook'): url must be an https"
                        + " URL (with a token for a private repository); ssh is not supported, got:"
                        + " ssh://git@git.example.com/team/handbook.git");
        assertThatThrownBy(() -> repository("team/handbook.git", null, null, null))
                .hasMessageContaining(
                        "url must be an https, http or file URL (scp-like ssh addresses are not" + " supported)");
        assertThatThrownBy(() -> repository("https://bot:glpat-s3cr3t@git.example.com/handbook.git", null, null, null))
                .hasMessageContaining("url must not hold credentials")
                .message()
                .doesNotContain("glpat-s3cr3t");
    }

    @Test
    void sendsATokenOverHttpsOnlyAndWantsOneForAUsername() {
        assertThatThrownBy(() -> repository("http://git.example.com/handbook.git", null, null, "glpat-s3cr3t"))
                .hasMessageContaining("a token is sent over https only");
        assertThat(repository("http://127.0.0.1:8080/handbook.git", null, null, "glpat-s3cr3t")
                        .username())
                .isEqualTo("git");
        assertThatThrownBy(() -> repository("https://git.example.com/handbook.git", null, "bot", null))
                .hasMessageContaining("a username needs a token");
    }

    @Test
    void refusesABranchGitWouldRefuseAndAPathOutOfTheRepository() {
        assertThatThrownBy(() -> repository("https://git.example.com/handbook.git", "main..old", null, null))
                .hasMessageContaining("branch is not a valid branch name: main..old");
        assertThatThrownBy(() -> new RepositorySyncProperties.GitRepository(
                        "handbook",
                        "docs",
                        URI.create("https://git.example.com/handbook.git"),
                        null,
                        "docs/../../etc",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null))
                .hasMessageContaining("path must be a directory of the repository");
    }

    @Test
    void fillsTheWebUrlTemplateWithTheCommitAndTheEncodedPath() {
        var repository = new RepositorySyncProperties.GitRepository(
                "handbook",
                "docs",
                URI.create("https://github.com/team/handbook.git"),
                null,
                "docs",
                "https://github.com/team/handbook/blob/{commit}/{path}",
                null,
                null,
                null,
                null,
                null,
                null,
                null);

        assertThat(repository.webUrl("0123abcd", "docs/Leave & travel/README.md"))
                .isEqualTo("https://github.com/team/handbook/blob/0123abcd/docs/Leave%20%26%20travel/README.md");
        assertThatThrownBy(() -> new RepositorySyncProperties.GitRepository(
                        "handbook",
                        "docs",
                        URI.create("https://github.com/team/handbook.git"),
                        null,
                        null,
                        "https://github.com/team/handbook/blob/{commit}",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null))
                .hasMessageContaining("web-url must be an http or https URL with {path} in it");
    }

    private static RepositorySyncProperties.GitRepository repository(
            String url, String branch, String username, String token) {
        return new RepositorySyncProperties.GitRepository(
                "handbook", "docs", URI.create(url), branch, null, null, username, token, null, null, null, null, null);
    }
}

package org.jrag.ingest.confluence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.jrag.ingest.mirror.StoreRequests;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class ConfluenceSyncPropertiesTests {

    @Test
    void bindsSpacesFromEnvironmentVariablesWithTheirDefaults() {
        var environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .replace(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new SystemEnvironmentPropertySource(
                                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                Map.of(
                                        "RAG_INGEST_CONFLUENCESYNC_SPACES_0_NAME", "eng",
                                        "RAG_INGEST_CONFLUENCESYNC_SPACES_0_COLLECTION", "wiki",
                                        "RAG_INGEST_CONFLUENCESYNC_SPACES_0_URL", "https://example.atlassian.net/wiki/",
                                        "RAG_INGEST_CONFLUENCESYNC_SPACES_0_SPACEKEY", "ENG",
                                        "RAG_INGEST_CONFLUENCESYNC_SPACES_0_USERNAME", "docs-bot@example.com",
                                        "RAG_INGEST_CONFLUENCESYNC_SPACES_0_TOKEN", "ATATT3x-s3cr3t")));

        ConfluenceSyncProperties properties = new Binder(ConfigurationPropertySources.get(environment))
                .bind("rag.ingest.confluence-sync", ConfluenceSyncProperties.class)
                .get();

        assertThat(properties.interval()).isEqualTo(Duration.ofMinutes(15));
        assertThat(properties.spaces()).singleElement().satisfies(space -> {
            assertThat(space.url()).isEqualTo(URI.create("https://example.atlassian.net/wiki"));
            assertThat(space.attachments()).isTrue();
            assertThat(space.restrictions()).isTrue();
            assertThat(space.blogPosts()).isTrue();
            assertThat(space.location()).isEqualTo("https://example.atlassian.net/wiki/spaces/ENG");
            assertThat(space.toString()).doesNotContain("s3cr3t");
        });
    }

    @Test
    void refusesASpaceWithoutAKeyOrAToken() {
        assertThatThrownBy(() -> space("ENG SPACE", "t"))
                .hasMessage("rag.ingest.confluence-sync.spaces[] (space 'eng'): space-key must be a Confluence space"
                        + " key (ENG), got: ENG SPACE");
        assertThatThrownBy(() -> space("ENG", " "))
                .hasMessageContaining(
                        "token is required (an API token, a password with username, or a personal" + " access token)");
        assertThat(space("~5b10ac8d82e05b22cc7d4ef5", "t").spaceKey()).startsWith("~");
    }

    @Test
    void takesARootPageByItsIdAndThenNoBlogPosts() {
        assertThat(rooted(" 229377 ", null).rootPage()).isEqualTo("229377");
        assertThat(rooted("229377", null).blogPosts()).isFalse();
        assertThat(rooted(null, null).blogPosts()).isTrue();
        assertThatThrownBy(() -> rooted("Engineering Handbook", null))
                .hasMessage("rag.ingest.confluence-sync.spaces[] (space 'eng'): root-page must be a page's id (the"
                        + " digits in its address), got: Engineering Handbook");
        assertThatThrownBy(() -> rooted("229377", true))
                .hasMessage("rag.ingest.confluence-sync.spaces[] (space 'eng'): blog-posts cannot be true with a"
                        + " root-page (blog posts are in no page's tree)");
    }

    private static ConfluenceSyncProperties.Space rooted(String rootPage, Boolean blogPosts) {
        return new ConfluenceSyncProperties.Space(
                "eng",
                "wiki",
                URI.create("https://example.atlassian.net/wiki"),
                "ENG",
                null,
                "t",
                null,
                blogPosts,
                rootPage,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    @Test
    void namesPagesByTheirTitlesAsOnePartOfAPath() {
        assertThat(StoreRequests.fileName(" Q3 / Q4 plans ")).isEqualTo("Q3 - Q4 plans");
        assertThat(StoreRequests.fileName(".NET guide")).isEqualTo("_NET guide");
    }

    private static ConfluenceSyncProperties.Space space(String key, String token) {
        return new ConfluenceSyncProperties.Space(
                "eng",
                "wiki",
                URI.create("https://example.atlassian.net/wiki"),
                key,
                null,
                token,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}

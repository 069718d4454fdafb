package org.jrag.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class WebSyncPropertiesTests {

    @Test
    void bindsSitesFromEnvironmentVariablesAsTheReadmeWritesThem() {
        var environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .replace(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new SystemEnvironmentPropertySource(
                                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                Map.of(
                                        "RAG_INGEST_WEBSYNC_SITES_0_NAME", "wiki",
                                        "RAG_INGEST_WEBSYNC_SITES_0_COLLECTION", "docs",
                                        "RAG_INGEST_WEBSYNC_SITES_0_URLS",
                                                "https://wiki.example.com/docs/start,https://wiki.example.com/faq/",
                                        "RAG_INGEST_WEBSYNC_SITES_0_MAXPAGES", "200",
                                        "RAG_INGEST_WEBSYNC_SITES_0_HEADERS_AUTHORIZATION", "Bearer wiki-token",
                                        "RAG_INGEST_WEBSYNC_INTERVAL", "6h")));

        WebSyncProperties properties = new Binder(ConfigurationPropertySources.get(environment))
                .bind("rag.ingest.web-sync", WebSyncProperties.class)
                .get();

        assertThat(properties.interval()).isEqualTo(Duration.ofHours(6));
        assertThat(properties.requestDelay()).isEqualTo(Duration.ofMillis(200));
        assertThat(properties.userAgent()).isEqualTo("jrag-web-sync/0.1");
        assertThat(properties.sites()).singleElement().satisfies(site -> {
            assertThat(site.name()).isEqualTo("wiki");
            assertThat(site.urls())
                    .containsExactly(
                            URI.create("https://wiki.example.com/docs/start"),
                            URI.create("https://wiki.example.com/faq/"));
            // by default the start pages' directories
            assertThat(site.prefixes())
                    .containsExactly("https://wiki.example.com/docs/", "https://wiki.example.com/faq/");
            assertThat(site.maxPages()).isEqualTo(200);
            assertThat(site.maxDepth()).isEqualTo(10);
            assertThat(site.delete()).isTrue();
            assertThat(site.headers()).containsExactly(Map.entry("authorization", "Bearer wiki-token"));
            assertThat(site.toString()).contains("headers=[authorization]").doesNotContain("wiki-token");
            assertThat(site.covers(URI.create("https://wiki.example.com/docs/a/b.html")))
                    .isTrue();
            assertThat(site.covers(URI.create("https://wiki.example.com/admin/")))
                    .isFalse();
        });
    }

    @Test
    void refusesSitesWithoutAStartOrWithAStartThatIsNoWebUrl() {
        assertThatThrownBy(() -> new WebSyncProperties.Site(
                        "wiki", "docs", null, null, null, null, null, null, null, null, null, null))
                .hasMessage("rag.ingest.web-sync.sites[] needs urls or sitemaps to start from (site 'wiki')");
        assertThatThrownBy(() -> new WebSyncProperties.Site(
                        "wiki",
                        "docs",
                        List.of(URI.create("file:///etc/passwd")),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null))
                .hasMessage("rag.ingest.web-sync.sites[] URLs must be absolute http(s) URLs (site 'wiki'), got:"
                        + " file:///etc/passwd");
        var site = new WebSyncProperties.Site(
                "wiki",
                "docs",
                List.of(URI.create("https://wiki.example.com/")),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        assertThatThrownBy(() -> new WebSyncProperties(null, null, null, null, null, List.of(site, site)))
                .hasMessage("rag.ingest.web-sync.sites names 'wiki' twice");
        assertThatThrownBy(() -> new WebSyncProperties.Site(
                        "wiki",
                        "docs",
                        List.of(URI.create("https://wiki.example.com/")),
                        null,
                        null,
                        null,
                        null,
                        null,
                        Map.of("Host", "evil.example.com"),
                        null,
                        null,
                        null))
                .hasMessage("rag.ingest.web-sync.sites[].headers cannot set 'Host' (site 'wiki')");
    }
}

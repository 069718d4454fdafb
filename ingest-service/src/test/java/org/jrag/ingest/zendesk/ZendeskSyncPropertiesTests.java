package org.jrag.ingest.zendesk;

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

class ZendeskSyncPropertiesTests {

    @Test
    void defaultsToEveryArticleOfTheDefaultLocaleEveryQuarterOfAnHour() {
        var properties = new ZendeskSyncProperties(null, null, List.of(guide(null, null, null, "tok")));

        assertThat(properties.interval()).isEqualTo(Duration.ofMinutes(15));
        ZendeskSyncProperties.Guide guide = properties.guides().get(0);
        assertThat(guide.url()).isEqualTo(URI.create("https://example.zendesk.com"));
        assertThat(guide.categories()).isEmpty();
        assertThat(guide.segmentReaders()).isEmpty();
        assertThat(guide.delete()).isTrue();
        assertThat(guide.location()).isEqualTo("https://example.zendesk.com/hc");
        assertThat(guide.toString()).doesNotContain("tok");
    }

    @Test
    void takesALocaleCategoriesAndTheReadersOfUserSegments() {
        var guide = guide(" EN-US ", List.of(" 360001 ", "360001", "360002"), Map.of(" 42 ", List.of("staff")), "tok");

        assertThat(guide.locale()).isEqualTo("en-us");
        assertThat(guide.location()).isEqualTo("https://example.zendesk.com/hc/en-us");
        assertThat(guide.categories()).containsExactly("360001", "360002");
        assertThat(guide.segmentReaders()).isEqualTo(Map.of("42", List.of("staff")));
    }

    @Test
    void bindsFromTheEnvironmentAsHelmSetsIt() {
        var environment = new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                Map.of(
                        "RAG_INGEST_ZENDESKSYNC_GUIDES_0_NAME", "help",
                        "RAG_INGEST_ZENDESKSYNC_GUIDES_0_COLLECTION", "help-center",
                        "RAG_INGEST_ZENDESKSYNC_GUIDES_0_URL", "https://example.zendesk.com",
                        "RAG_INGEST_ZENDESKSYNC_GUIDES_0_TOKEN", "tok",
                        "RAG_INGEST_ZENDESKSYNC_GUIDES_0_CATEGORIES", "360001,360002",
                        "RAG_INGEST_ZENDESKSYNC_GUIDES_0_SEGMENTREADERS_360000111222", "staff,support"));

        ZendeskSyncProperties properties = new Binder(ConfigurationPropertySources.from(environment))
                .bind("rag.ingest.zendesk-sync", ZendeskSyncProperties.class)
                .get();

        ZendeskSyncProperties.Guide guide = properties.guides().get(0);
        assertThat(guide.categories()).containsExactly("360001", "360002");
        assertThat(guide.segmentReaders()).isEqualTo(Map.of("360000111222", List.of("staff", "support")));
    }

    @Test
    void refusesWhatZendeskWouldNotTake() {
        assertThatThrownBy(() -> guide("en us", null, null, "tok"))
                .hasMessageContaining("locale must be a help center's locale (en-us, de), got: en us");
        assertThatThrownBy(() -> guide(null, List.of("printing"), null, "tok"))
                .hasMessageContaining("categories must be categories' ids (digits), got: printing");
        assertThatThrownBy(() -> guide(null, null, Map.of("agents", List.of("staff")), "tok"))
                .hasMessageContaining("segment-readers must be keyed by user segments' ids (digits), got: agents");
        assertThatThrownBy(() -> guide(null, null, Map.of("42", List.of("staff, hr")), "tok"))
                .hasMessageContaining("readers");
        assertThatThrownBy(() -> guide(null, null, null, " ")).hasMessageContaining("token is required");
        assertThatThrownBy(() -> new ZendeskSyncProperties.Guide(
                        "help",
                        "help-center",
                        URI.create("https://bot:secret@example.zendesk.com"),
                        null,
                        null,
                        null,
                        "tok",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null))
                .hasMessageContaining("url must be the help center's address alone");
        assertThatThrownBy(() -> new ZendeskSyncProperties(
                        null, null, List.of(guide(null, null, null, "tok"), guide(null, null, null, "tok"))))
                .hasMessageContaining("help");
    }

    private static ZendeskSyncProperties.Guide guide(
            String locale, List<String> categories, Map<String, List<String>> segmentReaders, String token) {
        return new ZendeskSyncProperties.Guide(
                "help",
                "help-center",
                URI.create("https://example.zendesk.com/"),
                locale,
                categories,
                "docs-bot@example.com",
                token,
                segmentReaders,
                null,
                null,
                null,
                null,
                null);
    }
}

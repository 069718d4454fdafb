package org.jrag.ingest.servicenow;

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

class ServiceNowSyncPropertiesTests {

    private static final String KB = "a7e8a78bff0221009b20ffffffffff17";

    @Test
    void defaultsToEveryPublishedArticleEveryQuarterOfAnHour() {
        var properties = new ServiceNowSyncProperties(null, null, List.of(base(KB, null, "tok")));

        assertThat(properties.interval()).isEqualTo(Duration.ofMinutes(15));
        ServiceNowSyncProperties.KnowledgeBase base =
                properties.knowledgeBases().get(0);
        assertThat(base.url()).isEqualTo(URI.create("https://example.service-now.com"));
        assertThat(base.delete()).isTrue();
        assertThat(base.criteriaReaders()).isEmpty();
        assertThat(base.location()).isEqualTo("https://example.service-now.com/kb?kb=" + KB);
        assertThat(base.toString()).doesNotContain("tok");
    }

    @Test
    void bindsTheCriteriaReadersFromTheEnvironmentAsHelmSetsThem() {
        var environment = new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                Map.of(
                        "RAG_INGEST_SERVICENOWSYNC_KNOWLEDGEBASES_0_NAME",
                        "it",
                        "RAG_INGEST_SERVICENOWSYNC_KNOWLEDGEBASES_0_COLLECTION",
                        "it-kb",
                        "RAG_INGEST_SERVICENOWSYNC_KNOWLEDGEBASES_0_URL",
                        "https://example.service-now.com",
                        "RAG_INGEST_SERVICENOWSYNC_KNOWLEDGEBASES_0_KNOWLEDGEBASE",
                        KB,
                        "RAG_INGEST_SERVICENOWSYNC_KNOWLEDGEBASES_0_TOKEN",
                        "tok",
                        "RAG_INGEST_SERVICENOWSYNC_KNOWLEDGEBASES_0_CRITERIAREADERS_0123456789ABCDEF0123456789ABCDEF",
                        "staff,it"));

        ServiceNowSyncProperties properties = new Binder(ConfigurationPropertySources.from(environment))
                .bind("rag.ingest.servicenow-sync", ServiceNowSyncProperties.class)
                .get();

        assertThat(properties.knowledgeBases().get(0).criteriaReaders())
                .isEqualTo(Map.of("0123456789abcdef0123456789abcdef", List.of("staff", "it")));
    }

    @Test
    void refusesWhatServiceNowWouldNotTake() {
        assertThatThrownBy(() -> base("KB0010001", null, "tok"))
                .hasMessageContaining("knowledge-base must be the knowledge base's sys_id (32 hexadecimal digits)");
        assertThatThrownBy(() -> base(KB, Map.of("IT staff", List.of("staff")), "tok"))
                .hasMessageContaining("criteria-readers must be keyed by user criteria's sys_ids, got: IT staff");
        assertThatThrownBy(() -> base(KB, null, " ")).hasMessageContaining("token is required");
    }

    private static ServiceNowSyncProperties.KnowledgeBase base(
            String knowledgeBase, Map<String, List<String>> criteriaReaders, String token) {
        return new ServiceNowSyncProperties.KnowledgeBase(
                "it",
                "it-kb",
                URI.create("https://example.service-now.com/"),
                knowledgeBase,
                "rag.sync",
                token,
                criteriaReaders,
                null,
                null,
                null,
                null,
                null);
    }
}

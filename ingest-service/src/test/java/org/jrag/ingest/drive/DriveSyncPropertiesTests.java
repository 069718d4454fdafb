package org.jrag.ingest.drive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class DriveSyncPropertiesTests {

    @Test
    void bindsDrivesFromEnvironmentVariablesWithGraphAndItsScopeByDefault() {
        var environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .replace(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new SystemEnvironmentPropertySource(
                                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                Map.of(
                                        "RAG_INGEST_DRIVESYNC_DRIVES_0_NAME", "policies",
                                        "RAG_INGEST_DRIVESYNC_DRIVES_0_COLLECTION", "hr",
                                        "RAG_INGEST_DRIVESYNC_DRIVES_0_DRIVEID", "b!lib1",
                                        "RAG_INGEST_DRIVESYNC_DRIVES_0_FOLDER", "/HR Policies/",
                                        "RAG_INGEST_DRIVESYNC_DRIVES_0_OAUTH2_TOKENURL",
                                                "https://login.microsoftonline.com/t/oauth2/v2.0/token",
                                        "RAG_INGEST_DRIVESYNC_DRIVES_0_OAUTH2_CLIENTID", "jrag-ingest",
                                        "RAG_INGEST_DRIVESYNC_DRIVES_0_OAUTH2_CLIENTSECRET", "s3cr3t")));

        DriveSyncProperties properties = new Binder(ConfigurationPropertySources.get(environment))
                .bind("rag.ingest.drive-sync", DriveSyncProperties.class)
                .get();

        assertThat(properties.drives()).singleElement().satisfies(drive -> {
            assertThat(drive.folder()).isEqualTo("HR Policies");
            assertThat(drive.graphUrl()).isEqualTo(URI.create("https://graph.microsoft.com/v1.0"));
            assertThat(drive.oauth2().scopeOr(DriveSyncProperties.GRAPH_SCOPE))
                    .isEqualTo("https://graph.microsoft.com/.default");
            assertThat(drive.location()).isEqualTo("https://graph.microsoft.com/v1.0/drives/b!lib1/root:/HR Policies");
            assertThat(drive.oauth2().toString()).doesNotContain("s3cr3t");
        });
    }

    @Test
    void refusesADriveWithoutItsIdOrTheAppItSignsInAs() {
        assertThatThrownBy(() -> new DriveSyncProperties.Drive(
                        "policies", "hr", null, null, null, null, null, null, null, null, null))
                .hasMessage("rag.ingest.drive-sync.drives[] (drive 'policies'): collection and drive-id are required");
        assertThatThrownBy(() -> new DriveSyncProperties.Drive(
                        "policies", "hr", "b!lib1", null, null, null, null, null, null, null, null))
                .hasMessage("rag.ingest.drive-sync.drives[] (drive 'policies'): oauth2 (the app registration it signs"
                        + " in as) is required");
    }
}

package org.jrag.ingest.folder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class FolderSyncPropertiesTests {

    @Test
    void bindsFoldersFromEnvironmentVariablesAsTheReadmeWritesThem() {
        var environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .replace(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new SystemEnvironmentPropertySource(
                                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                Map.of(
                                        "RAG_INGEST_FOLDERSYNC_FOLDERS_0_NAME", "handbook",
                                        "RAG_INGEST_FOLDERSYNC_FOLDERS_0_COLLECTION", "docs",
                                        "RAG_INGEST_FOLDERSYNC_FOLDERS_0_PATH", "/data/handbook",
                                        "RAG_INGEST_FOLDERSYNC_FOLDERS_0_INCLUDE", "**/*.md,**/*.pdf",
                                        "RAG_INGEST_FOLDERSYNC_INTERVAL", "10m")));

        FolderSyncProperties properties = new Binder(ConfigurationPropertySources.get(environment))
                .bind("rag.ingest.folder-sync", FolderSyncProperties.class)
                .get();

        assertThat(properties.interval()).isEqualTo(Duration.ofMinutes(10));
        assertThat(properties.initialDelay()).isEqualTo(Duration.ofSeconds(30));
        assertThat(properties.folders()).singleElement().satisfies(folder -> {
            assertThat(folder.name()).isEqualTo("handbook");
            assertThat(folder.collection()).isEqualTo("docs");
            assertThat(folder.path()).isEqualTo(Path.of("/data/handbook"));
            assertThat(folder.include()).containsExactly("**/*.md", "**/*.pdf");
            assertThat(folder.delete()).isTrue();
            assertThat(folder.sourcePrefix()).isEqualTo("handbook/");
        });
    }

    @Test
    void refusesABadNameAMissingCollectionAndANameTwice() {
        assertThatThrownBy(() -> new FolderSyncProperties.Folder(
                        "Hand Book", "docs", Path.of("/d"), null, null, null, null, null))
                .hasMessageStartingWith("rag.ingest.folder-sync.folders[].name must match");
        assertThatThrownBy(() ->
                        new FolderSyncProperties.Folder("handbook", " ", Path.of("/d"), null, null, null, null, null))
                .hasMessage("rag.ingest.folder-sync.folders[].collection is required (folder 'handbook')");
        var folder = new FolderSyncProperties.Folder("handbook", "docs", Path.of("/d"), null, false, null, null, null);
        assertThatThrownBy(() -> new FolderSyncProperties(null, null, List.of(folder, folder)))
                .hasMessage("rag.ingest.folder-sync.folders names 'handbook' twice");
    }
}

package org.jrag.ingest.folder;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jrag.ingest.document.DocumentMetadata;
import org.jrag.ingest.mirror.SyncSettings;
import org.jrag.ingest.mirror.SyncedStore;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code rag.ingest.folder-sync.*}: directories the service keeps collections in step with (a mounted share, a
 * volume), checked every {@code interval}.
 *
 * @param interval the pause between the end of one round over the folders and the start of the next
 * @param initialDelay how long after start-up the first round begins
 * @param folders the folders to sync; none by default
 */
@ConfigurationProperties("rag.ingest.folder-sync")
public record FolderSyncProperties(Duration interval, Duration initialDelay, List<Folder> folders) {

    public FolderSyncProperties {
        interval = SyncSettings.interval("rag.ingest.folder-sync.interval", interval, Duration.ofMinutes(5));
        initialDelay = initialDelay == null ? Duration.ofSeconds(30) : initialDelay;
        folders = folders == null ? List.of() : List.copyOf(folders);
        SyncSettings.uniqueNames(
                "rag.ingest.folder-sync.folders",
                folders.stream().map(Folder::name).toList());
    }

    /**
     * One directory and the collection it fills.
     *
     * @param name how the folder is known (its documents' sources are {@code name/relative/path}); lower case
     * @param collection the collection its files go to, created when missing
     * @param path the directory, read recursively (hidden files and directories skipped)
     * @param include glob patterns over the relative path ({@code **}{@code /*.md}); empty: every file of a
     *     supported format
     * @param delete whether a document whose file is gone is deleted (default true)
     * @param readers who may read the folder's documents (group or role names, {@code user:<name>}); empty: everyone
     *     who may read the collection. A change applies to the documents already stored at the next round
     * @param language the collection's language ({@code german}, {@code auto}, ...), set at each round; null: left as
     *     it is (the service default for a collection the sync creates)
     * @param redact the kinds of personal data the collection redacts, set at each round; null: left as they are
     */
    public record Folder(
            String name,
            String collection,
            Path path,
            List<String> include,
            Boolean delete,
            List<String> readers,
            String language,
            List<String> redact)
            implements SyncedStore {

        public Folder {
            SyncSettings.name("rag.ingest.folder-sync.folders", name);
            if (collection == null || collection.isBlank()) {
                throw new IllegalArgumentException(
                        "rag.ingest.folder-sync.folders[].collection is required (folder '" + name + "')");
            }
            if (path == null) {
                throw new IllegalArgumentException(
                        "rag.ingest.folder-sync.folders[].path is required (folder '" + name + "')");
            }
            include = include == null ? List.of() : List.copyOf(include);
            delete = delete == null || delete;
            readers = DocumentMetadata.checkReaders(readers == null ? List.of() : readers);
            String where = "rag.ingest.folder-sync.folders[] (folder '" + name + "')";
            language = SyncSettings.language(where, language);
            redact = SyncSettings.redact(where, redact);
        }

        /** The source prefix of the folder's documents. */
        public String sourcePrefix() {
            return name + "/";
        }
    }
}

package org.jrag.ingest.gdrive;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.jrag.ingest.document.DocumentMetadata;
import org.jrag.ingest.mirror.SyncSettings;
import org.jrag.ingest.mirror.SyncedStore;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code rag.ingest.google-drive-sync.*}: Google Drive folders and shared drives the service keeps collections in step
 * with, listed every {@code interval}.
 *
 * @param interval the pause between the end of one round over the drives and the start of the next
 * @param initialDelay how long after start-up the first round begins
 * @param drives the folders to sync; none by default
 */
@ConfigurationProperties("rag.ingest.google-drive-sync")
public record GoogleDriveSyncProperties(Duration interval, Duration initialDelay, List<Drive> drives) {

    /** Drive's ids of files, folders and shared drives. */
    private static final Pattern ID = Pattern.compile("^[A-Za-z0-9_-]{10,200}$");

    /** The scope the service account asks for: reading files and their metadata. */
    static final String SCOPE = "https://www.googleapis.com/auth/drive.readonly";

    public GoogleDriveSyncProperties {
        interval = SyncSettings.interval("rag.ingest.google-drive-sync.interval", interval, Duration.ofMinutes(5));
        initialDelay = initialDelay == null ? Duration.ofSeconds(30) : initialDelay;
        drives = drives == null ? List.of() : List.copyOf(drives);
        SyncSettings.uniqueNames(
                "rag.ingest.google-drive-sync.drives",
                drives.stream().map(Drive::name).toList());
    }

    /**
     * One Google Drive folder (or shared drive) and the collection it fills.
     *
     * @param name how the folder is known (its documents' sources are {@code name/<path under the folder>}); lower case
     * @param collection the collection its files go to, created when missing
     * @param folderId the folder's id (the last part of its address, {@code drive.google.com/drive/folders/<id>}), or a
     *     shared drive's id for the whole drive
     * @param serviceAccountKey the content of the service account's JSON key file; the folder must be shared with the
     *     account's e-mail address (or, with {@code subject}, readable by that user)
     * @param subject the user the service account acts for through domain-wide delegation; null: the account itself
     * @param apiUrl where Drive's API answers; {@code https://www.googleapis.com} by default
     * @param include glob patterns over the path; empty: every file of a supported format
     * @param delete whether a document whose file is gone (deleted, trashed, moved out of the folder) is deleted
     *     (default true)
     * @param readers who may read the folder's documents; empty: everyone who may read the collection
     * @param language the collection's language, set at each round; null: left as it is
     * @param redact the kinds of personal data the collection redacts, set at each round; null: left as they are
     */
    public record Drive(
            String name,
            String collection,
            String folderId,
            String serviceAccountKey,
            String subject,
            URI apiUrl,
            List<String> include,
            Boolean delete,
            List<String> readers,
            String language,
            List<String> redact)
            implements SyncedStore {

        public Drive {
            SyncSettings.name("rag.ingest.google-drive-sync.drives", name);
            String where = "rag.ingest.google-drive-sync.drives[] (drive '" + name + "')";
            if (collection == null || collection.isBlank()) {
                throw new IllegalArgumentException(where + ": collection is required");
            }
            folderId = folderId == null ? null : folderId.strip();
            if (folderId == null || !ID.matcher(folderId).matches()) {
                throw new IllegalArgumentException(
                        where + ": folder-id must be a Drive folder's or shared drive's id, got: " + folderId);
            }
            ServiceAccount.of(where, serviceAccountKey);
            subject = subject == null || subject.isBlank() ? null : subject.strip();
            apiUrl = SyncSettings.siteUrl(
                    where, apiUrl == null ? URI.create("https://www.googleapis.com") : apiUrl, "Drive's API address");
            include = include == null ? List.of() : List.copyOf(include);
            delete = delete == null || delete;
            readers = DocumentMetadata.checkReaders(readers == null ? List.of() : readers);
            language = SyncSettings.language(where, language);
            redact = SyncSettings.redact(where, redact);
        }

        /** The service account its key file describes. */
        ServiceAccount account() {
            return ServiceAccount.of(name, serviceAccountKey);
        }

        /** Where its files are, for logs and the API: the folder's address in Drive. */
        public String location() {
            return "https://drive.google.com/drive/folders/" + folderId;
        }

        /** Leaves the key out, should a drive ever be logged. */
        @Override
        public String toString() {
            return "Drive[name=" + name + ", collection=" + collection + ", location=" + location() + "]";
        }
    }
}

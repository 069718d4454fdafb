package org.jrag.ingest.drive;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.jrag.ingest.document.DocumentMetadata;
import org.jrag.ingest.mirror.SyncSettings;
import org.jrag.ingest.mirror.SyncedStore;
import org.jrag.ingest.oauth.OAuth2Client;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code rag.ingest.drive-sync.*}: SharePoint document libraries and OneDrive folders (Microsoft Graph drives) the
 * service keeps collections in step with, listed every {@code interval}.
 *
 * @param interval the pause between the end of one round over the drives and the start of the next
 * @param initialDelay how long after start-up the first round begins
 * @param drives the drives to sync; none by default
 */
@ConfigurationProperties("rag.ingest.drive-sync")
public record DriveSyncProperties(Duration interval, Duration initialDelay, List<Drive> drives) {

    /** Microsoft Graph's scope for an app's own permissions (Files.Read.All or Sites.Read.All, granted by an admin). */
    static final String GRAPH_SCOPE = "https://graph.microsoft.com/.default";

    public DriveSyncProperties {
        interval = SyncSettings.interval("rag.ingest.drive-sync.interval", interval, Duration.ofMinutes(5));
        initialDelay = initialDelay == null ? Duration.ofSeconds(30) : initialDelay;
        drives = drives == null ? List.of() : List.copyOf(drives);
        SyncSettings.uniqueNames(
                "rag.ingest.drive-sync.drives", drives.stream().map(Drive::name).toList());
    }

    /**
     * One drive (or a folder of it) and the collection it fills.
     *
     * @param name how the drive is known (its documents' sources are {@code name/relative/path}); lower case
     * @param collection the collection its files go to, created when missing
     * @param driveId the drive's id (a SharePoint library's: {@code GET /sites/{site-id}/drives})
     * @param folder the folder of the drive to sync, a path from its root ({@code Policies/HR}); empty: the whole drive
     * @param graphUrl Microsoft Graph's address; default {@code https://graph.microsoft.com/v1.0} (a national cloud's
     *     differs)
     * @param oauth2 the app registration it signs in as (client-credentials tokens; scope default Graph's)
     * @param include glob patterns over the relative path; empty: every file of a supported format
     * @param delete whether a document whose file is gone is deleted (default true)
     * @param readers who may read the drive's documents; empty: everyone who may read the collection
     * @param language the collection's language, set at each round; null: left as it is
     * @param redact the kinds of personal data the collection redacts, set at each round; null: left as they are
     */
    public record Drive(
            String name,
            String collection,
            String driveId,
            String folder,
            URI graphUrl,
            OAuth2Client oauth2,
            List<String> include,
            Boolean delete,
            List<String> readers,
            String language,
            List<String> redact)
            implements SyncedStore {

        public Drive {
            SyncSettings.name("rag.ingest.drive-sync.drives", name);
            String where = "rag.ingest.drive-sync.drives[] (drive '" + name + "')";
            if (collection == null || collection.isBlank() || driveId == null || driveId.isBlank()) {
                throw new IllegalArgumentException(where + ": collection and drive-id are required");
            }
            if (oauth2 == null) {
                throw new IllegalArgumentException(
                        where + ": oauth2 (the app registration it signs in as) is required");
            }
            folder = folder == null ? "" : folder.strip().replaceAll("^/+|/+$", "");
            graphUrl = graphUrl == null ? URI.create("https://graph.microsoft.com/v1.0") : graphUrl;
            if (!List.of("http", "https").contains(graphUrl.getScheme())) {
                throw new IllegalArgumentException(
                        where + ": graph-url must be an http or https URL, got: " + graphUrl);
            }
            include = include == null ? List.of() : List.copyOf(include);
            delete = delete == null || delete;
            readers = DocumentMetadata.checkReaders(readers == null ? List.of() : readers);
            language = SyncSettings.language(where, language);
            redact = SyncSettings.redact(where, redact);
        }

        /** Where its files are, for logs and the API: {@code <graph>/drives/<id>/root:/<folder>}. */
        public String location() {
            return graphUrl + "/drives/" + driveId + "/root" + (folder.isEmpty() ? "" : ":/" + folder);
        }
    }
}

package org.jrag.ingest.blob;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.jrag.ingest.document.DocumentMetadata;
import org.jrag.ingest.mirror.SyncSettings;
import org.jrag.ingest.mirror.SyncedStore;
import org.jrag.ingest.oauth.OAuth2Client;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code rag.ingest.blob-sync.*}: Azure Blob Storage containers (and Data Lake Storage Gen2 file systems, which answer
 * the same API) the service keeps collections in step with, listed every {@code interval}.
 *
 * @param interval the pause between the end of one round over the containers and the start of the next
 * @param initialDelay how long after start-up the first round begins
 * @param containers the containers to sync; none by default
 */
@ConfigurationProperties("rag.ingest.blob-sync")
public record BlobSyncProperties(Duration interval, Duration initialDelay, List<Container> containers) {

    /** Azure Storage's scope for a service principal's own access (a Storage Blob Data Reader role assignment). */
    static final String STORAGE_SCOPE = "https://storage.azure.com/.default";

    public BlobSyncProperties {
        interval = SyncSettings.interval("rag.ingest.blob-sync.interval", interval, Duration.ofMinutes(5));
        initialDelay = initialDelay == null ? Duration.ofSeconds(30) : initialDelay;
        containers = containers == null ? List.of() : List.copyOf(containers);
        SyncSettings.uniqueNames(
                "rag.ingest.blob-sync.containers",
                containers.stream().map(Container::name).toList());
    }

    /**
     * One container (or the blobs under a prefix of it) and the collection it fills.
     *
     * @param name how the container is known (its documents' sources are {@code name/blob name after the prefix})
     * @param collection the collection its blobs go to, created when missing
     * @param account the storage account; the endpoint is {@code https://<account>.blob.core.windows.net}
     * @param endpoint the blob endpoint instead (another cloud, Azurite: {@code http://127.0.0.1:10000/devstoreaccount1})
     * @param container the container's name
     * @param prefix the blob name prefix to sync, a {@code /} added where it has none; empty: every blob
     * @param sasToken a shared access signature with read and list rights ({@code sv=...&sig=...}), or null
     * @param oauth2 the service principal it signs in as instead (client-credentials tokens; scope default Azure
     *     Storage's), or null
     * @param include glob patterns over the blob name after the prefix; empty: every blob of a supported format
     * @param delete whether a document whose blob is gone is deleted (default true)
     * @param readers who may read the container's documents; empty: everyone who may read the collection
     * @param language the collection's language, set at each round; null: left as it is
     * @param redact the kinds of personal data the collection redacts, set at each round; null: left as they are
     */
    public record Container(
            String name,
            String collection,
            String account,
            URI endpoint,
            String container,
            String prefix,
            String sasToken,
            OAuth2Client oauth2,
            List<String> include,
            Boolean delete,
            List<String> readers,
            String language,
            List<String> redact)
            implements SyncedStore {

        public Container {
            SyncSettings.name("rag.ingest.blob-sync.containers", name);
            String where = "rag.ingest.blob-sync.containers[] (container '" + name + "')";
            if (collection == null || collection.isBlank() || container == null || container.isBlank()) {
                throw new IllegalArgumentException(where + ": collection and container are required");
            }
            if (endpoint == null) {
                if (account == null || !account.matches("[a-z0-9]{3,24}")) {
                    throw new IllegalArgumentException(
                            where + ": account must be a storage account's name (or give endpoint), got: " + account);
                }
                endpoint = URI.create("https://" + account + ".blob.core.windows.net");
            } else if (!List.of("http", "https").contains(endpoint.getScheme())) {
                throw new IllegalArgumentException(where + ": endpoint must be an http or https URL, got: " + endpoint);
            }
            sasToken = sasToken == null || sasToken.isBlank()
                    ? null
                    : sasToken.strip().replaceFirst("^\\?", "");
            if ((sasToken == null) == (oauth2 == null)) {
                throw new IllegalArgumentException(where + ": give a sas-token or oauth2, one of them");
            }
            prefix = prefix == null ? "" : prefix;
            prefix = prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
            include = include == null ? List.of() : List.copyOf(include);
            delete = delete == null || delete;
            readers = DocumentMetadata.checkReaders(readers == null ? List.of() : readers);
            language = SyncSettings.language(where, language);
            redact = SyncSettings.redact(where, redact);
        }

        /** Where its blobs are, for logs and the API: {@code <endpoint>/<container>/<prefix>}. */
        public String location() {
            return endpoint.toString().replaceFirst("/+$", "") + "/" + container + "/" + prefix;
        }

        /** Leaves the signature and the secret out, should a container ever be logged. */
        @Override
        public String toString() {
            return "Container[name=" + name + ", collection=" + collection + ", location=" + location() + "]";
        }
    }
}

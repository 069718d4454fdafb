package org.jrag.ingest.mailbox;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.jrag.ingest.document.DocumentMetadata;
import org.jrag.ingest.mirror.SyncSettings;
import org.jrag.ingest.mirror.SyncedStore;
import org.jrag.ingest.oauth.OAuth2Client;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code rag.ingest.mailbox-sync.*}: IMAP mailboxes (a support inbox, a shared mailbox) the service keeps collections
 * in step with, each message a document, checked every {@code interval}.
 *
 * @param interval the pause between the end of one round over the mailboxes and the start of the next
 * @param initialDelay how long after start-up the first round begins
 * @param mailboxes the mailboxes to sync; none by default
 */
@ConfigurationProperties("rag.ingest.mailbox-sync")
public record MailboxSyncProperties(Duration interval, Duration initialDelay, List<Mailbox> mailboxes) {

    public MailboxSyncProperties {
        interval = SyncSettings.interval("rag.ingest.mailbox-sync.interval", interval, Duration.ofMinutes(5));
        initialDelay = initialDelay == null ? Duration.ofSeconds(30) : initialDelay;
        mailboxes = mailboxes == null ? List.of() : List.copyOf(mailboxes);
        SyncSettings.uniqueNames(
                "rag.ingest.mailbox-sync.mailboxes",
                mailboxes.stream().map(Mailbox::name).toList());
    }

    /** How the connection is secured. */
    public enum Security {
        /** TLS from the first byte (IMAPS, port 993). */
        SSL,
        /** Plain IMAP upgraded with STARTTLS before the login, which fails when the server cannot (port 143). */
        STARTTLS,
        /** No TLS: for a server on the same host or a test server only, since the password travels in clear. */
        NONE
    }

    /**
     * One IMAP account's folders and the collection their messages fill.
     *
     * @param name how the mailbox is known (its documents' sources are {@code name/<folder>/<UIDVALIDITY>/<UID>.eml});
     *     lower case
     * @param collection the collection its messages go to, created when missing
     * @param host the IMAP server
     * @param port its port; 0: 993 for {@code ssl}, else 143
     * @param security {@code ssl} (default), {@code starttls} or {@code none}
     * @param username the account
     * @param password its password (or app password); none where it signs in with {@code oauth2}
     * @param oauth2 the OAuth 2.0 client it signs in as (XOAUTH2; scope default {@code
     *     https://outlook.office365.com/.default}, Microsoft 365's), or null for a password
     * @param folders the folders to read ({@code INBOX}, {@code Support/Tickets}); default {@code INBOX}
     * @param delete whether a document whose message is gone (deleted, moved) is deleted (default true)
     * @param readers who may read the mailbox's documents; empty: everyone who may read the collection
     * @param language the collection's language, set at each round; null: left as it is
     * @param redact the kinds of personal data the collection redacts, set at each round; null: left as they are
     */
    public record Mailbox(
            String name,
            String collection,
            String host,
            int port,
            Security security,
            String username,
            String password,
            OAuth2Client oauth2,
            List<String> folders,
            Boolean delete,
            List<String> readers,
            String language,
            List<String> redact)
            implements SyncedStore {

        public Mailbox {
            SyncSettings.name("rag.ingest.mailbox-sync.mailboxes", name);
            String where = "rag.ingest.mailbox-sync.mailboxes[] (mailbox '" + name + "')";
            if (collection == null || collection.isBlank()) {
                throw new IllegalArgumentException(where + ": collection is required");
            }
            if (host == null || host.isBlank() || username == null || username.isBlank()) {
                throw new IllegalArgumentException(where + ": host and username are required");
            }
            if ((password == null) == (oauth2 == null)) {
                throw new IllegalArgumentException(where + ": give a password or oauth2, one of them");
            }
            security = security == null ? Security.SSL : security;
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException(where + ": port must be 0 to 65535, got: " + port);
            }
            port = port == 0 ? (security == Security.SSL ? 993 : 143) : port;
            folders = folders == null || folders.isEmpty() ? List.of("INBOX") : List.copyOf(folders);
            for (String folder : folders) {
                if (folder.isBlank() || folder.startsWith(".") || folder.contains("//")) {
                    throw new IllegalArgumentException(where + ": not a folder to read: '" + folder + "'");
                }
            }
            delete = delete == null || delete;
            readers = DocumentMetadata.checkReaders(readers == null ? List.of() : readers);
            language = SyncSettings.language(where, language);
            redact = SyncSettings.redact(where, redact);
        }

        /** Where its messages are, for logs and the API: {@code imaps://user@host:993}, the user URL-encoded. */
        public String location() {
            String scheme = security == Security.SSL ? "imaps" : "imap";
            return scheme + "://" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "@"
                    + host.toLowerCase(Locale.ROOT) + ":" + port;
        }

        /** Leaves the password out, should a mailbox ever be logged. */
        @Override
        public String toString() {
            return "Mailbox[name=" + name + ", collection=" + collection + ", location=" + location() + ", folders="
                    + folders + "]";
        }
    }
}

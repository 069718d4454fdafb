package org.jrag.ingest.zendesk;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jrag.ingest.document.DocumentMetadata;
import org.jrag.ingest.mirror.SyncSettings;
import org.jrag.ingest.mirror.SyncedStore;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code rag.ingest.zendesk-sync.*}: Zendesk help centers (Zendesk Guide) the service keeps collections in step with,
 * listed every {@code interval}.
 *
 * @param interval the pause between the end of one round over the help centers and the start of the next
 * @param initialDelay how long after start-up the first round begins
 * @param guides the help centers to sync; none by default
 */
@ConfigurationProperties("rag.ingest.zendesk-sync")
public record ZendeskSyncProperties(Duration interval, Duration initialDelay, List<Guide> guides) {

    /** Zendesk's ids: digits. */
    private static final Pattern ID = Pattern.compile("^[0-9]{1,20}$");

    /** A help center's locales ({@code en-us}, {@code de}, {@code pt-br}). */
    private static final Pattern LOCALE = Pattern.compile("^[a-z]{2,3}(-[a-z0-9]{2,8})*$");

    public ZendeskSyncProperties {
        interval = SyncSettings.interval("rag.ingest.zendesk-sync.interval", interval, Duration.ofMinutes(15));
        initialDelay = initialDelay == null ? Duration.ofSeconds(30) : initialDelay;
        guides = guides == null ? List.of() : List.copyOf(guides);
        SyncSettings.uniqueNames(
                "rag.ingest.zendesk-sync.guides",
                guides.stream().map(Guide::name).toList());
    }

    /**
     * One help center and the collection it fills.
     *
     * @param name how the help center is known (its documents' sources are {@code name/<article id>.html}); lower case
     * @param collection the collection its articles go to, created when missing
     * @param url the help center's Zendesk address ({@code https://example.zendesk.com})
     * @param locale the language of the articles to sync ({@code en-us}, {@code de}); null: the help center's default
     * @param categories the ids of the categories whose articles are synced; empty: every article
     * @param username the agent's e-mail address that signs in with {@code token} as an API token; null: {@code token}
     *     is an OAuth access token (a bearer token)
     * @param token the API token or OAuth access token
     * @param segmentReaders who may read the articles visible only to a user segment (agents, signed-in users, a
     *     segment of tags, groups or organizations), by the segment's id: an article is read by those of any of its
     *     segments; an article of a segment not named here is read by nobody but callers that read every document
     * @param include glob patterns over the path; empty: every article
     * @param delete whether a document whose article is gone (deleted, archived, back to draft, moved out of the
     *     categories) is deleted (default true)
     * @param readers who may read the articles that everyone may see in the help center; empty: everyone who may read
     *     the collection
     * @param language the collection's language, set at each round; null: left as it is
     * @param redact the kinds of personal data the collection redacts, set at each round; null: left as they are
     */
    public record Guide(
            String name,
            String collection,
            URI url,
            String locale,
            List<String> categories,
            String username,
            String token,
            Map<String, List<String>> segmentReaders,
            List<String> include,
            Boolean delete,
            List<String> readers,
            String language,
            List<String> redact)
            implements SyncedStore {

        public Guide {
            SyncSettings.name("rag.ingest.zendesk-sync.guides", name);
            String where = "rag.ingest.zendesk-sync.guides[] (help center '" + name + "')";
            if (collection == null || collection.isBlank() || url == null) {
                throw new IllegalArgumentException(where + ": collection and url are required");
            }
            url = SyncSettings.siteUrl(where, url, "the help center's address");
            locale = locale == null || locale.isBlank() ? null : locale.strip().toLowerCase(Locale.ROOT);
            if (locale != null && !LOCALE.matcher(locale).matches()) {
                throw new IllegalArgumentException(
                        where + ": locale must be a help center's locale (en-us, de), got: " + locale);
            }
            categories = categories == null
                    ? List.of()
                    : categories.stream().map(String::strip).distinct().toList();
            for (String category : categories) {
                if (!ID.matcher(category).matches()) {
                    throw new IllegalArgumentException(
                            where + ": categories must be categories' ids (digits), got: " + category);
                }
            }
            if (token == null || token.isBlank()) {
                throw new IllegalArgumentException(
                        where + ": token is required (an API token with username, or an OAuth access token)");
            }
            username = username == null || username.isBlank() ? null : username.strip();
            segmentReaders = SyncSettings.readersByKey(
                    where, "segment-readers", segmentReaders, ID, "user segments' ids (digits)");
            include = include == null ? List.of() : List.copyOf(include);
            delete = delete == null || delete;
            readers = DocumentMetadata.checkReaders(readers == null ? List.of() : readers);
            language = SyncSettings.language(where, language);
            redact = SyncSettings.redact(where, redact);
        }

        /** Where its articles are, for logs and the API: {@code <url>/hc[/<locale>]}. */
        public String location() {
            return url + "/hc" + (locale == null ? "" : "/" + locale);
        }

        /** Leaves the token out, should a help center ever be logged. */
        @Override
        public String toString() {
            return "Guide[name=" + name + ", collection=" + collection + ", location=" + location() + "]";
        }
    }
}

package org.jrag.ingest.confluence;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.jrag.ingest.document.DocumentMetadata;
import org.jrag.ingest.mirror.SyncSettings;
import org.jrag.ingest.mirror.SyncedStore;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code rag.ingest.confluence-sync.*}: Confluence spaces (Cloud or Data Center) the service keeps collections in step
 * with, listed every {@code interval}.
 *
 * @param interval the pause between the end of one round over the spaces and the start of the next
 * @param initialDelay how long after start-up the first round begins
 * @param spaces the spaces to sync; none by default
 */
@ConfigurationProperties("rag.ingest.confluence-sync")
public record ConfluenceSyncProperties(Duration interval, Duration initialDelay, List<Space> spaces) {

    /** Confluence's space keys: letters and digits (a personal space's: {@code ~} and the account). */
    private static final Pattern SPACE_KEY = Pattern.compile("^~?[A-Za-z0-9][A-Za-z0-9_-]{0,254}$");

    public ConfluenceSyncProperties {
        interval = SyncSettings.interval("rag.ingest.confluence-sync.interval", interval, Duration.ofMinutes(15));
        initialDelay = initialDelay == null ? Duration.ofSeconds(30) : initialDelay;
        spaces = spaces == null ? List.of() : List.copyOf(spaces);
        SyncSettings.uniqueNames(
                "rag.ingest.confluence-sync.spaces",
                spaces.stream().map(Space::name).toList());
    }

    /**
     * One Confluence space and the collection it fills.
     *
     * @param name how the space is known (its documents' sources are {@code name/<page title>.html}, {@code
     *     name/blog/<date> <post title>.html} and {@code name/<page or post>/<attachment>}); lower case
     * @param collection the collection its pages go to, created when missing
     * @param url the site's address up to its REST API: {@code https://example.atlassian.net/wiki} (Cloud), {@code
     *     https://confluence.example.com} or with its context path (Data Center)
     * @param spaceKey the space's key ({@code ENG})
     * @param username the account that signs in with {@code token}: Cloud's e-mail address with an API token, a Data
     *     Center user with a password; null: {@code token} is a Data Center personal access token (a bearer token)
     * @param token the API token, password or personal access token
     * @param attachments whether the pages' attachments of a supported format (PDFs, Office files, ...) are synced too
     *     (default true)
     * @param blogPosts whether the space's blog posts are synced too, each {@code blog/<date> <title>.html} (default
     *     true; not with {@code rootPage})
     * @param rootPage the id of a page whose tree alone is synced (the page and every page under it, with their
     *     attachments); null: the whole space
     * @param include glob patterns over the path ({@code *.html} for pages alone); empty: every page and attachment of
     *     a supported format
     * @param delete whether a document whose page is gone is deleted (default true)
     * @param readers who may read the space's documents whose pages are not restricted; empty: everyone who may read
     *     the collection
     * @param restrictions whether a restricted page's view restrictions (its own and its ancestors') are its
     *     document's readers, and its attachments' (default true; false: every document has {@code readers})
     * @param language the collection's language, set at each round; null: left as it is
     * @param redact the kinds of personal data the collection redacts, set at each round; null: left as they are
     */
    public record Space(
            String name,
            String collection,
            URI url,
            String spaceKey,
            String username,
            String token,
            Boolean attachments,
            Boolean blogPosts,
            String rootPage,
            List<String> include,
            Boolean delete,
            List<String> readers,
            Boolean restrictions,
            String language,
            List<String> redact)
            implements SyncedStore {

        public Space {
            SyncSettings.name("rag.ingest.confluence-sync.spaces", name);
            String where = "rag.ingest.confluence-sync.spaces[] (space '" + name + "')";
            if (collection == null || collection.isBlank() || url == null) {
                throw new IllegalArgumentException(where + ": collection and url are required");
            }
            url = SyncSettings.siteUrl(where, url, "the site's address");
            if (spaceKey == null || !SPACE_KEY.matcher(spaceKey).matches()) {
                throw new IllegalArgumentException(
                        where + ": space-key must be a Confluence space key (ENG), got: " + spaceKey);
            }
            if (token == null || token.isBlank()) {
                throw new IllegalArgumentException(where + ": token is required (an API token, a password with"
                        + " username, or a personal access token)");
            }
            username = username == null || username.isBlank() ? null : username.strip();
            attachments = attachments == null || attachments;
            rootPage = rootPage == null || rootPage.isBlank() ? null : rootPage.strip();
            if (rootPage != null && !rootPage.matches("\\d{1,19}")) {
                throw new IllegalArgumentException(
                        where + ": root-page must be a page's id (the digits in its address), got: " + rootPage);
            }
            if (rootPage != null && Boolean.TRUE.equals(blogPosts)) {
                throw new IllegalArgumentException(
                        where + ": blog-posts cannot be true with a root-page (blog posts are in no page's tree)");
            }
            blogPosts = rootPage == null && (blogPosts == null || blogPosts);
            include = include == null ? List.of() : List.copyOf(include);
            delete = delete == null || delete;
            readers = DocumentMetadata.checkReaders(readers == null ? List.of() : readers);
            restrictions = restrictions == null || restrictions;
            language = SyncSettings.language(where, language);
            redact = SyncSettings.redact(where, redact);
        }

        /** Where its pages are, for logs and the API: {@code <url>/spaces/<key>}. */
        public String location() {
            return url + "/spaces/" + spaceKey;
        }

        /** Leaves the token out, should a space ever be logged. */
        @Override
        public String toString() {
            return "Space[name=" + name + ", collection=" + collection + ", location=" + location() + "]";
        }
    }
}

package org.jrag.ingest.web;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jrag.ingest.document.DocumentMetadata;
import org.jrag.ingest.mirror.SyncSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code rag.ingest.web-sync.*}: web sites (an intranet wiki, a documentation site) the service keeps collections in
 * step with, crawled every {@code interval}.
 *
 * @param interval the pause between the end of one round over the sites and the start of the next
 * @param initialDelay how long after start-up the first round begins
 * @param requestDelay the pause before each request, so a crawl does not weigh on the site
 * @param timeout how long a request may take
 * @param userAgent the {@code User-Agent} the crawler sends and the group of {@code robots.txt} it obeys (besides
 *     {@code *})
 * @param sites the sites to crawl; none by default
 */
@ConfigurationProperties("rag.ingest.web-sync")
public record WebSyncProperties(
        Duration interval,
        Duration initialDelay,
        Duration requestDelay,
        Duration timeout,
        String userAgent,
        List<Site> sites) {

    private static final Pattern HEADER_NAME = Pattern.compile("^[A-Za-z0-9!#$%&'*+.^_`|~-]+$");

    /** Headers the crawler sets itself, or Java's HTTP client does. */
    private static final Set<String> RESTRICTED_HEADERS = Set.of(
            "host",
            "connection",
            "content-length",
            "expect",
            "upgrade",
            "user-agent",
            "if-none-match",
            "if-modified-since");

    public WebSyncProperties {
        interval = SyncSettings.interval("rag.ingest.web-sync.interval", interval, Duration.ofHours(1));
        initialDelay = initialDelay == null ? Duration.ofMinutes(1) : initialDelay;
        requestDelay = requestDelay == null ? Duration.ofMillis(200) : requestDelay;
        timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
        userAgent = userAgent == null || userAgent.isBlank() ? "jrag-web-sync/0.1" : userAgent.strip();
        sites = sites == null ? List.of() : List.copyOf(sites);
        SyncSettings.uniqueNames(
                "rag.ingest.web-sync.sites", sites.stream().map(Site::name).toList());
    }

    /**
     * One site and the collection it fills.
     *
     * @param name how the site is known (its documents' sources are {@code name/<url>}); lower case
     * @param collection the collection its pages go to, created when missing
     * @param urls the pages the crawl starts from
     * @param sitemaps sitemaps ({@code sitemap.xml}, or a sitemap index) whose pages the crawl starts from too
     * @param prefixes the URLs the crawl may follow links to: those that start with one of these; empty: each start
     *     URL's directory ({@code https://wiki.example.com/docs/} for {@code https://wiki.example.com/docs/start})
     * @param maxPages the most pages one crawl fetches (default 1,000); a crawl that stops there deletes nothing
     * @param maxDepth the most links followed from a start page (default 10)
     * @param delete whether a document whose page is gone is deleted (default true)
     * @param headers sent with each request for the site's pages and sitemaps, and with no other (credentials of a
     *     site behind a login: {@code Authorization: Bearer ...}, a {@code Cookie}); environment: {@code
     *     RAG_INGEST_WEBSYNC_SITES_0_HEADERS_AUTHORIZATION}
     * @param readers who may read the site's documents (group or role names, {@code user:<name>}); empty: everyone who
     *     may read the collection. A change applies to the documents already stored at the next crawl
     * @param language the collection's language ({@code german}, {@code auto}, ...), set at each crawl; null: left as
     *     it is
     * @param redact the kinds of personal data the collection redacts, set at each crawl; null: left as they are
     */
    public record Site(
            String name,
            String collection,
            List<URI> urls,
            List<URI> sitemaps,
            List<String> prefixes,
            Integer maxPages,
            Integer maxDepth,
            Boolean delete,
            Map<String, String> headers,
            List<String> readers,
            String language,
            List<String> redact) {

        public Site {
            SyncSettings.name("rag.ingest.web-sync.sites", name);
            if (collection == null || collection.isBlank()) {
                throw new IllegalArgumentException(
                        "rag.ingest.web-sync.sites[].collection is required (site '" + name + "')");
            }
            urls = urls == null ? List.of() : List.copyOf(urls);
            sitemaps = sitemaps == null ? List.of() : List.copyOf(sitemaps);
            if (urls.isEmpty() && sitemaps.isEmpty()) {
                throw new IllegalArgumentException(
                        "rag.ingest.web-sync.sites[] needs urls or sitemaps to start from (site '" + name + "')");
            }
            for (URI url : concat(urls, sitemaps)) {
                if (!Links.isWeb(url)) {
                    throw new IllegalArgumentException("rag.ingest.web-sync.sites[] URLs must be absolute http(s)"
                            + " URLs (site '" + name + "'), got: " + url);
                }
            }
            if (prefixes == null || prefixes.isEmpty()) {
                var directories = new ArrayList<String>();
                for (URI url : concat(urls, sitemaps)) {
                    String directory = Links.directoryOf(url);
                    if (!directories.contains(directory)) {
                        directories.add(directory);
                    }
                }
                prefixes = List.copyOf(directories);
            } else {
                prefixes = prefixes.stream().map(String::strip).toList();
            }
            maxPages = maxPages == null ? 1000 : maxPages;
            maxDepth = maxDepth == null ? 10 : maxDepth;
            if (maxPages < 1 || maxDepth < 0) {
                throw new IllegalArgumentException("rag.ingest.web-sync.sites[] max-pages must be >= 1 and max-depth"
                        + " >= 0 (site '" + name + "')");
            }
            delete = delete == null || delete;
            headers = headers == null ? Map.of() : Map.copyOf(headers);
            readers = DocumentMetadata.checkReaders(readers == null ? List.of() : readers);
            String where = "rag.ingest.web-sync.sites[] (site '" + name + "')";
            language = SyncSettings.language(where, language);
            redact = SyncSettings.redact(where, redact);
            for (String header : headers.keySet()) {
                if (!HEADER_NAME.matcher(header).matches()
                        || RESTRICTED_HEADERS.contains(header.toLowerCase(Locale.ROOT))) {
                    throw new IllegalArgumentException(
                            "rag.ingest.web-sync.sites[].headers cannot set '" + header + "' (site '" + name + "')");
                }
            }
        }

        @Override
        public String toString() {
            // the headers may hold credentials: their names only
            return "Site[name=" + name + ", collection=" + collection + ", urls=" + urls + ", sitemaps=" + sitemaps
                    + ", prefixes=" + prefixes + ", maxPages=" + maxPages + ", maxDepth=" + maxDepth + ", delete="
                    + delete + ", headers=" + headers.keySet() + ", readers=" + readers + "]";
        }

        /** The source prefix of the site's documents. */
        public String sourcePrefix() {
            return name + "/";
        }

        /** Whether the crawl may fetch {@code url}: it starts with one of the prefixes. */
        boolean covers(URI url) {
            String text = url.toString();
            return prefixes.stream().anyMatch(text::startsWith);
        }

        private static List<URI> concat(List<URI> a, List<URI> b) {
            var all = new ArrayList<URI>(a);
            all.addAll(b);
            return all;
        }
    }
}

package org.jrag.ingest.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import javax.xml.stream.XMLStreamException;
import org.jrag.ingest.chunking.ChunkingOptions;
import org.jrag.ingest.collection.CollectionRepository;
import org.jrag.ingest.collection.NewCollection;
import org.jrag.ingest.document.ContentHash;
import org.jrag.ingest.document.DocumentFormat;
import org.jrag.ingest.document.DocumentIngestion;
import org.jrag.ingest.document.DocumentMetadata;
import org.jrag.ingest.document.DocumentProperties;
import org.jrag.ingest.document.DocumentUpload;
import org.jrag.ingest.document.IngestResult;
import org.jrag.ingest.document.StoredSource;
import org.jrag.ingest.problem.DocumentNotFoundException;
import org.jrag.ingest.upkeep.BackgroundTask;
import org.jrag.ingest.upkeep.InstanceLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;

/**
 * Keeps collections in step with web sites: a crawl starts from the site's URLs and sitemaps and follows the links of
 * its HTML pages that stay under its prefixes (as far as {@code max-depth} links, at most {@code max-pages} fetches,
 * one request at a time with a pause before each), obeying the hosts' {@code robots.txt} and the pages' {@code
 * <meta name="robots">}. Every page or linked document of a supported format is stored under the source {@code
 * <site>/<url>}, with its URL, through the same ingestion as an upload: a page whose bytes changed replaces its
 * document; one asked for again with the validators of the last fetch and answered 304 costs no download (the crawl
 * goes on along the links kept from it, {@link WebState}); one whose bytes another document holds is a duplicate,
 * found by its hash before it is parsed. A page answered 404 or 410 is deleted; one no longer linked is deleted only
 * after a crawl that reached every page it could (no failure, not stopped at max-pages, at least one page reached): a
 * crawl cut short by a server error, a login redirect or an unreachable robots.txt deletes nothing for not having
 * reached it. One instance at a time crawls (a PostgreSQL advisory lock), the others skip the round; the last run of
 * each site is kept in the database.
 */
@Service
public class WebSync implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WebSync.class);

    /** The advisory lock of the instance that crawls (the others skip the round). */
    static final long SYNC_LOCK = 7262641L;

    /** The most sitemaps a sitemap index leads to that one crawl reads. */
    static final int MAX_SITEMAPS = 20;

    private final WebSyncProperties properties;
    private final DocumentIngestion ingestion;
    private final CollectionRepository collections;
    private final DataSource dataSource;
    private final WebState state;
    private final MeterRegistry registry;
    private final PageFetcher fetcher;
    private final long maxBytes;
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private final BackgroundTask rounds = new BackgroundTask("web-sync", this::syncLogged);

    WebSync(
            WebSyncProperties properties,
            DocumentIngestion ingestion,
            CollectionRepository collections,
            DataSource dataSource,
            WebState state,
            MeterRegistry registry,
            DocumentProperties documents) {
        this.properties = properties;
        this.ingestion = ingestion;
        this.collections = collections;
        this.dataSource = dataSource;
        this.state = state;
        this.registry = registry;
        this.maxBytes = documents.maxDocumentBytes().toBytes();
        // the JVM's proxy settings (-Dhttps.proxyHost, ...) apply; redirects are followed by the fetcher, checked
        this.fetcher = new PageFetcher(
                HttpClient.newBuilder()
                        .connectTimeout(properties.timeout())
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .proxy(ProxySelector.getDefault())
                        .build(),
                properties.userAgent(),
                properties.timeout(),
                maxBytes);
    }

    public List<WebSyncProperties.Site> sites() {
        return properties.sites();
    }

    /** The last crawl of the site, by whichever instance ran it. */
    public Optional<WebRun> lastRun(String site) {
        return state.lastRun(site);
    }

    public boolean isRunning(String site) {
        return running.contains(site);
    }

    @Override
    public void start() {
        if (!properties.sites().isEmpty()) {
            rounds.start(properties.initialDelay(), properties.interval());
        }
    }

    private void syncLogged() {
        try {
            syncAll(properties.sites());
        } catch (RuntimeException e) {
            log.warn("web sync failed; retrying in {}", properties.interval(), e);
        }
    }

    @Override
    public void stop() {
        rounds.stop();
    }

    @Override
    public boolean isRunning() {
        return rounds.isRunning();
    }

    /**
     * Crawls the sites now, unless another instance holds the sync lock.
     *
     * @return whether this instance crawled them
     */
    public boolean syncAll(List<WebSyncProperties.Site> sites) {
        return InstanceLock.runExclusively(dataSource, SYNC_LOCK, "web sync", () -> sites.forEach(this::sync));
    }

    /** A URL waiting to be fetched, and how many links away from a start page it is. */
    private record Queued(URI url, int depth) {}

    /** Crawls the site into its collection (the caller holds the sync lock). */
    WebRun sync(WebSyncProperties.Site site) {
        running.add(site.name());
        var crawl = new Crawl(site);
        try {
            crawl.run();
        } catch (IOException | RuntimeException e) {
            crawl.error = e.getMessage();
            log.warn("site '{}' not crawled: {}", site.name(), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            crawl.error = "interrupted";
        } finally {
            running.remove(site.name());
        }
        WebRun run = crawl.report();
        try {
            state.saveRun(site.name(), run);
        } catch (RuntimeException e) {
            log.warn("site '{}': its run could not be recorded: {}", site.name(), e.getMessage());
        }
        log.info(
                "site '{}' crawled into '{}': {} pages, {} stored, {} replaced, {} unchanged, {} deleted, {} skipped,"
                        + " {} failed{}",
                site.name(),
                site.collection(),
                run.pages(),
                run.stored(),
                run.replaced(),
                run.unchanged(),
                run.deleted(),
                run.skipped(),
                run.failures(),
                run.incomplete() != null ? " (incomplete: " + run.incomplete() + ")" : "");
        return run;
    }

    /** One crawl of a site: its queue, what it reached and the counts of its report. */
    private final class Crawl {

        final WebSyncProperties.Site site;
        final Instant started = Instant.now();
        final ArrayDeque<Queued> queue = new ArrayDeque<>();
        final Set<URI> seen = new HashSet<>();
        final Set<String> reached = new HashSet<>();
        final Map<String, RobotsTxt> robots = new HashMap<>();
        final List<WebRun.Failure> failed = new ArrayList<>();
        long collectionId;
        Map<String, StoredSource> stored;
        Map<String, WebState.Stamp> stamps;
        int pages;
        int storedCount;
        int replaced;
        int unchanged;
        int duplicates;
        int deleted;
        int skipped;
        int failures;
        String incomplete;
        String error;

        Crawl(WebSyncProperties.Site site) {
            this.site = site;
        }

        void run() throws IOException, InterruptedException {
            collectionId = collections.ensure(new NewCollection(site.collection(), "synced from a web site"));
            ingestion.alignCollection(site.collection(), site.language(), site.redact());
            ingestion.alignReaders(site.collection(), site.sourcePrefix(), site.readers());
            stored = ingestion.storedSources(site.collection(), site.sourcePrefix());
            stamps = state.stamps(collectionId, site.sourcePrefix());
            for (URI url : site.urls()) {
                Links.normalize(url).ifPresent(u -> enqueue(u, 0));
            }
            readSitemaps();
            while (!queue.isEmpty()) {
                if (pages >= site.maxPages()) {
                    incomplete("stopped at max-pages (" + site.maxPages() + ") with " + queue.size() + " URLs left");
                    break;
                }
                Queued next = queue.poll();
                RobotsTxt rules = robotsFor(next.url());
                if (!rules.allows(pathAndQuery(next.url()))) {
                    skip();
                    continue;
                }
                for (URI link : fetch(next.url(), rules.crawlDelay())) {
                    if (next.depth() < site.maxDepth() && site.covers(link)) {
                        enqueue(link, next.depth() + 1);
                    }
                }
            }
            if (site.delete()) {
                deleteUnreached();
            }
        }

        private void enqueue(URI url, int depth) {
            if (seen.add(url)) {
                queue.add(new Queued(url, depth));
            }
        }

        /** The pages of the site's sitemaps (and of the sitemaps their indexes name) that the prefixes cover. */
        private void readSitemaps() throws InterruptedException {
            var sitemaps = new ArrayDeque<URI>(site.sitemaps());
            int read = 0;
            while (!sitemaps.isEmpty() && read < MAX_SITEMAPS) {
                URI url = sitemaps.poll();
                read++;
                try {
                    pause(Duration.ZERO);
                    PageFetcher.Page page =
                            fetcher.get(url, null, u -> site.covers(u) || Links.sameOrigin(u, url), site.headers());
                    if (page.status() != 200) {
                        throw new IOException("answered " + page.status());
                    }
                    Sitemap sitemap = Sitemap.parse(page.body(), maxBytes);
                    for (URI location : sitemap.locations()) {
                        if (sitemap.index()) {
                            sitemaps.add(location);
                        } else if (site.covers(location)) {
                            enqueue(location, 0);
                        }
                    }
                } catch (IOException | XMLStreamException e) {
                    fail(url, "sitemap could not be read: " + e.getMessage());
                    incomplete("a sitemap could not be read");
                }
            }
        }

        /** The host's robots.txt, fetched once per crawl; an unreachable one disallows the host for this crawl. */
        private RobotsTxt robotsFor(URI url) throws InterruptedException {
            String origin = origin(url);
            RobotsTxt rules = robots.get(origin);
            if (rules == null) {
                URI location = URI.create(origin + "/robots.txt");
                try {
                    pause(Duration.ZERO);
                    // robots.txt is public: no credentials
                    PageFetcher.Page page = fetcher.get(location, null, u -> Links.sameOrigin(u, location), Map.of());
                    if (page.status() == 200) {
                        rules = RobotsTxt.parse(
                                new String(page.body(), StandardCharsets.UTF_8), properties.userAgent());
                    } else if (page.status() / 100 == 4) {
                        rules = RobotsTxt.ALLOW_ALL; // none: everything allowed (RFC 9309)
                    } else {
                        throw new IOException("answered " + page.status());
                    }
                } catch (IOException e) {
                    // unreachable: everything disallowed for now (RFC 9309), and nothing deleted for it
                    fail(location, "robots.txt could not be read, so the host is not crawled now: " + e.getMessage());
                    incomplete("a robots.txt could not be read");
                    rules = RobotsTxt.parse("User-agent: *\nDisallow: /\n", properties.userAgent());
                }
                robots.put(origin, rules);
            }
            return rules;
        }

        /** Fetches and stores one URL, waiting its host's crawl delay first; the links to follow from it. */
        private List<URI> fetch(URI url, Duration crawlDelay) throws InterruptedException {
            String source = site.sourcePrefix() + url;
            if (reached.contains(source)) {
                return List.of(); // reached through a redirect already
            }
            if (tooLong(url, source)) {
                return List.of(); // not downloaded: it could not be stored
            }
            WebState.Stamp stamp = stamps.get(source);
            StoredSource document = stored.get(source);
            boolean stampHolds = stamp != null
                    && (document != null
                            ? document.contentHash().equals(stamp.contentHash())
                            : ingestion.holds(site.collection(), new ContentHash(stamp.contentHash())));
            PageFetcher.Page page;
            try {
                pause(crawlDelay);
                pages++;
                page = fetcher.get(url, stampHolds ? stamp : null, site::covers, site.headers());
            } catch (IOException e) {
                fail(url, e instanceof PageFetcher.FetchException ? e.getMessage() : "could not be fetched: " + e);
                incomplete("a page could not be fetched");
                return List.of();
            }
            if (!page.url().equals(url)) {
                // redirected: the page is known by where it was found
                seen.add(page.url());
                source = site.sourcePrefix() + page.url();
                if (reached.contains(source)) {
                    return List.of();
                }
                stamp = stamps.get(source);
                document = stored.get(source);
            }
            if (tooLong(page.url(), source)) {
                return List.of();
            }
            return switch (page.status()) {
                case 304 -> {
                    // unchanged since the last fetch: what it was is still stored, and its links are still its links
                    reached.add(source);
                    if (document != null) {
                        count("unchanged");
                        unchanged++;
                    } else {
                        count("duplicate");
                        duplicates++;
                    }
                    yield stamp == null ? List.of() : toUris(stamp.links());
                }
                case 200 -> store(page, source, document);
                case 404, 410 -> {
                    gone(source, document);
                    yield List.of();
                }
                default -> {
                    fail(page.url(), "answered " + page.status());
                    incomplete("a page answered " + page.status());
                    yield List.of();
                }
            };
        }

        /** Whether the URL's source is longer than a source may be (then reported). */
        private boolean tooLong(URI url, String source) {
            if (source.length() <= DocumentMetadata.MAX_TEXT_LENGTH) {
                return false;
            }
            fail(url, "URL too long to be a source (" + source.length() + " characters)");
            return true;
        }

        private List<URI> store(PageFetcher.Page page, String source, StoredSource document) {
            Optional<DocumentFormat> format = formatOf(page).filter(f -> !f.isImage());
            if (format.isEmpty()) {
                skip(); // images, style sheets, scripts, archives: not documents
                return List.of();
            }
            boolean html = format.get() == DocumentFormat.HTML;
            HtmlLinks links = html ? HtmlLinks.read(page.body(), page.url()) : HtmlLinks.NONE;
            List<URI> follow = links.nofollow() ? List.of() : links.links();
            if (links.noindex()) {
                skip(); // not reached: its document, if one was stored, goes after a complete crawl
                return follow;
            }
            if (links.canonical() != null && !links.canonical().equals(page.url()) && site.covers(links.canonical())) {
                // another URL of a page known by its canonical one (a print view, a sort order): that one is stored
                skip();
                var withCanonical = new ArrayList<URI>(follow);
                withCanonical.add(links.canonical());
                return withCanonical;
            }
            reached.add(source);
            ContentHash hash = ContentHash.sha256(page.body());
            var stamp = new WebState.Stamp(
                    page.etag(),
                    page.lastModified(),
                    hash.hex(),
                    links.links().stream().map(URI::toString).toList());
            try {
                if (document != null && document.contentHash().equals(hash.hex())) {
                    count("unchanged");
                    unchanged++;
                } else if (ingestion.holds(site.collection(), hash)) {
                    count("duplicate");
                    duplicates++;
                } else {
                    IngestResult result = ingestion.ingest(
                            new DocumentUpload(
                                    site.collection(),
                                    page.body(),
                                    format.get(),
                                    page.contentType(),
                                    filename(page.url()),
                                    new DocumentMetadata(
                                            null, source, page.url().toString(), List.of(), null, site.readers())),
                            ChunkingOptions.none());
                    if (result.duplicate()) {
                        count("duplicate");
                        duplicates++;
                    } else if (result.replaced()) {
                        count("replaced");
                        replaced++;
                    } else {
                        count("stored");
                        storedCount++;
                    }
                }
                state.stamp(collectionId, source, stamp);
            } catch (RuntimeException e) {
                // a page that cannot be stored (no text, corrupt, over a limit): reported; its old document stays
                fail(page.url(), e.getMessage());
            }
            return follow;
        }

        private void gone(String source, StoredSource document) {
            if (document != null && site.delete()) {
                try {
                    ingestion.delete(site.collection(), document.documentId());
                } catch (DocumentNotFoundException alreadyGone) {
                    // deleted by someone else meanwhile: what the sync wanted
                }
                stored.remove(source);
                count("deleted");
                deleted++;
            }
            state.forget(collectionId, source);
        }

        /** After a complete crawl: the documents of pages no longer reached are deleted, their stamps forgotten. */
        private void deleteUnreached() {
            if (incomplete != null) {
                return;
            }
            if (reached.isEmpty() && !stored.isEmpty()) {
                incomplete("the crawl reached no page, but " + stored.size() + " documents were stored from the"
                        + " site; nothing deleted (is the site down or moved?)");
                return;
            }
            for (StoredSource document : stored.values()) {
                if (!reached.contains(document.source())) {
                    try {
                        ingestion.delete(site.collection(), document.documentId());
                        count("deleted");
                        deleted++;
                    } catch (DocumentNotFoundException alreadyGone) {
                        // deleted by someone else meanwhile
                    }
                }
            }
            state.forgetAllBut(collectionId, site.sourcePrefix(), reached);
        }

        private void incomplete(String why) {
            if (incomplete == null) {
                incomplete = why;
            }
        }

        private void skip() {
            skipped++;
            count("skipped");
        }

        private void fail(URI url, String detail) {
            failures++;
            if (failed.size() < WebRun.MAX_FAILURES) {
                failed.add(new WebRun.Failure(url.toString(), detail));
            }
            count("failed");
            log.warn("site '{}': {} not stored: {}", site.name(), url, detail);
        }

        private void count(String outcome) {
            Counter.builder("rag.ingest.web.pages")
                    .description("Pages of crawled sites, by site and what the crawl did with them")
                    .tag("site", site.name())
                    .tag("outcome", outcome)
                    .register(registry)
                    .increment();
        }

        WebRun report() {
            return new WebRun(
                    started,
                    Instant.now(),
                    pages,
                    storedCount,
                    replaced,
                    unchanged,
                    duplicates,
                    deleted,
                    skipped,
                    failures,
                    List.copyOf(failed),
                    incomplete,
                    error);
        }
    }

    /** Waits before a request: the request delay, or the host's crawl delay when its robots.txt asks for more. */
    private void pause(Duration crawlDelay) throws InterruptedException {
        Duration delay = crawlDelay.compareTo(properties.requestDelay()) > 0 ? crawlDelay : properties.requestDelay();
        if (!delay.isZero()) {
            Thread.sleep(delay);
        }
    }

    private static String origin(URI url) {
        return url.getScheme() + "://" + url.getRawAuthority();
    }

    /** The format a page declares (its Content-Type), else the one its file name says; empty when not ingested. */
    private static Optional<DocumentFormat> formatOf(PageFetcher.Page page) {
        if (page.contentType() != null) {
            try {
                MediaType type = MediaType.parseMediaType(page.contentType());
                if (type.equalsTypeAndSubtype(MediaType.APPLICATION_XHTML_XML)) {
                    return Optional.of(DocumentFormat.HTML);
                }
                Optional<DocumentFormat> declared = DocumentFormat.of(type);
                if (declared.isPresent()) {
                    return declared;
                }
            } catch (InvalidMediaTypeException unreadable) {
                // as if none were sent
            }
        }
        String name = filename(page.url());
        return name == null ? Optional.empty() : DocumentFormat.ofFilename(name);
    }

    private static String filename(URI url) {
        String path = url.getPath();
        if (path == null || path.isEmpty() || path.endsWith("/")) {
            return null;
        }
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String pathAndQuery(URI url) {
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        return url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
    }

    private static List<URI> toUris(List<String> links) {
        var uris = new ArrayList<URI>(links.size());
        for (String link : links) {
            try {
                uris.add(URI.create(link));
            } catch (IllegalArgumentException unreadable) {
                // a link kept by an older version: skipped
            }
        }
        return uris;
    }
}

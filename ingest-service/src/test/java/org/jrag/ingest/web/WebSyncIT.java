package org.jrag.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jrag.ingest.mirror.SyncedDocuments.sources;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jrag.ingest.document.PdfFixtures;
import org.jrag.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/** Sites kept in step with their collection, served by a local web server, over real PostgreSQL and embeddings. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "rag.ingest.web-sync.initial-delay=1h", // the tests crawl themselves
            "rag.ingest.web-sync.request-delay=0ms"
        })
class WebSyncIT {

    /** What the server answers at a path. */
    record Resource(int status, String contentType, byte[] body, String etag, String location) {

        static Resource html(String html) {
            return new Resource(200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), null, null);
        }
    }

    private static final Map<String, Resource> SITE = new ConcurrentHashMap<>();

    /** Each request: its path and the If-None-Match it sent ("-" for none). */
    private static final List<String> REQUESTS = new CopyOnWriteArrayList<>();

    /** The paths requested with an Authorization header. */
    private static final List<String> AUTHORIZED = new CopyOnWriteArrayList<>();

    private static final HttpServer SERVER = server();
    private static final String BASE = "http://127.0.0.1:" + SERVER.getAddress().getPort();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        var db = TestDatabase.recreate("jrag_web_it");
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
        registry.add("rag.ingest.web-sync.sites[0].name", () -> "docs-site");
        registry.add("rag.ingest.web-sync.sites[0].collection", () -> "web");
        registry.add("rag.ingest.web-sync.sites[0].urls", () -> BASE + "/docs/index.html");
        // the docs are behind a login: the crawler sends the site's credentials, to its pages only
        registry.add("rag.ingest.web-sync.sites[0].headers.Authorization", () -> "Bearer site-secret");
        registry.add("rag.ingest.web-sync.sites[1].name", () -> "kb");
        registry.add("rag.ingest.web-sync.sites[1].collection", () -> "web");
        registry.add("rag.ingest.web-sync.sites[1].sitemaps", () -> BASE + "/sitemap.xml");
        registry.add("rag.ingest.web-sync.sites[1].prefixes", () -> BASE + "/kb/");
        registry.add("rag.ingest.web-sync.sites[1].max-depth", () -> "0");
        registry.add("rag.ingest.web-sync.sites[1].readers", () -> "support");
    }

    @Autowired
    WebSync sync;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @BeforeEach
    void freshSiteAndCatalog() {
        jdbc.sql("TRUNCATE collection, document, chunk, change_log, ingest_job, web_page, web_run"
                        + " RESTART IDENTITY CASCADE")
                .update();
        SITE.clear();
        REQUESTS.clear();
        AUTHORIZED.clear();
        SITE.put(
                "/robots.txt",
                new Resource(
                        200,
                        "text/plain",
                        "User-agent: *\nDisallow: /docs/private/\n".getBytes(StandardCharsets.UTF_8),
                        null,
                        null));
        SITE.put("/docs/index.html", Resource.html("""
                <html><head><title>Docs</title></head><body>
                <p>Start here to learn how the platform is run.</p>
                <a href="guide.html">Guide</a> <a href="manual.pdf">Manual</a> <a href="private/secret.html">x</a>
                <a href="/other/outside.html">Outside</a> <a href="logo.png">Logo</a> <a href="old.html">Old</a>
                <a href="hidden.html">Hidden</a> <a href="guide.html?print=1">Print</a> <a href="mailto:ops@example.com">Mail</a>
                <a href="https://elsewhere.example/">Elsewhere</a> <a href="guide.html#ports">Ports</a>
                </body></html>"""));
        SITE.put(
                "/docs/guide.html",
                new Resource(
                        200,
                        "text/html",
                        "<html><title>Guide</title><body><p>The gateway listens on port 8080.</p></body></html>"
                                .getBytes(StandardCharsets.UTF_8),
                        "\"guide-v1\"",
                        null));
        SITE.put(
                "/docs/manual.pdf",
                new Resource(
                        200,
                        "application/pdf",
                        PdfFixtures.pages("Manual", "Back up the database nightly."),
                        null,
                        null));
        SITE.put("/docs/guide.html?print=1", Resource.html("""
                <html><head><link rel="canonical" href="guide.html"><title>Guide (print)</title></head>
                <body><p>The gateway listens on port 8080.</p><p>Printed from the wiki.</p></body></html>"""));
        SITE.put("/docs/logo.png", new Resource(200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, null, null));
        SITE.put("/docs/old.html", new Resource(301, null, new byte[0], null, "/docs/new.html"));
        SITE.put("/docs/new.html", Resource.html("<html><title>New</title><body><p>Moved here for good.</p></body>"));
        SITE.put("/docs/hidden.html", Resource.html("""
                <html><head><meta name="robots" content="noindex"><title>Hidden</title></head>
                <body><p>Not for the index.</p><a href="deep.html">Deep</a></body></html>"""));
        SITE.put(
                "/docs/deep.html",
                Resource.html(
                        "<html><title>Deep</title><body><p>Reached through a noindex page." + "</p></body></html>"));
        SITE.put("/docs/private/secret.html", Resource.html("<p>robots.txt says no</p>"));
        SITE.put(
                "/sitemap.xml",
                new Resource(
                        200, "application/xml", ("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>%1$s/kb/a.html</loc></url><url><loc>%1$s/kb/b.html</loc></url>
                  <url><loc>%1$s/docs/guide.html</loc></url>
                </urlset>""").formatted(BASE).getBytes(StandardCharsets.UTF_8), null, null));
        SITE.put(
                "/kb/a.html",
                Resource.html("<html><title>A</title><body><p>Answer A about backups.</p>"
                        + "<a href=\"c.html\">C</a></body></html>"));
        SITE.put("/kb/b.html", Resource.html("<html><title>B</title><body><p>Answer B about ports.</p></body></html>"));
        SITE.put("/kb/c.html", Resource.html("<html><title>C</title><body><p>Only linked.</p></body></html>"));
    }

    @AfterAll
    static void stopServer() {
        SERVER.stop(0);
    }

    @Test
    void storesWhatTheLinksReachAsRobotsAllowAndKeepsInStepWithTheSite() {
        WebRun first = crawl(0);

        assertThat(first.failures()).isZero();
        assertThat(first.incomplete()).isNull();
        assertThat(first.stored()).isEqualTo(5);
        // robots.txt, the image, the noindex page, the print view of the guide (its canonical URL is the guide's)
        assertThat(first.skipped()).isEqualTo(4);
        assertThat(sources(jdbc))
                .containsExactly(
                        "docs-site/" + BASE + "/docs/deep.html",
                        "docs-site/" + BASE + "/docs/guide.html",
                        "docs-site/" + BASE + "/docs/index.html",
                        "docs-site/" + BASE + "/docs/manual.pdf",
                        "docs-site/" + BASE + "/docs/new.html");
        assertThat(jdbc.sql("SELECT metadata->>'url' FROM document WHERE title = 'Guide'")
                        .query(String.class)
                        .single())
                .isEqualTo(BASE + "/docs/guide.html");
        assertThat(REQUESTS).noneMatch(r -> r.startsWith("/docs/private/")).noneMatch(r -> r.startsWith("/other/"));
        assertThat(AUTHORIZED).contains("/docs/index.html").allMatch(path -> path.startsWith("/docs/"));
        long seq = lastSeq();

        // a second crawl: the page with an ETag is asked for conditionally and answered 304, nothing changes
        REQUESTS.clear();
        WebRun second = crawl(0);
        assertThat(second.unchanged()).isEqualTo(5);
        assertThat(second.stored() + second.replaced() + second.deleted()).isZero();
        assertThat(REQUESTS).contains("/docs/guide.html \"guide-v1\"");
        assertThat(lastSeq()).isEqualTo(seq);

        // the guide changes, a page is gone, the manual is no longer linked
        SITE.put(
                "/docs/guide.html",
                new Resource(
                        200,
                        "text/html",
                        "<html><title>Guide</title><body><p>The gateway listens on port 9090.</p></body></html>"
                                .getBytes(StandardCharsets.UTF_8),
                        "\"guide-v2\"",
                        null));
        SITE.remove("/docs/deep.html");
        SITE.put(
                "/docs/index.html",
                Resource.html("<html><title>Docs</title><body><p>Start here.</p>"
                        + "<a href=\"guide.html\">Guide</a><a href=\"hidden.html\">Hidden</a><a href=\"old.html\">Old</a>"
                        + "</body></html>"));
        WebRun third = crawl(0);
        assertThat(third.incomplete()).isNull();
        assertThat(third.replaced()).isEqualTo(2); // the index and the guide
        assertThat(third.deleted()).isEqualTo(2); // deep.html (404) and manual.pdf (no longer linked)
        assertThat(sources(jdbc))
                .containsExactly(
                        "docs-site/" + BASE + "/docs/guide.html",
                        "docs-site/" + BASE + "/docs/index.html",
                        "docs-site/" + BASE + "/docs/new.html");
        assertThat(jdbc.sql("SELECT content FROM document WHERE title = 'Guide'")
                        .query(String.class)
                        .single())
                .contains("9090");
    }

    @Test
    void aCrawlCutShortDeletesNothingForNotHavingReachedIt() {
        assertThat(crawl(0).stored()).isEqualTo(5);

        // the manual is no longer linked, but a page now redirects to a login outside the site, as single sign-on does
        SITE.put(
                "/docs/index.html",
                Resource.html("<html><title>Docs</title><body><p>Start here.</p>"
                        + "<a href=\"guide.html\">Guide</a><a href=\"team.html\">Team</a></body></html>"));
        SITE.put("/docs/team.html", new Resource(302, null, new byte[0], null, "/sso/login"));
        WebRun cut = crawl(0);

        assertThat(cut.failed())
                .singleElement()
                .satisfies(f -> assertThat(f.detail())
                        .isEqualTo("redirects to " + BASE + "/sso/login, outside the" + " site's prefixes"));
        assertThat(cut.incomplete()).isEqualTo("a page could not be fetched");
        assertThat(cut.deleted()).isZero();
        assertThat(sources(jdbc)).contains("docs-site/" + BASE + "/docs/manual.pdf");

        // and a site that answers with errors deletes nothing either
        SITE.put("/docs/index.html", new Resource(503, "text/plain", new byte[0], null, null));
        WebRun down = crawl(0);
        assertThat(down.incomplete()).isEqualTo("a page answered 503");
        assertThat(down.deleted()).isZero();
        assertThat(sources(jdbc)).hasSize(5);
    }

    @Test
    void startsFromASitemapWithinItsPrefixes() {
        WebRun run = crawl(1);

        assertThat(run.stored()).isEqualTo(2); // a and b; not the guide (outside /kb/), not c (max-depth 0)
        assertThat(sources(jdbc)).containsExactly("kb/" + BASE + "/kb/a.html", "kb/" + BASE + "/kb/b.html");
        // with the site's readers
        assertThat(jdbc.sql("SELECT DISTINCT unnest(readers) FROM document")
                        .query(String.class)
                        .list())
                .containsExactly("support");
    }

    @Test
    void listsTheSitesWithTheirLastRunAndCrawlsOneOnRequest() throws Exception {
        RestClient http = RestClient.builder()
                .baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> {})
                .build();

        ResponseEntity<JsonNode> started =
                http.post().uri("/v1/sites/kb/sync").retrieve().toEntity(JsonNode.class);
        ResponseEntity<JsonNode> unknown =
                http.post().uri("/v1/sites/nope/sync").retrieve().toEntity(JsonNode.class);
        JsonNode listed = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            listed = http.get().uri("/v1/sites").retrieve().body(JsonNode.class);
            if (listed.at("/sites/1/lastRun/stored").asInt() == 2) {
                break;
            }
            Thread.sleep(100);
        }

        assertThat(started.getStatusCode().value()).isEqualTo(202);
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(unknown.getBody().get("type").asString()).endsWith("/site-not-found");
        assertThat(listed.at("/sites/0/name").asString()).isEqualTo("docs-site");
        assertThat(listed.at("/sites/0/prefixes/0").asString()).isEqualTo(BASE + "/docs/");
        assertThat(listed.at("/sites/1/lastRun/stored").asInt()).isEqualTo(2);
        assertThat(listed.at("/sites/1/maxDepth").asInt()).isZero();
    }

    private WebRun crawl(int site) {
        WebSyncProperties.Site s = sync.sites().get(site);
        assertThat(sync.syncAll(List.of(s))).isTrue();
        return sync.lastRun(s.name()).orElseThrow();
    }

    private long lastSeq() {
        return jdbc.sql("SELECT coalesce(max(seq), 0) FROM change_log")
                .query(Long.class)
                .single();
    }

    private static HttpServer server() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", WebSyncIT::answer);
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String condition = exchange.getRequestHeaders().getFirst("If-None-Match");
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        REQUESTS.add(path + " " + (condition == null ? "-" : condition));
        if (authorization != null) {
            AUTHORIZED.add(path);
        }
        String query = exchange.getRequestURI().getRawQuery();
        Resource resource = SITE.getOrDefault(path + (query == null ? "" : "?" + query), SITE.get(path));
        if (path.startsWith("/docs/") && !"Bearer site-secret".equals(authorization)) {
            exchange.sendResponseHeaders(401, -1);
        } else if (resource == null) {
            exchange.sendResponseHeaders(404, -1);
        } else if (resource.etag() != null && resource.etag().equals(condition)) {
            exchange.getResponseHeaders().add("ETag", resource.etag());
            exchange.sendResponseHeaders(304, -1);
        } else {
            if (resource.contentType() != null) {
                exchange.getResponseHeaders().add("Content-Type", resource.contentType());
            }
            if (resource.etag() != null) {
                exchange.getResponseHeaders().add("ETag", resource.etag());
            }
            if (resource.location() != null) {
                exchange.getResponseHeaders().add("Location", resource.location());
            }
            exchange.sendResponseHeaders(resource.status(), resource.body().length == 0 ? -1 : resource.body().length);
            if (resource.body().length > 0) {
                exchange.getResponseBody().write(resource.body());
            }
        }
        exchange.close();
    }
}

package org.jrag.ingest.drive;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for Microsoft Graph's drive API and Entra ID's token endpoint in tests: one drive whose files live under
 * paths, listed a folder's children at a time in pages of {@value #PAGE} ({@code @odata.nextLink}), each item with a
 * stable id and a content tag that changes with its bytes; {@code /content} redirects to a download address that
 * refuses a request carrying the access token (as a pre-authenticated URL has no use for it). Graph calls without the
 * token it issued get 401.
 */
final class GraphStandIn implements AutoCloseable {

    static final int PAGE = 2;
    static final String TOKEN = "eyJ0eXAi.graph-token-for-tests";
    static final String CLIENT_SECRET = "graph-app-secret";

    /** Where SharePoint shows the library's files (each file's webUrl: this and its path). */
    static final String WEB = "https://contoso.sharepoint.com/sites/hr/Shared%20Documents/";

    private record Stored(byte[] bytes, int version) {}

    private final HttpServer server;
    private final String driveId;
    private final NavigableMap<String, Stored> files = new ConcurrentSkipListMap<>();
    private final Map<String, AtomicInteger> downloads = new ConcurrentHashMap<>();
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private final AtomicInteger throttle = new AtomicInteger();
    private final AtomicInteger throttled = new AtomicInteger();

    GraphStandIn(String driveId) throws IOException {
        this.driveId = driveId;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/tenant/oauth2/v2.0/token", this::token);
        server.createContext("/v1.0/drives/" + driveId + "/", this::graph);
        server.createContext("/download/", this::download);
        server.start();
    }

    URI tokenUrl() {
        return URI.create(base() + "/tenant/oauth2/v2.0/token");
    }

    URI graphUrl() {
        return URI.create(base() + "/v1.0");
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void put(String path, String text) {
        Stored before = files.get(path);
        files.put(path, new Stored(text.getBytes(StandardCharsets.UTF_8), before == null ? 1 : before.version() + 1));
    }

    void put(String path, byte[] bytes) {
        Stored before = files.get(path);
        files.put(path, new Stored(bytes.clone(), before == null ? 1 : before.version() + 1));
    }

    void delete(String path) {
        files.remove(path);
    }

    void clear() {
        files.clear();
        downloads.clear();
    }

    int downloads(String path) {
        AtomicInteger count = downloads.get(path);
        return count == null ? 0 : count.get();
    }

    /** The next {@code times} Graph calls get 429 with a Retry-After of one second, as a throttled tenant's do. */
    void throttleNext(int times) {
        throttle.set(times);
    }

    int throttled() {
        return throttled.get();
    }

    int tokensIssued() {
        return tokensIssued.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void token(HttpExchange exchange) throws IOException {
        try (exchange) {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (!form.contains("grant_type=client_credentials")
                    || !form.contains("client_secret=" + CLIENT_SECRET)
                    || !form.contains("scope=https%3A%2F%2Fgraph.microsoft.com%2F.default")) {
                json(exchange, 401, "{\"error\":\"invalid_client\"}");
                return;
            }
            tokensIssued.incrementAndGet();
            json(exchange, 200, "{\"token_type\":\"Bearer\",\"expires_in\":3599,\"access_token\":\"" + TOKEN + "\"}");
        }
    }

    private void graph(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                json(
                        exchange,
                        401,
                        "{\"error\":{\"code\":\"InvalidAuthenticationToken\",\"message\":\"Access token"
                                + " is empty.\"}}");
                return;
            }
            if (throttle.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throttled.incrementAndGet();
                exchange.getResponseHeaders().set("Retry-After", "1");
                json(exchange, 429, "{\"error\":{\"code\":\"TooManyRequests\",\"message\":\"Please retry.\"}}");
                return;
            }
            String afterDrives = exchange.getRequestURI().getRawPath().substring("/v1.0/drives/".length());
            int slash = afterDrives.indexOf('/');
            if (!decode(afterDrives.substring(0, slash)).equals(driveId)) {
                json(exchange, 404, "{\"error\":{\"code\":\"itemNotFound\",\"message\":\"no such drive\"}}");
                return;
            }
            String rest = afterDrives.substring(slash);
            String query = exchange.getRequestURI().getRawQuery();
            int skip = query != null && query.startsWith("skip=") ? Integer.parseInt(query.substring(5)) : 0;
            if (rest.equals("/root/children")) {
                children(exchange, "", rest, skip);
            } else if (rest.startsWith("/root:/") && rest.endsWith(":/children")) {
                String folder = decode(rest.substring("/root:/".length(), rest.length() - ":/children".length()));
                children(exchange, folder + "/", rest, skip);
            } else if (rest.startsWith("/items/") && rest.endsWith("/children")) {
                String folder = decode(rest.substring("/items/".length(), rest.length() - "/children".length()));
                children(exchange, folder + "/", rest, skip);
            } else if (rest.startsWith("/items/") && rest.endsWith("/content")) {
                String path = decode(rest.substring("/items/".length(), rest.length() - "/content".length()));
                if (!files.containsKey(path)) {
                    json(
                            exchange,
                            404,
                            "{\"error\":{\"code\":\"itemNotFound\",\"message\":\"The resource could not be"
                                    + " found.\"}}");
                    return;
                }
                exchange.getResponseHeaders()
                        .set("Location", base() + "/download/" + rest.substring("/items/".length()) + "?sig=abc");
                exchange.sendResponseHeaders(302, -1);
            } else {
                json(exchange, 400, "{\"error\":{\"code\":\"invalidRequest\",\"message\":\"" + rest + "\"}}");
            }
        }
    }

    /** The folder's children, a page at a time; an item's id is its path (which requests must URL-encode). */
    private void children(HttpExchange exchange, String prefix, String rest, int skip) throws IOException {
        var names = new TreeSet<String>();
        for (String path : files.keySet()) {
            if (path.startsWith(prefix)) {
                String tail = path.substring(prefix.length());
                names.add(tail.contains("/") ? tail.substring(0, tail.indexOf('/')) + "/" : tail);
            }
        }
        List<String> all = new ArrayList<>(names);
        var items = new ArrayList<String>();
        for (String name : all.subList(skip, Math.min(all.size(), skip + PAGE))) {
            String id = prefix + name.replace("/", ""); // a path, so that requests must encode it
            if (name.endsWith("/")) {
                items.add("{\"id\":\"" + id + "\",\"name\":\"" + name.replace("/", "") + "\",\"folder\":{}}");
            } else {
                Stored stored = files.get(prefix + name);
                items.add("{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"size\":" + stored.bytes().length
                        + ",\"lastModifiedDateTime\":\"2026-12-01T10:00:00Z\",\"eTag\":\"\\\"{" + id + "},"
                        + stored.version()
                        + "\\\"\",\"cTag\":\"\\\"c:{" + id + "}," + stored.version() + "\\\"\",\"webUrl\":\"" + WEB
                        + (prefix + name).replace(" ", "%20") + "\",\"file\":{}}");
            }
        }
        String next = skip + PAGE < all.size()
                ? ",\"@odata.nextLink\":\"" + base() + "/v1.0/drives/" + driveId + rest + "?skip=" + (skip + PAGE)
                        + "\""
                : "";
        json(exchange, 200, "{\"value\":[" + String.join(",", items) + "]" + next + "}");
    }

    private void download(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (exchange.getRequestHeaders().containsKey("Authorization")) {
                json(exchange, 400, "{\"error\":\"a pre-authenticated download takes no token\"}");
                return;
            }
            String path = decode(exchange.getRequestURI()
                    .getRawPath()
                    .substring("/download/".length())
                    .replace("/content", ""));
            Stored stored = files.get(path);
            if (stored == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            downloads.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            exchange.sendResponseHeaders(200, stored.bytes().length);
            exchange.getResponseBody().write(stored.bytes());
        }
    }

    private static void json(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static String decode(String raw) {
        return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}

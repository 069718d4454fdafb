package org.jrag.ingest.blob;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for Azure Blob Storage in tests, addressed as Azurite is ({@code http://host:port/<account>}): one
 * container whose blobs List Blobs returns {@value #PAGE} at a time with a {@code NextMarker}, and Get Blob serves.
 * A request passes with the shared access signature it was given or a bearer token its token endpoint issued (with
 * {@code x-ms-version}); anything else gets 403 {@code AuthenticationFailed}, as the service answers.
 */
final class AzureBlobStandIn implements AutoCloseable {

    static final int PAGE = 2;
    static final String ACCOUNT = "devstoreaccount1";
    static final String SAS = "sv=2023-11-03&ss=b&srt=co&sp=rl&se=2027-01-01T00%3A00%3A00Z&sig=c2lnbmF0dXJl";
    static final String TOKEN = "eyJ0eXAi.storage-token-for-tests";
    static final String CLIENT_SECRET = "storage-app-secret";

    private record Stored(byte[] bytes, int version, Instant modified) {}

    private final HttpServer server;
    private final String container;
    private final NavigableMap<String, Stored> blobs = new ConcurrentSkipListMap<>();
    private final Map<String, AtomicInteger> downloads = new ConcurrentHashMap<>();

    AzureBlobStandIn(String container) throws IOException {
        this.container = container;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/tenant/oauth2/v2.0/token", this::token);
        server.createContext("/" + ACCOUNT + "/", this::blobService);
        server.start();
    }

    URI endpoint() {
        return URI.create(base() + "/" + ACCOUNT);
    }

    URI tokenUrl() {
        return URI.create(base() + "/tenant/oauth2/v2.0/token");
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void put(String name, String text) {
        put(name, text.getBytes(StandardCharsets.UTF_8));
    }

    void put(String name, byte[] bytes) {
        Stored before = blobs.get(name);
        blobs.put(name, new Stored(bytes.clone(), before == null ? 1 : before.version() + 1, Instant.now()));
    }

    void delete(String name) {
        blobs.remove(name);
    }

    void clear() {
        blobs.clear();
        downloads.clear();
    }

    int downloads(String name) {
        AtomicInteger count = downloads.get(name);
        return count == null ? 0 : count.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void token(HttpExchange exchange) throws IOException {
        try (exchange) {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean good = form.contains("client_secret=" + CLIENT_SECRET)
                    && form.contains("scope=https%3A%2F%2Fstorage.azure.com%2F.default");
            send(
                    exchange,
                    good ? 200 : 401,
                    "application/json",
                    good
                            ? "{\"token_type\":\"Bearer\",\"expires_in\":3599,\"access_token\":\"" + TOKEN + "\"}"
                            : "{\"error\":\"invalid_client\"}");
        }
    }

    private void blobService(HttpExchange exchange) throws IOException {
        try (exchange) {
            String rawQuery = exchange.getRequestURI().getRawQuery();
            Map<String, String> query = query(rawQuery);
            boolean sas = rawQuery != null && rawQuery.contains(SAS);
            boolean bearer =
                    ("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))
                            && exchange.getRequestHeaders().containsKey("x-ms-version");
            if (!sas && !bearer) {
                error(
                        exchange,
                        403,
                        "AuthenticationFailed",
                        "Server failed to authenticate the request. Make sure"
                                + " the value of Authorization header is formed correctly including the signature.");
                return;
            }
            String path = exchange.getRequestURI().getRawPath().substring(("/" + ACCOUNT + "/").length());
            int slash = path.indexOf('/');
            String containerName = decode(slash < 0 ? path : path.substring(0, slash));
            if (!containerName.equals(container)) {
                error(exchange, 404, "ContainerNotFound", "The specified container does not exist.");
            } else if (slash < 0 && "list".equals(query.get("comp"))) {
                list(exchange, query.getOrDefault("prefix", ""), query.getOrDefault("marker", ""));
            } else if (slash >= 0) {
                String name = decode(path.substring(slash + 1));
                Stored blob = blobs.get(name);
                if (blob == null) {
                    error(exchange, 404, "BlobNotFound", "The specified blob does not exist.");
                    return;
                }
                downloads.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
                exchange.getResponseHeaders().set("ETag", etag(blob));
                exchange.sendResponseHeaders(200, blob.bytes().length);
                exchange.getResponseBody().write(blob.bytes());
            } else {
                error(exchange, 400, "InvalidQueryParameterValue", "Value for one of the query parameters is wrong.");
            }
        }
    }

    private void list(HttpExchange exchange, String prefix, String marker) throws IOException {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><EnumerationResults ServiceEndpoint=\""
                + endpoint() + "\" ContainerName=\"" + container + "\"><Prefix>" + prefix + "</Prefix><Blobs>");
        int listed = 0;
        String next = "";
        for (Map.Entry<String, Stored> entry :
                blobs.tailMap(marker.isEmpty() ? prefix : marker, true).entrySet()) {
            if (!entry.getKey().startsWith(prefix)) {
                break;
            }
            if (listed == PAGE) {
                next = entry.getKey();
                break;
            }
            Stored blob = entry.getValue();
            xml.append("<Blob><Name>")
                    .append(entry.getKey().replace("&", "&amp;").replace("<", "&lt;"))
                    .append("</Name><Properties><Last-Modified>")
                    .append(DateTimeFormatter.RFC_1123_DATE_TIME.format(
                            blob.modified().atOffset(ZoneOffset.UTC)))
                    .append("</Last-Modified><Etag>")
                    .append(etag(blob))
                    .append("</Etag><Content-Length>")
                    .append(blob.bytes().length)
                    .append("</Content-Length><BlobType>BlockBlob</BlobType></Properties></Blob>");
            listed++;
        }
        xml.append("</Blobs><NextMarker>").append(next).append("</NextMarker></EnumerationResults>");
        send(exchange, 200, "application/xml", xml.toString());
    }

    private static String etag(Stored blob) {
        return "\"0x8DB" + Integer.toHexString(blob.version()) + "\"";
    }

    private static void error(HttpExchange exchange, int status, String code, String message) throws IOException {
        send(
                exchange,
                status,
                "application/xml",
                "<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>" + code + "</Code><Message>" + message
                        + "\nRequestId:0b6e\nTime:2026-12-04T10:00:00Z</Message></Error>");
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static Map<String, String> query(String rawQuery) {
        var query = new HashMap<String, String>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    query.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
                }
            }
        }
        return query;
    }

    private static String decode(String raw) {
        return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}

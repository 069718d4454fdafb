package org.jrag.ingest.gdrive;

import static org.jrag.ingest.mirror.StandInHttp.query;
import static org.jrag.ingest.mirror.StandInHttp.send;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Google for the tests: a token endpoint that takes a service account's signed assertion (RFC 7523; the signature
 * checked against the account's public key, and its issuer, scope, audience and expiry) and the Drive API (v3) over a
 * tree of folders and files: children listed two at a time by {@code pageToken}, in the order they were created,
 * trashed ones left out where the query says so; a file's bytes ({@code alt=media}); a Google document exported. Only
 * tokens it issued open the API, and it may throttle a request (429 with {@code Retry-After}).
 */
final class GoogleStandIn implements AutoCloseable {

    static final String CLIENT_EMAIL = "jrag-sync@example-project.iam.gserviceaccount.com";
    static final String ROOT = "0AFolderRoot0123456789";
    static final String SCOPE = "https://www.googleapis.com/auth/drive.readonly";

    private static final int PAGE = 2;

    private static final class File {
        final String id;
        final String parent;
        final String name;
        final String mimeType;
        byte[] bytes;
        String target;
        int version = 1;
        boolean trashed;

        File(String id, String parent, String name, String mimeType, byte[] bytes) {
            this.id = id;
            this.parent = parent;
            this.name = name;
            this.mimeType = mimeType;
            this.bytes = bytes;
        }

        boolean google() {
            return mimeType.startsWith("application/vnd.google-apps.");
        }
    }

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpServer server;
    private final KeyPair key = generated();
    private final Map<String, File> files = new ConcurrentHashMap<>();
    private final List<String> order = new CopyOnWriteArrayList<>();
    private final Set<String> issued = ConcurrentHashMap.newKeySet();
    private final Set<String> revoked = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> reads = new ConcurrentHashMap<>();
    private final List<String> subjects = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final AtomicInteger throttle = new AtomicInteger();
    private volatile int throttled;

    GoogleStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/token", this::token);
        server.createContext("/drive/v3/files", this::drive);
        server.start();
    }

    /** Where Drive's API answers ({@code https://www.googleapis.com}). */
    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The service account's JSON key file, its token endpoint this stand-in's. */
    String keyJson() {
        return keyJson(key);
    }

    /** A key file of the same account with another private key, which the token endpoint refuses. */
    String forgedKeyJson() {
        return keyJson(generated());
    }

    private String keyJson(KeyPair pair) {
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        return json.writeValueAsString(json.createObjectNode()
                .put("type", "service_account")
                .put("project_id", "example-project")
                .put("private_key_id", "0123456789abcdef")
                .put("private_key", pem)
                .put("client_email", CLIENT_EMAIL)
                .put("token_uri", url() + "/token"));
    }

    void clear() {
        files.clear();
        order.clear();
        issued.clear();
        revoked.clear();
        reads.clear();
        subjects.clear();
        throttle.set(0);
        throttled = 0;
    }

    String folder(String parent, String name) {
        return add(parent, name, "application/vnd.google-apps.folder", new byte[0]);
    }

    /** A file with bytes of its own (a Markdown file, a PDF, ...). */
    String file(String parent, String name, byte[] bytes) {
        return add(parent, name, "application/octet-stream", bytes);
    }

    /** A Google document, whose export as Word is {@code docx}. */
    String googleDoc(String parent, String name, byte[] docx) {
        return add(parent, name, "application/vnd.google-apps.document", docx);
    }

    /** A shortcut to another file or folder (anywhere in Drive). */
    String shortcut(String parent, String name, String target) {
        String id = add(parent, name, "application/vnd.google-apps.shortcut", new byte[0]);
        files.get(id).target = target;
        return id;
    }

    /** Deletes a file for good (a shortcut to it dangles). */
    void delete(String id) {
        files.remove(id);
    }

    /** A Google form, which nothing exports as a document. */
    String googleForm(String parent, String name) {
        return add(parent, name, "application/vnd.google-apps.form", new byte[0]);
    }

    private String add(String parent, String name, String mimeType, byte[] bytes) {
        String id = "1FileId" + String.format("%012d", ids.incrementAndGet());
        files.put(id, new File(id, parent, name, mimeType, bytes));
        order.add(id);
        return id;
    }

    /** New bytes, and a new version. */
    void edit(String id, byte[] bytes) {
        File file = files.get(id);
        file.bytes = bytes;
        file.version++;
    }

    void trash(String id) {
        files.get(id).trashed = true;
    }

    /** The next {@code requests} requests to the Drive API are answered 429 with {@code Retry-After: 1}. */
    void throttle(int requests) {
        throttle.set(requests);
    }

    int throttled() {
        return throttled;
    }

    /** Revokes every token issued so far: the API refuses them from now on. */
    void revokeTokens() {
        revoked.addAll(issued);
    }

    int tokensIssued() {
        return issued.size();
    }

    /** The users the assertions named ({@code sub}), in order. */
    List<String> subjects() {
        return subjects;
    }

    /** How often a file's bytes were read (downloaded or exported). */
    int reads(String id) {
        return reads.getOrDefault(id, new AtomicInteger()).get();
    }

    private void token(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> form = new LinkedHashMap<>();
            for (String pair :
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    form.put(
                            pair.substring(0, equals),
                            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
            if (!"urn:ietf:params:oauth:grant-type:jwt-bearer".equals(form.get("grant_type"))) {
                send(
                        exchange,
                        400,
                        "{\"error\":\"unsupported_grant_type\",\"error_description\":\"Invalid grant_type\"}");
                return;
            }
            String[] parts = form.getOrDefault("assertion", "").split("\\.");
            if (parts.length != 3 || !verified(parts[0] + "." + parts[1], parts[2])) {
                send(exchange, 400, "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid JWT Signature.\"}");
                return;
            }
            JsonNode claims = json.readTree(Base64.getUrlDecoder().decode(parts[1]));
            long now = Instant.now().getEpochSecond();
            if (!CLIENT_EMAIL.equals(claims.path("iss").asString(""))
                    || !SCOPE.equals(claims.path("scope").asString(""))
                    || !(url() + "/token").equals(claims.path("aud").asString(""))
                    || claims.path("exp").asLong(0) <= now
                    || claims.path("exp").asLong(0) - claims.path("iat").asLong(0) > 3600) {
                send(exchange, 400, "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid JWT claims.\"}");
                return;
            }
            if (claims.has("sub")) {
                subjects.add(claims.path("sub").asString());
            }
            String token = "ya29.stand-in-" + issued.size() + "-" + System.nanoTime();
            issued.add(token);
            send(exchange, 200, "{\"access_token\":\"" + token + "\",\"expires_in\":3599,\"token_type\":\"Bearer\"}");
        }
    }

    private boolean verified(String signed, String signature) {
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initVerify(key.getPublic());
            rs256.update(signed.getBytes(StandardCharsets.US_ASCII));
            return rs256.verify(Base64.getUrlDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private void drive(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (throttle.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                throttled++;
                exchange.getResponseHeaders().set("Retry-After", "1");
                send(exchange, 429, error(429, "Rate limit exceeded"));
                return;
            }
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            String token = authorization == null ? "" : authorization.replaceFirst("^Bearer ", "");
            if (!issued.contains(token) || revoked.contains(token)) {
                send(exchange, 401, error(401, "Request had invalid authentication credentials."));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            Map<String, String> query = query(exchange.getRequestURI());
            if (path.equals("/drive/v3/files")) {
                list(exchange, query);
                return;
            }
            String[] parts = path.substring("/drive/v3/files/".length()).split("/");
            File file = files.get(parts[0]);
            if (file == null) {
                send(exchange, 404, error(404, "File not found: " + parts[0] + "."));
                return;
            }
            boolean export = parts.length == 2 && parts[1].equals("export");
            if (!export && query.get("alt") == null) {
                send(exchange, 200, json.writeValueAsString(listed(file)));
                return;
            }
            if (export != file.google() || !export && !"media".equals(query.get("alt"))) {
                send(
                        exchange,
                        403,
                        error(
                                403,
                                "Only files with binary content can be downloaded. Use Export with Docs"
                                        + " Editors files."));
                return;
            }
            if (export && !query.getOrDefault("mimeType", "").startsWith("application/vnd.openxmlformats")) {
                send(exchange, 400, error(400, "The requested conversion is not supported."));
                return;
            }
            reads.computeIfAbsent(file.id, id -> new AtomicInteger()).incrementAndGet();
            exchange.sendResponseHeaders(200, file.bytes.length);
            exchange.getResponseBody().write(file.bytes);
        }
    }

    /** The children of the folder {@code q} names ({@code '<id>' in parents and trashed = false}), a page at a time. */
    private void list(HttpExchange exchange, Map<String, String> query) throws IOException {
        var in = java.util.regex.Pattern.compile("^'([^']+)' in parents and trashed = false$")
                .matcher(query.getOrDefault("q", ""));
        if (!in.matches()) {
            send(exchange, 400, error(400, "Invalid Value"));
            return;
        }
        String parent = in.group(1);
        if (!parent.equals(ROOT) && !files.containsKey(parent)) {
            send(exchange, 404, error(404, "File not found: " + parent + "."));
            return;
        }
        List<File> children = new ArrayList<>();
        for (String id : order) {
            File file = files.get(id);
            if (file != null && file.parent.equals(parent) && !file.trashed) {
                children.add(file);
            }
        }
        int start = Integer.parseInt(query.getOrDefault("pageToken", "0"));
        ObjectNode body = json.createObjectNode();
        ArrayNode listed = body.putArray("files");
        for (File file : children.subList(Math.min(start, children.size()), Math.min(start + PAGE, children.size()))) {
            listed.add(listed(file));
        }
        if (start + PAGE < children.size()) {
            body.put("nextPageToken", String.valueOf(start + PAGE));
        }
        send(exchange, 200, json.writeValueAsString(body));
    }

    /** A file as the listing and its own metadata show it. */
    private ObjectNode listed(File file) {
        ObjectNode node = json.createObjectNode()
                .put("id", file.id)
                .put("name", file.name)
                .put("mimeType", file.mimeType)
                .put("version", String.valueOf(file.version))
                .put("modifiedTime", "2026-12-0" + Math.min(9, file.version) + "T10:00:00.000Z")
                .put("webViewLink", "https://drive.google.com/file/d/" + file.id + "/view");
        if (file.target != null) {
            File target = files.get(file.target);
            node.putObject("shortcutDetails")
                    .put("targetId", file.target)
                    .put("targetMimeType", target == null ? "application/octet-stream" : target.mimeType);
        } else if (!file.google()) {
            node.put("size", String.valueOf(file.bytes.length)).put("md5Checksum", md5(file.bytes));
        }
        return node;
    }

    private String error(int code, String message) {
        ObjectNode body = json.createObjectNode();
        body.putObject("error").put("code", code).put("message", message);
        return json.writeValueAsString(body);
    }

    private static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair generated() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

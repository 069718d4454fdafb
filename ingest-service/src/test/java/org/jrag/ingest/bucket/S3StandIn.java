package org.jrag.ingest.bucket;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A stand-in for an S3-compatible store in tests (no container runs here): one bucket, addressed in the path, that
 * answers ListObjectsV2 (a page of {@value #PAGE} keys at most, so that clients must follow continuation tokens; keys
 * URL-encoded when asked) and GetObject, and refuses any request whose AWS Signature Version 4 is not the one its
 * access key's secret gives, as S3 does (403 {@code SignatureDoesNotMatch}).
 */
final class S3StandIn implements AutoCloseable {

    static final int PAGE = 2;

    private static final Pattern AUTHORIZATION = Pattern.compile(
            "AWS4-HMAC-SHA256 Credential=([^/]+)/(\\d{8})/([^/]+)/s3/aws4_request,\\s*SignedHeaders=([^,]+),\\s*"
                    + "Signature=([0-9a-f]{64})");
    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** An object as stored: its bytes, ETag (the MD5 of the bytes, quoted, as S3 gives a simple upload) and time. */
    record StoredObject(byte[] bytes, String etag, Instant lastModified) {}

    private final HttpServer server;
    private final String bucket;
    private final String accessKeyId;
    private final String secretAccessKey;
    private final NavigableMap<String, StoredObject> objects = new ConcurrentSkipListMap<>();
    private final Map<String, AtomicInteger> downloads = new ConcurrentHashMap<>();

    private S3StandIn(String bucket, String accessKeyId, String secretAccessKey) throws IOException {
        this.bucket = bucket;
        this.accessKeyId = accessKeyId;
        this.secretAccessKey = secretAccessKey;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    static S3StandIn start(String bucket, String accessKeyId, String secretAccessKey) {
        try {
            return new S3StandIn(bucket, accessKeyId, secretAccessKey);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Stores the object now (its time to the second, as S3 keeps it). */
    void put(String key, byte[] bytes) {
        put(key, bytes, Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    void put(String key, byte[] bytes, Instant lastModified) {
        objects.put(key, new StoredObject(bytes.clone(), '"' + md5(bytes) + '"', lastModified));
    }

    void put(String key, String text) {
        put(key, text.getBytes(StandardCharsets.UTF_8));
    }

    StoredObject get(String key) {
        return objects.get(key);
    }

    void delete(String key) {
        objects.remove(key);
    }

    void clear() {
        objects.clear();
        downloads.clear();
    }

    /** How often the object was downloaded. */
    int downloads(String key) {
        AtomicInteger count = downloads.get(key);
        return count == null ? 0 : count.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            String refusal = signatureRefusal(exchange);
            if (refusal != null) {
                error(exchange, 403, refusal.substring(0, refusal.indexOf(':')), refusal);
                return;
            }
            String path = exchange.getRequestURI().getRawPath();
            String bucketPath = "/" + bucket;
            if (!path.equals(bucketPath) && !path.startsWith(bucketPath + "/")) {
                error(exchange, 404, "NoSuchBucket", "The specified bucket does not exist");
            } else if (!"GET".equals(exchange.getRequestMethod())) {
                error(exchange, 405, "MethodNotAllowed", "only GET is served here");
            } else if (path.length() <= bucketPath.length() + 1) {
                list(exchange);
            } else {
                getObject(exchange, decode(path.substring(bucketPath.length() + 1)));
            }
        }
    }

    private void list(HttpExchange exchange) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        if (!"2".equals(query.get("list-type"))) {
            error(exchange, 400, "InvalidArgument", "only ListObjectsV2 is served here");
            return;
        }
        String prefix = query.getOrDefault("prefix", "");
        boolean encode = "url".equals(query.get("encoding-type"));
        String token = query.get("continuation-token");
        String from = token == null ? prefix : new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        List<Map.Entry<String, StoredObject>> page = new ArrayList<>();
        String next = null;
        for (Map.Entry<String, StoredObject> entry : objects.tailMap(from, true).entrySet()) {
            if (!entry.getKey().startsWith(prefix)) {
                break;
            }
            if (page.size() == PAGE) {
                next = entry.getKey();
                break;
            }
            page.add(entry);
        }
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">");
        xml.append("<Name>").append(bucket).append("</Name>");
        xml.append("<Prefix>").append(key(prefix, encode)).append("</Prefix>");
        xml.append("<KeyCount>").append(page.size()).append("</KeyCount><MaxKeys>1000</MaxKeys>");
        if (encode) {
            xml.append("<EncodingType>url</EncodingType>");
        }
        xml.append("<IsTruncated>").append(next != null).append("</IsTruncated>");
        if (token != null) {
            xml.append("<ContinuationToken>").append(token).append("</ContinuationToken>");
        }
        if (next != null) {
            xml.append("<NextContinuationToken>")
                    .append(Base64.getUrlEncoder().encodeToString(next.getBytes(StandardCharsets.UTF_8)))
                    .append("</NextContinuationToken>");
        }
        for (Map.Entry<String, StoredObject> entry : page) {
            StoredObject object = entry.getValue();
            xml.append("<Contents><Key>")
                    .append(key(entry.getKey(), encode))
                    .append("</Key><LastModified>")
                    .append(ISO.format(object.lastModified()))
                    .append("</LastModified><ETag>")
                    .append(object.etag())
                    .append("</ETag><Size>")
                    .append(object.bytes().length)
                    .append("</Size><StorageClass>STANDARD</StorageClass></Contents>");
        }
        xml.append("</ListBucketResult>");
        send(exchange, 200, "application/xml", xml.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void getObject(HttpExchange exchange, String key) throws IOException {
        StoredObject object = objects.get(key);
        if (object == null) {
            error(exchange, 404, "NoSuchKey", "The specified key does not exist.");
            return;
        }
        downloads.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        exchange.getResponseHeaders().set("ETag", object.etag());
        exchange.getResponseHeaders()
                .set(
                        "Last-Modified",
                        DateTimeFormatter.RFC_1123_DATE_TIME.format(
                                ZonedDateTime.ofInstant(object.lastModified(), ZoneOffset.UTC)));
        send(exchange, 200, "application/octet-stream", object.bytes());
    }

    /** Why the request's signature is not the one the secret gives ({@code Code: message}), or null when it is. */
    private String signatureRefusal(HttpExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        Matcher auth = authorization == null ? null : AUTHORIZATION.matcher(authorization);
        if (auth == null || !auth.matches()) {
            return "AccessDenied: no AWS4-HMAC-SHA256 authorization";
        }
        if (!auth.group(1).equals(accessKeyId)) {
            return "InvalidAccessKeyId: The AWS Access Key Id you provided does not exist in our records.";
        }
        String amzDate = exchange.getRequestHeaders().getFirst("x-amz-date");
        String payloadHash = exchange.getRequestHeaders().getFirst("x-amz-content-sha256");
        if (amzDate == null || payloadHash == null || !amzDate.startsWith(auth.group(2))) {
            return "AccessDenied: x-amz-date and x-amz-content-sha256 are required";
        }
        List<String> signed = Arrays.asList(auth.group(4).split(";"));
        var canonical = new StringBuilder();
        canonical.append(exchange.getRequestMethod()).append('\n');
        canonical.append(exchange.getRequestURI().getRawPath()).append('\n');
        canonical.append(canonicalQuery(exchange.getRequestURI().getRawQuery())).append('\n');
        for (String header : signed) {
            List<String> values = exchange.getRequestHeaders().get(header);
            String value = values == null ? "" : String.join(",", values);
            canonical
                    .append(header)
                    .append(':')
                    .append(value.strip().replaceAll(" +", " "))
                    .append('\n');
        }
        canonical.append('\n').append(auth.group(4)).append('\n').append(payloadHash);
        String scope = auth.group(2) + "/" + auth.group(3) + "/s3/aws4_request";
        String toSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n" + sha256(canonical.toString());
        byte[] key = hmac(("AWS4" + secretAccessKey).getBytes(StandardCharsets.UTF_8), auth.group(2));
        key = hmac(key, auth.group(3));
        key = hmac(key, "s3");
        key = hmac(key, "aws4_request");
        String expected = HexFormat.of().formatHex(hmac(key, toSign));
        return expected.equals(auth.group(5))
                ? null
                : "SignatureDoesNotMatch: The request signature we calculated does not match the signature you"
                        + " provided. Check your key and signing method.";
    }

    private static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        return Arrays.stream(rawQuery.split("&"))
                .map(pair -> pair.contains("=") ? pair : pair + "=")
                .sorted()
                .reduce((a, b) -> a + "&" + b)
                .orElse("");
    }

    private static Map<String, String> query(String rawQuery) {
        var query = new java.util.HashMap<String, String>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                query.put(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        return query;
    }

    private static String key(String key, boolean encode) {
        String text = encode ? URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20") : key;
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String decode(String raw) {
        return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static void error(HttpExchange exchange, int status, String code, String message) throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>"
                + message.substring(message.indexOf(':') + 1).strip() + "</Message><RequestId>stand-in</RequestId>"
                + "</Error>";
        send(exchange, status, "application/xml", xml.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        exchange.getResponseBody().write(body);
    }

    private static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

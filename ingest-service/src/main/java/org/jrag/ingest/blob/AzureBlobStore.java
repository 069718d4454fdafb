package org.jrag.ingest.blob;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jrag.ingest.mirror.MirrorFile;
import org.jrag.ingest.mirror.MirrorStore;
import org.jrag.ingest.mirror.UrlEncoding;
import org.jrag.ingest.oauth.OAuth2Tokens;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The blobs under a prefix of an Azure Storage container, through the Blob service's REST API (List Blobs page by page
 * with its markers, Get Blob), signed in with a shared access signature or a service principal's bearer token. A blob's
 * version is its ETag; a name ending in {@code /} (a folder placeholder) is no file.
 */
final class AzureBlobStore implements MirrorStore {

    /** The Blob service version the requests speak (a bearer token needs one). */
    static final String API_VERSION = "2023-11-03";

    private final BlobSyncProperties.Container container;
    private final HttpClient http;
    private final OAuth2Tokens tokens;

    AzureBlobStore(BlobSyncProperties.Container container, HttpClient http, OAuth2Tokens tokens) {
        this.container = container;
        this.http = http;
        this.tokens = tokens;
    }

    @Override
    public List<MirrorFile> list() throws IOException {
        var files = new ArrayList<MirrorFile>();
        String marker = "";
        do {
            String query =
                    "restype=container&comp=list&maxresults=5000&prefix=" + UrlEncoding.segment(container.prefix())
                            + (marker.isEmpty() ? "" : "&marker=" + UrlEncoding.segment(marker));
            HttpResponse<InputStream> response = send(containerUri("", query));
            String body;
            try (InputStream in = response.body()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (response.statusCode() != 200) {
                throw new IOException("cannot list " + container.location() + ": " + response.statusCode() + " "
                        + storageError(body));
            }
            Document listing = Jsoup.parse(body, "", Parser.xmlParser());
            for (Element blob : listing.select("Blobs > Blob")) {
                String name = text(blob, "Name");
                if (name.endsWith("/") || !name.startsWith(container.prefix())) {
                    continue;
                }
                files.add(new MirrorFile(
                        name.substring(container.prefix().length()),
                        parseLong(text(blob, "Properties > Content-Length")),
                        modified(text(blob, "Properties > Last-Modified")),
                        text(blob, "Properties > Etag")));
            }
            marker = text(listing, "EnumerationResults > NextMarker");
        } while (!marker.isEmpty());
        return files;
    }

    @Override
    public byte[] read(MirrorFile file, long limit) throws IOException {
        HttpResponse<InputStream> response =
                send(containerUri(UrlEncoding.path(container.prefix() + file.path()), null));
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("cannot read '" + file.path() + "' from " + container.location() + ": "
                        + response.statusCode() + " "
                        + storageError(new String(body.readNBytes(2_000), StandardCharsets.UTF_8)));
            }
            return body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        }
    }

    /** The container's address, a blob's under it when {@code blobPath} is given, with the query and the SAS. */
    private URI containerUri(String blobPath, String query) {
        String base = container.endpoint().toString().replaceFirst("/+$", "") + "/"
                + UrlEncoding.segment(container.container()) + (blobPath.isEmpty() ? "" : "/" + blobPath);
        var parameters = new ArrayList<String>();
        if (query != null) {
            parameters.add(query);
        }
        if (container.sasToken() != null) {
            parameters.add(container.sasToken());
        }
        return URI.create(parameters.isEmpty() ? base : base + "?" + String.join("&", parameters));
    }

    private HttpResponse<InputStream> send(URI uri) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(60))
                .header("x-ms-version", API_VERSION)
                .GET();
        if (container.oauth2() != null) {
            request.header(
                    "Authorization", "Bearer " + tokens.token(container.oauth2(), BlobSyncProperties.STORAGE_SCOPE));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while calling " + uri.getHost(), e);
        }
    }

    /** The Blob service's {@code Code: Message}, or the body as it came. */
    private static String storageError(String body) {
        Document error = Jsoup.parse(body, "", Parser.xmlParser());
        String code = text(error, "Error > Code");
        if (!code.isEmpty()) {
            Element found = error.selectFirst("Error > Message");
            String message =
                    found == null ? "" : found.wholeText().strip(); // its first line; request id and time after
            int newline = message.indexOf('\n');
            return code + ": " + (newline < 0 ? message : message.substring(0, newline)).strip();
        }
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }

    private static String text(Element element, String selector) {
        Element found = element.selectFirst(selector);
        return found == null ? "" : found.text();
    }

    private static long parseLong(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static long modified(String rfc1123) {
        try {
            return TimeUnit.MILLISECONDS.toNanos(ZonedDateTime.parse(rfc1123, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant()
                    .toEpochMilli());
        } catch (RuntimeException e) {
            return 0;
        }
    }
}

package org.jrag.ingest.drive;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jrag.ingest.mirror.MirrorFile;
import org.jrag.ingest.mirror.MirrorStore;
import org.jrag.ingest.mirror.StoreRequests;
import org.jrag.ingest.mirror.UrlEncoding;
import org.jrag.ingest.oauth.OAuth2Tokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A drive's files through Microsoft Graph: the folder's children listed page by page ({@code @odata.nextLink}), its
 * subfolders walked, each file's version its {@code cTag} (which changes with the content, not with a rename or a
 * metadata edit), and a file's bytes downloaded from the pre-authenticated address Graph redirects {@code /content}
 * to, without the access token (that address is not Graph's). Throttled requests wait as Graph's Retry-After says.
 */
final class GraphDriveStore implements MirrorStore {

    private final DriveSyncProperties.Drive drive;
    private final HttpClient http;
    private final OAuth2Tokens tokens;
    private final JsonMapper json;
    private final Map<String, String> ids = new HashMap<>();

    /** @param http a client that does not follow redirects itself */
    GraphDriveStore(DriveSyncProperties.Drive drive, HttpClient http, OAuth2Tokens tokens, JsonMapper json) {
        this.drive = drive;
        this.http = http;
        this.tokens = tokens;
        this.json = json;
    }

    @Override
    public List<MirrorFile> list() throws IOException {
        var files = new ArrayList<MirrorFile>();
        ids.clear();
        String base = drive.graphUrl() + "/drives/" + UrlEncoding.segment(drive.driveId());
        Deque<Map.Entry<String, String>> folders = new ArrayDeque<>(); // (relative path, children URL)
        folders.add(Map.entry(
                "",
                drive.folder().isEmpty()
                        ? base + "/root/children"
                        : base + "/root:/" + UrlEncoding.path(drive.folder()) + ":/children"));
        while (!folders.isEmpty()) {
            Map.Entry<String, String> folder = folders.poll();
            for (String page = folder.getValue(); page != null; ) {
                JsonNode listed = get(page);
                for (JsonNode item : listed.path("value")) {
                    String path = folder.getKey() + item.path("name").asString();
                    String id = item.path("id").asString();
                    if (item.has("folder")) {
                        folders.add(Map.entry(path + "/", base + "/items/" + UrlEncoding.segment(id) + "/children"));
                    } else if (item.has("file")) {
                        ids.put(path, id);
                        String version =
                                item.path("cTag").asString(item.path("eTag").asString(""));
                        files.add(new MirrorFile(
                                path,
                                item.path("size").asLong(0),
                                modified(item),
                                version.isEmpty() ? null : version,
                                item.path("webUrl").asString(null)));
                    }
                }
                page = listed.path("@odata.nextLink").asString(null);
            }
        }
        return files;
    }

    @Override
    public byte[] read(MirrorFile file, long limit) throws IOException {
        String id = ids.get(file.path());
        if (id == null) {
            throw new IOException("'" + file.path() + "' was not listed in " + drive.location());
        }
        URI content = URI.create(drive.graphUrl() + "/drives/" + UrlEncoding.segment(drive.driveId()) + "/items/"
                + UrlEncoding.segment(id) + "/content");
        HttpResponse<InputStream> response = send(authorized(content).GET().build());
        if (response.statusCode() / 100 == 3) {
            URI download = content.resolve(response.headers()
                    .firstValue("Location")
                    .orElseThrow(() -> new IOException("Graph redirected " + file.path() + " nowhere")));
            response.body().close();
            response = send(HttpRequest.newBuilder(download)
                    .timeout(Duration.ofMinutes(5))
                    .GET()
                    .build());
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException(
                        "cannot read '" + file.path() + "' from " + drive.location() + ": " + response.statusCode()
                                + " "
                                + StoreRequests.errorMessage(
                                        new String(body.readNBytes(2_000), StandardCharsets.UTF_8),
                                        json,
                                        GraphDriveStore::error));
            }
            return body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        }
    }

    private JsonNode get(String url) throws IOException {
        return StoreRequests.json(
                send(authorized(URI.create(url))
                        .header("Accept", "application/json")
                        .GET()
                        .build()),
                json,
                drive.location(),
                "Graph",
                GraphDriveStore::error);
    }

    private HttpRequest.Builder authorized(URI uri) throws IOException {
        return HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + tokens.token(drive.oauth2(), DriveSyncProperties.GRAPH_SCOPE));
    }

    /** Sends the request, waiting out throttling as Graph's {@code Retry-After} says ({@link StoreRequests}). */
    private HttpResponse<InputStream> send(HttpRequest request) throws IOException {
        return StoreRequests.send(http, request);
    }

    /** Graph's {@code error.code: error.message}. */
    private static String error(JsonNode answer) {
        JsonNode error = answer.path("error");
        return error.has("code")
                ? error.path("code").asString() + ": " + error.path("message").asString()
                : "";
    }

    private static long modified(JsonNode item) {
        try {
            return TimeUnit.MILLISECONDS.toNanos(
                    Instant.parse(item.path("lastModifiedDateTime").asString()).toEpochMilli());
        } catch (RuntimeException e) {
            return 0;
        }
    }
}

package org.jrag.ingest.gdrive;

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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jrag.ingest.mirror.MirrorFile;
import org.jrag.ingest.mirror.MirrorStore;
import org.jrag.ingest.mirror.StoreRequests;
import org.jrag.ingest.mirror.UrlEncoding;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Google Drive folder's files through the Drive API (v3), shared drives included: the folder's children listed page
 * by page, oldest first, its subfolders walked; a file's version its MD5 checksum, a Google document's its version
 * number. Google Docs, Sheets and Slides are exported as Word, Excel and PowerPoint files ({@code <name>.docx},
 * {@code .xlsx}, {@code .pptx}), which keep their headings, sheets and slides; other Google files (forms, drawings) are
 * left out. A shortcut stands for its target under its own name (a folder's tree walked, a file read from its target);
 * one whose target is gone or unreadable is left out. Where a folder holds two files of one name, the older keeps it and
 * the other is {@code <name> (<id>)}. A file's link is its address in Drive. Throttled requests (429, 503) wait as
 * {@code Retry-After} says.
 */
final class GoogleDriveStore implements MirrorStore {

    private static final String FOLDER = "application/vnd.google-apps.folder";

    /** What each kind of Google document is exported as, and the extension its path takes. */
    private static final Map<String, Map.Entry<String, String>> EXPORTS = Map.of(
            "application/vnd.google-apps.document",
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
            "application/vnd.google-apps.spreadsheet",
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"),
            "application/vnd.google-apps.presentation",
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", ".pptx"));

    private static final String SHORTCUT = "application/vnd.google-apps.shortcut";

    /** What the listing tells of a file: whether it changed, where it is, what a shortcut points at. */
    private static final String FILE_FIELDS = "id,name,mimeType,md5Checksum,size,version,modifiedTime,webViewLink";

    private static final String FIELDS =
            "nextPageToken,files(" + FILE_FIELDS + ",shortcutDetails(targetId,targetMimeType))";

    /** How many pages of one folder are read at most. */
    private static final int MAX_PAGES = 1_000;

    private record Item(String id, String exportAs) {}

    private final GoogleDriveSyncProperties.Drive drive;
    private final ServiceAccount account;
    private final HttpClient http;
    private final GoogleTokens tokens;
    private final JsonMapper json;
    private final Map<String, Item> items = new HashMap<>();

    /** @param http a client that does not follow redirects itself */
    GoogleDriveStore(GoogleDriveSyncProperties.Drive drive, HttpClient http, GoogleTokens tokens, JsonMapper json) {
        this.drive = drive;
        this.account = drive.account();
        this.http = http;
        this.tokens = tokens;
        this.json = json;
    }

    @Override
    public List<MirrorFile> list() throws IOException {
        items.clear();
        var files = new ArrayList<MirrorFile>();
        Deque<Map.Entry<String, String>> folders = new ArrayDeque<>(); // (relative path, folder id)
        folders.add(Map.entry("", drive.folderId()));
        Set<String> walked = new HashSet<>();
        while (!folders.isEmpty()) {
            Map.Entry<String, String> folder = folders.poll();
            if (!walked.add(folder.getValue())) {
                continue; // a folder reached twice (Drive lets a folder have several parents)
            }
            Set<String> taken = new HashSet<>();
            for (JsonNode item : children(folder.getValue())) {
                String name = StoreRequests.fileName(item.path("name").asString(""));
                if (item.path("mimeType").asString("").equals(SHORTCUT)) {
                    // a shortcut stands for its target, under the shortcut's name: a folder's tree, or a file
                    JsonNode target = target(item.path("shortcutDetails"));
                    if (target == null) {
                        continue; // its target is gone, or the account may not read it
                    }
                    name = withExtension(name, target.path("name").asString(""));
                    item = target;
                }
                String id = item.path("id").asString("");
                String mimeType = item.path("mimeType").asString("");
                if (mimeType.equals(FOLDER)) {
                    folders.add(Map.entry(folder.getKey() + unique(name, "", id, taken) + "/", id));
                    continue;
                }
                Map.Entry<String, String> export = EXPORTS.get(mimeType);
                if (export == null && mimeType.startsWith("application/vnd.google-apps.")) {
                    continue; // a form, a drawing: nothing to read
                }
                String extension = export == null ? "" : export.getValue();
                String path = folder.getKey() + unique(name, extension, id, taken);
                items.put(path, new Item(id, export == null ? null : export.getKey()));
                String md5 = item.path("md5Checksum").asString("");
                files.add(new MirrorFile(
                        path,
                        item.path("size").asLong(0),
                        modified(item.path("modifiedTime").asString("")),
                        md5.isEmpty() ? "v" + item.path("version").asString("") : md5,
                        item.path("webViewLink").asString(null)));
            }
        }
        return files;
    }

    @Override
    public byte[] read(MirrorFile file, long limit) throws IOException {
        Item item = items.get(file.path());
        if (item == null) {
            throw new IOException("'" + file.path() + "' was not listed in " + drive.location());
        }
        String base = drive.apiUrl() + "/drive/v3/files/" + UrlEncoding.segment(item.id());
        URI uri = URI.create(
                item.exportAs() == null
                        ? base + "?alt=media&supportsAllDrives=true"
                        : base + "/export?mimeType=" + UrlEncoding.segment(item.exportAs()));
        HttpResponse<InputStream> response = send(uri, Duration.ofMinutes(5));
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException(
                        "cannot read '" + file.path() + "' from " + drive.location() + ": " + response.statusCode()
                                + " "
                                + StoreRequests.errorMessage(
                                        new String(body.readNBytes(2_000), StandardCharsets.UTF_8),
                                        json,
                                        GoogleDriveStore::error));
            }
            return body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        }
    }

    /** A folder's children that are not trashed, oldest first, page by page. */
    private List<JsonNode> children(String folderId) throws IOException {
        String query = "'" + folderId + "' in parents and trashed = false";
        String list = drive.apiUrl() + "/drive/v3/files?q=" + UrlEncoding.segment(query) + "&fields="
                + UrlEncoding.segment(FIELDS)
                + "&orderBy=createdTime&pageSize=1000&supportsAllDrives=true&includeItemsFromAllDrives=true";
        var children = new ArrayList<JsonNode>();
        String next = "";
        for (int page = 0; page < MAX_PAGES; page++) {
            JsonNode listed = get(list + (next.isEmpty() ? "" : "&pageToken=" + UrlEncoding.segment(next)));
            listed.path("files").forEach(children::add);
            next = listed.path("nextPageToken").asString("");
            if (next.isEmpty()) {
                return children;
            }
        }
        throw new IOException("cannot list " + drive.location() + ": more than " + MAX_PAGES + " pages in a folder");
    }

    /** A shortcut's name, with its target's extension where it has none of its own (the format is told by it). */
    private static String withExtension(String name, String targetName) {
        int dot = targetName.lastIndexOf('.');
        return name.lastIndexOf('.') > 0 || dot <= 0 ? name : name + targetName.substring(dot);
    }

    /** The name, or, where the folder already holds it, {@code <name> (<id>)}, with the extension after either. */
    private static String unique(String name, String extension, String id, Set<String> taken) {
        String plain = name + extension;
        if (taken.add(plain)) {
            return plain;
        }
        int dot = extension.isEmpty() ? name.lastIndexOf('.') : -1;
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String suffix = dot > 0 ? name.substring(dot) : extension;
        String other = stem + " (" + id + ")" + suffix;
        taken.add(other);
        return other;
    }

    /**
     * What a shortcut points at: a folder by its id (nothing to ask), a file as the listing would show it (asked for on
     * its own); null where the target is gone or the account may not read it (404).
     */
    private JsonNode target(JsonNode shortcut) throws IOException {
        String id = shortcut.path("targetId").asString("");
        if (id.isEmpty()) {
            return null;
        }
        if (shortcut.path("targetMimeType").asString("").equals(FOLDER)) {
            return json.createObjectNode().put("id", id).put("mimeType", FOLDER);
        }
        HttpResponse<InputStream> response = send(
                URI.create(drive.apiUrl() + "/drive/v3/files/" + UrlEncoding.segment(id) + "?fields="
                        + UrlEncoding.segment(FILE_FIELDS) + "&supportsAllDrives=true"),
                Duration.ofSeconds(60));
        if (response.statusCode() == 404) {
            response.body().close();
            return null;
        }
        return StoreRequests.json(response, json, drive.location(), "Drive", GoogleDriveStore::error);
    }

    private JsonNode get(String url) throws IOException {
        return StoreRequests.json(
                send(URI.create(url), Duration.ofSeconds(60)),
                json,
                drive.location(),
                "Drive",
                GoogleDriveStore::error);
    }

    /**
     * A signed GET, throttling waited out as {@code Retry-After} says ({@link StoreRequests}); a token the API refuses
     * (401: revoked, expired early) is forgotten and the request sent once more with a new one.
     */
    private HttpResponse<InputStream> send(URI uri, Duration timeout) throws IOException {
        for (int attempt = 0; ; attempt++) {
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .timeout(timeout)
                    .header(
                            "Authorization",
                            "Bearer " + tokens.token(account, drive.subject(), GoogleDriveSyncProperties.SCOPE))
                    .GET()
                    .build();
            HttpResponse<InputStream> response = StoreRequests.send(http, request);
            if (response.statusCode() != 401 || attempt > 0) {
                return response;
            }
            response.body().close();
            tokens.forget(account, drive.subject(), GoogleDriveSyncProperties.SCOPE);
        }
    }

    /** Google's {@code error.message}. */
    private static String error(JsonNode answer) {
        return answer.path("error").path("message").asString("");
    }

    private static long modified(String when) {
        try {
            return TimeUnit.MILLISECONDS.toNanos(Instant.parse(when).toEpochMilli());
        } catch (RuntimeException e) {
            return 0;
        }
    }
}

package org.jrag.ingest.confluence;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jrag.ingest.mirror.MirrorFile;
import org.jrag.ingest.mirror.MirrorStore;
import org.jrag.ingest.mirror.UrlEncoding;
import org.jsoup.nodes.Entities;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Confluence space's current pages and their attachments, through the REST API that Cloud and Data Center share
 * ({@code /rest/api/content}, pages listed page by page through {@code _links.next}, attachments found by CQL). A page
 * is the file {@code <title>.html} (titles are unique within a space), read as its rendered view ({@code export_view}:
 * macros expanded) under its title as heading; an attachment is {@code <page title>/<file name>}, downloaded as it is.
 * A file's version is its content's id and version number; its link is where Confluence shows it.
 */
final class ConfluenceStore implements MirrorStore {

    private static final int PAGE_SIZE = 100;

    private record Item(String id, String title, String download) {}

    private final ConfluenceSyncProperties.Space space;
    private final HttpClient http;
    private final JsonMapper json;
    private final Map<String, Item> items = new HashMap<>();

    /** @param http a client that does not follow redirects itself */
    ConfluenceStore(ConfluenceSyncProperties.Space space, HttpClient http, JsonMapper json) {
        this.space = space;
        this.http = http;
        this.json = json;
    }

    @Override
    public List<MirrorFile> list() throws IOException {
        items.clear();
        var files = new ArrayList<MirrorFile>();
        Map<String, String> pagePaths = new HashMap<>();
        for (JsonNode page : all(space.url() + "/rest/api/content?type=page&status=current&expand=version&limit="
                + PAGE_SIZE + "&spaceKey=" + UrlEncoding.segment(space.spaceKey()))) {
            String name = fileName(page.path("title").asString());
            String path = name + ".html";
            pagePaths.put(page.path("id").asString(), name);
            items.put(
                    path,
                    new Item(page.path("id").asString(), page.path("title").asString(), null));
            files.add(file(path, 0, page));
        }
        if (space.attachments()) {
            String cql = "space = \"" + space.spaceKey() + "\" and type = attachment";
            for (JsonNode attachment : all(space.url() + "/rest/api/content/search?expand=version,container&limit="
                    + PAGE_SIZE + "&cql=" + UrlEncoding.segment(cql))) {
                String pageId = attachment.path("container").path("id").asString();
                String page = pagePaths.get(pageId);
                String download = attachment.path("_links").path("download").asString("");
                if (page == null || download.isEmpty()) {
                    continue; // on a blog post, an archived page or a draft: not synced
                }
                String path = page + "/" + fileName(attachment.path("title").asString());
                items.put(path, new Item(attachment.path("id").asString(), null, download));
                files.add(file(
                        path, attachment.path("extensions").path("fileSize").asLong(0), attachment));
            }
        }
        return files;
    }

    @Override
    public byte[] read(MirrorFile file, long limit) throws IOException {
        Item item = items.get(file.path());
        if (item == null) {
            throw new IOException("'" + file.path() + "' was not listed in " + space.location());
        }
        if (item.download() == null) {
            JsonNode page = get(
                    space.url() + "/rest/api/content/" + UrlEncoding.segment(item.id()) + "?expand=body.export_view");
            String title = Entities.escape(item.title());
            String html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body>"
                    + "<h1>" + title + "</h1>"
                    + page.path("body").path("export_view").path("value").asString("")
                    + "</body></html>";
            return html.getBytes(StandardCharsets.UTF_8);
        }
        URI download = URI.create(space.url() + item.download());
        HttpResponse<InputStream> response = send(download, true);
        if (response.statusCode() / 100 == 3) {
            // Cloud sends downloads on to its media service, with a token of its own in the address: no credentials
            URI target = download.resolve(response.headers()
                    .firstValue("Location")
                    .orElseThrow(() -> new IOException("Confluence redirected " + file.path() + " nowhere")));
            response.body().close();
            response = send(target, target.getHost().equalsIgnoreCase(download.getHost()));
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException(
                        "cannot read '" + file.path() + "' from " + space.location() + ": " + response.statusCode()
                                + " " + message(new String(body.readNBytes(2_000), StandardCharsets.UTF_8)));
            }
            return body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        }
    }

    /** Every result of a listing, following {@code _links.next} from page to page. */
    private List<JsonNode> all(String first) throws IOException {
        var results = new ArrayList<JsonNode>();
        for (String next = first; next != null; ) {
            JsonNode listed = get(next);
            listed.path("results").forEach(results::add);
            String link = listed.path("_links").path("next").asString("");
            next = link.isEmpty() ? null : base(listed) + link;
        }
        return results;
    }

    /** What a listing's links are relative to: its {@code _links.base}, else the configured address. */
    private String base(JsonNode listed) {
        String base = listed.path("_links").path("base").asString("");
        return base.startsWith("http")
                ? base.replaceAll("/+$", "")
                : space.url().toString();
    }

    private MirrorFile file(String path, long size, JsonNode content) {
        JsonNode version = content.path("version");
        String webui = content.path("_links").path("webui").asString("");
        return new MirrorFile(
                path,
                size,
                modified(version.path("when").asString("")),
                content.path("id").asString() + "." + version.path("number").asLong(0),
                webui.isEmpty() ? null : space.url() + webui);
    }

    private JsonNode get(String url) throws IOException {
        HttpResponse<InputStream> response = send(URI.create(url), true);
        try (InputStream body = response.body()) {
            String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
            if (response.statusCode() != 200) {
                throw new IOException(
                        "cannot list " + space.location() + ": " + response.statusCode() + " " + message(text));
            }
            return json.readTree(text);
        } catch (JacksonException e) {
            throw new IOException("cannot list " + space.location() + ": Confluence answered what is not JSON", e);
        }
    }

    private HttpResponse<InputStream> send(URI uri, boolean signed) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .GET();
        if (signed) {
            request.header("Authorization", authorization());
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while calling " + uri.getHost(), e);
        }
    }

    /** Basic with a user name (Cloud's e-mail and API token, a password), else the personal access token as bearer. */
    private String authorization() {
        return space.username() == null
                ? "Bearer " + space.token()
                : "Basic "
                        + Base64.getEncoder()
                                .encodeToString(
                                        (space.username() + ":" + space.token()).getBytes(StandardCharsets.UTF_8));
    }

    /** Confluence's {@code message}, or the body as it came. */
    private String message(String body) {
        try {
            String message = json.readTree(body).path("message").asString("");
            if (!message.isEmpty()) {
                return message;
            }
        } catch (JacksonException e) {
            // not JSON: as it came
        }
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }

    /** A title as one part of a path: no {@code /}, no leading dot (which would hide it). */
    static String fileName(String title) {
        String name = title.strip().replace('/', '-').replace('\\', '-');
        return name.startsWith(".") ? "_" + name.substring(1) : name.isEmpty() ? "_" : name;
    }

    private static long modified(String when) {
        try {
            return TimeUnit.MILLISECONDS.toNanos(
                    OffsetDateTime.parse(when).toInstant().toEpochMilli());
        } catch (RuntimeException e) {
            return 0;
        }
    }
}

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
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jrag.ingest.document.DocumentMetadata;
import org.jrag.ingest.mirror.MirrorFile;
import org.jrag.ingest.mirror.MirrorStore;
import org.jrag.ingest.mirror.StoreRequests;
import org.jrag.ingest.mirror.UrlEncoding;
import org.jsoup.nodes.Entities;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Confluence space's current pages and blog posts and their attachments, through the REST API that Cloud and Data
 * Center share ({@code /rest/api/content}, listed page by page through {@code _links.next}, attachments found by CQL).
 * A page is the file {@code <title>.html} (titles are unique within a space), a blog post {@code blog/<date>
 * <title>.html} (unique within a space and day), each read as its rendered view ({@code export_view}: macros expanded)
 * under its title as heading; an attachment is {@code <page or post>/<file name>}, downloaded as it is. A file's
 * version is its content's id and version number; its link is where Confluence shows it.
 *
 * <p>With the space's {@code restrictions} on, a page's view restrictions are its readers, and its attachments': a
 * restricted user by {@code user:<username>} (Data Center) or {@code user:<e-mail>} (Cloud, where the user lets the
 * address be seen), a group by its name. Confluence lets a user see a page only when every restricted page on its way
 * down (the page and its ancestors) names the user or one of the user's groups, so the readers are the principals
 * every such page names (a blog post has only its own); where none is left (the pages name different groups, or only
 * users Cloud keeps anonymous) or more than a document may name, the page's readers are {@link #RESTRICTED}, which no
 * user holds: it is then found only by callers that read every document. A page without restrictions on its way down
 * has the space's readers. Throttled requests (429, 503) wait as Confluence's {@code Retry-After} says.
 */
final class ConfluenceStore implements MirrorStore {

    /** The readers of a page whose restrictions name nobody a document's readers can name. */
    static final String RESTRICTED = "confluence:restricted";

    private static final int PAGE_SIZE = 100;

    /** How many pages of one page's restrictions are read at most. */
    private static final int MAX_RESTRICTION_PAGES = 50;

    private record Item(String id, String title, String download) {}

    /** A page's own view restriction: whether it restricts at all, and whom it lets in (those that can be named). */
    private record Restriction(boolean restricts, Set<String> principals) {}

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
        String restrictions =
                space.restrictions() ? ",restrictions.read.restrictions.user,restrictions.read.restrictions.group" : "";
        boolean ancestors = space.restrictions() || space.rootPage() != null;
        List<JsonNode> pages = inTree(listed("page", "version" + (ancestors ? ",ancestors" : "") + restrictions));
        List<JsonNode> posts = space.blogPosts() ? listed("blogpost", "version,history" + restrictions) : List.of();
        Map<String, List<String>> pageReaders = space.restrictions() ? readers(pages, posts) : Map.of();
        for (JsonNode page : pages) {
            add(
                    files,
                    pagePaths,
                    pageReaders,
                    page,
                    StoreRequests.fileName(page.path("title").asString()));
        }
        for (JsonNode post : posts) {
            String created = post.path("history").path("createdDate").asString("");
            String day = created.matches("\\d{4}-\\d{2}-\\d{2}.*") ? created.substring(0, 10) + " " : "";
            add(
                    files,
                    pagePaths,
                    pageReaders,
                    post,
                    "blog/" + StoreRequests.fileName(day + post.path("title").asString()));
        }
        if (space.attachments()) {
            String cql = "space = \"" + space.spaceKey() + "\" and type = attachment";
            for (JsonNode attachment : all(space.url() + "/rest/api/content/search?expand=version,container&limit="
                    + PAGE_SIZE + "&cql=" + UrlEncoding.segment(cql))) {
                String pageId = attachment.path("container").path("id").asString();
                String page = pagePaths.get(pageId);
                String download = attachment.path("_links").path("download").asString("");
                if (page == null || download.isEmpty()) {
                    continue; // on an archived page or a draft (or a blog post, when those are not synced)
                }
                String path = page + "/"
                        + StoreRequests.fileName(attachment.path("title").asString());
                items.put(path, new Item(attachment.path("id").asString(), null, download));
                files.add(file(
                        path,
                        attachment.path("extensions").path("fileSize").asLong(0),
                        attachment,
                        pageReaders.get(pageId)));
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
        HttpResponse<InputStream> response =
                StoreRequests.download(this::send, URI.create(space.url() + item.download()), true, file.path());
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException(
                        "cannot read '" + file.path() + "' from " + space.location() + ": " + response.statusCode()
                                + " "
                                + StoreRequests.errorMessage(
                                        new String(body.readNBytes(2_000), StandardCharsets.UTF_8),
                                        json,
                                        ConfluenceStore::error));
            }
            return body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        }
    }

    /** The pages in the tree of the space's root page, where it names one; else all of them. */
    private List<JsonNode> inTree(List<JsonNode> pages) throws IOException {
        if (space.rootPage() == null) {
            return pages;
        }
        var inTree = new ArrayList<JsonNode>();
        for (JsonNode page : pages) {
            boolean under = page.path("id").asString().equals(space.rootPage());
            for (JsonNode ancestor : ancestors(page)) {
                under |= ancestor.path("id").asString().equals(space.rootPage());
            }
            if (under) {
                inTree.add(page);
            }
        }
        return inTree;
    }

    /** The space's current content of a type ({@code page}, {@code blogpost}), with these expansions. */
    private List<JsonNode> listed(String type, String expand) throws IOException {
        return all(space.url() + "/rest/api/content?type=" + type + "&status=current&expand=" + expand + "&limit="
                + PAGE_SIZE + "&spaceKey=" + UrlEncoding.segment(space.spaceKey()));
    }

    /** A listed page or post as the file {@code <name>.html}, the folder of its attachments {@code <name>}. */
    private void add(
            List<MirrorFile> files,
            Map<String, String> pagePaths,
            Map<String, List<String>> readers,
            JsonNode content,
            String name) {
        String id = content.path("id").asString();
        String path = name + ".html";
        pagePaths.put(id, name);
        items.put(path, new Item(id, content.path("title").asString(), null));
        files.add(file(path, 0, content, readers.get(id)));
    }

    /**
     * Each listed page's and post's readers by its id, where restrictions on its way down (a post's own) name them;
     * null: the space's.
     */
    private Map<String, List<String>> readers(List<JsonNode> pages, List<JsonNode> posts) throws IOException {
        Map<String, Restriction> restrictions = new HashMap<>();
        for (List<JsonNode> contents : List.of(pages, posts)) {
            for (JsonNode content : contents) {
                restrictions.put(content.path("id").asString(), restriction(content));
            }
        }
        Map<String, List<String>> readers = new HashMap<>();
        for (JsonNode page : pages) {
            var onTheWay = new ArrayList<String>();
            ancestors(page).forEach(ancestor -> onTheWay.add(ancestor.path("id").asString()));
            onTheWay.add(page.path("id").asString());
            allowed(onTheWay, restrictions)
                    .ifPresent(allowed -> readers.put(page.path("id").asString(), allowed));
        }
        for (JsonNode post : posts) {
            String id = post.path("id").asString();
            allowed(List.of(id), restrictions).ifPresent(allowed -> readers.put(id, allowed));
        }
        return readers;
    }

    /**
     * Who may read a page whose way down is these contents (top first), as the principals every restricted one of
     * them names; empty when none restricts.
     */
    private Optional<List<String>> allowed(List<String> onTheWay, Map<String, Restriction> restrictions)
            throws IOException {
        Set<String> allowed = null;
        for (String id : onTheWay) {
            Restriction restriction = restrictions.get(id);
            if (restriction == null) {
                // an ancestor not listed (not current): its restrictions still hold
                restriction = restrictionOf(id);
                restrictions.put(id, restriction);
            }
            if (restriction.restricts()) {
                if (allowed == null) {
                    allowed = new LinkedHashSet<>(restriction.principals());
                } else {
                    allowed.retainAll(restriction.principals());
                }
            }
        }
        if (allowed == null) {
            return Optional.empty();
        }
        return Optional.of(
                allowed.isEmpty() || allowed.size() > DocumentMetadata.MAX_READERS
                        ? List.of(RESTRICTED)
                        : List.copyOf(allowed));
    }

    /** A listed page's ancestors, top first, as its listing shows them or, where it left them out, read on its own. */
    private JsonNode ancestors(JsonNode page) throws IOException {
        JsonNode ancestors = page.path("ancestors");
        return ancestors.isMissingNode()
                ? get(space.url() + "/rest/api/content/"
                                + UrlEncoding.segment(page.path("id").asString()) + "?expand=ancestors")
                        .path("ancestors")
                : ancestors;
    }

    /**
     * A listed page's own view restriction, as its listing shows it, or read on its own where the listing left it out
     * or shows only part of it.
     */
    private Restriction restriction(JsonNode page) throws IOException {
        JsonNode read = page.path("restrictions").path("read").path("restrictions");
        JsonNode users = read.path("user");
        JsonNode groups = read.path("group");
        if (users.isMissingNode() || groups.isMissingNode() || partial(users) || partial(groups)) {
            return restrictionOf(page.path("id").asString());
        }
        var principals = new LinkedHashSet<String>();
        users.path("results").forEach(user -> addUser(principals, user));
        groups.path("results").forEach(group -> addGroup(principals, group));
        return new Restriction(
                !users.path("results").isEmpty() || !groups.path("results").isEmpty(), principals);
    }

    /** Whether a listing's users or groups of a restriction are only the first of them. */
    private static boolean partial(JsonNode array) {
        int shown = array.path("results").size();
        return !array.path("_links").path("next").asString("").isEmpty()
                || array.path("totalSize").asInt(shown) > shown
                || (shown > 0
                        && array.has("limit")
                        && shown >= array.path("limit").asInt());
    }

    /** A page's own view restriction, its users and groups read page by page. */
    private Restriction restrictionOf(String id) throws IOException {
        var principals = new LinkedHashSet<String>();
        boolean restricts = false;
        int start = 0;
        for (int read = 0; read < MAX_RESTRICTION_PAGES; read++) {
            JsonNode restrictions = get(space.url() + "/rest/api/content/" + UrlEncoding.segment(id)
                            + "/restriction/byOperation/read?expand=restrictions.user,restrictions.group&start="
                            + start + "&limit=" + PAGE_SIZE)
                    .path("restrictions");
            JsonNode users = restrictions.path("user");
            JsonNode groups = restrictions.path("group");
            users.path("results").forEach(user -> addUser(principals, user));
            groups.path("results").forEach(group -> addGroup(principals, group));
            int shown = Math.max(
                    users.path("results").size(), groups.path("results").size());
            restricts |= shown > 0;
            if (shown == 0 || (!full(users) && !full(groups))) {
                break;
            }
            start += shown;
        }
        return new Restriction(restricts, principals);
    }

    /** Whether a page of a restriction's users or groups came as full as asked: more may follow. */
    private static boolean full(JsonNode array) {
        int shown = array.path("results").size();
        return shown > 0 && shown >= array.path("limit").asInt(PAGE_SIZE);
    }

    /** A restricted user as a principal: {@code user:<username>} (Data Center), else {@code user:<e-mail>} (Cloud). */
    private static void addUser(Set<String> principals, JsonNode user) {
        String name = user.path("username").asString("").strip();
        if (name.isEmpty()) {
            name = user.path("email").asString("").strip();
        }
        if (!name.isEmpty()) {
            addPrincipal(principals, "user:" + name);
        }
    }

    private static void addGroup(Set<String> principals, JsonNode group) {
        addPrincipal(principals, group.path("name").asString("").strip());
    }

    /** A principal a document's readers can hold; others are left out, so they let nobody in. */
    private static void addPrincipal(Set<String> principals, String principal) {
        if (!principal.isEmpty()
                && principal.length() <= DocumentMetadata.MAX_READER_LENGTH
                && !principal.contains(",")
                && principal.chars().noneMatch(Character::isISOControl)) {
            principals.add(principal);
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

    private MirrorFile file(String path, long size, JsonNode content, List<String> readers) {
        JsonNode version = content.path("version");
        String webui = content.path("_links").path("webui").asString("");
        return new MirrorFile(
                path,
                size,
                modified(version.path("when").asString("")),
                content.path("id").asString() + "." + version.path("number").asLong(0),
                webui.isEmpty() ? null : space.url() + webui,
                readers);
    }

    private JsonNode get(String url) throws IOException {
        return StoreRequests.json(
                send(URI.create(url), true), json, space.location(), "Confluence", ConfluenceStore::error);
    }

    /** A GET, signed or not, throttling waited out ({@link StoreRequests}). */
    private HttpResponse<InputStream> send(URI uri, boolean signed) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .GET();
        if (signed) {
            request.header("Authorization", StoreRequests.basicOrBearer(space.username(), space.token()));
        }
        return StoreRequests.send(http, request.build());
    }

    /** Confluence's {@code message}. */
    private static String error(JsonNode answer) {
        return answer.path("message").asString("");
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

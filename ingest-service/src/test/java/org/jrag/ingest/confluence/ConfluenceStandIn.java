package org.jrag.ingest.confluence;

import static org.jrag.ingest.mirror.StandInHttp.query;
import static org.jrag.ingest.mirror.StandInHttp.send;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Confluence site for the tests, speaking the REST API Cloud and Data Center share: one space's pages listed two at a
 * time ({@code _links.next}), a page's rendered view, its attachments found by CQL (also two at a time), and their
 * downloads sent on to a "media service" on another host name that must get no credentials, as Cloud's are. It takes
 * an e-mail address with an API token (basic) or a personal access token (bearer). Pages may have a parent and view
 * restrictions, which a listing shows two users and two groups of at most (as a server's limits cut them), the rest
 * read page by page from the restriction's own resource.
 */
final class ConfluenceStandIn implements AutoCloseable {

    static final String SPACE = "ENG";
    static final String EMAIL = "docs-bot@example.com";
    static final String API_TOKEN = "ATATT3xFfGF0-confluence-token";
    static final String PERSONAL_TOKEN = "NjM2-personal-access-token";

    private static final int PAGE = 2;

    /** A page ({@code created} null) or a blog post (created on that day). */
    private record Page(String id, String parentId, String title, String html, int version, String created) {

        String type() {
            return created == null ? "page" : "blogpost";
        }
    }

    /** Users as Data Center names them ({@code alice}), or Cloud accounts ({@code account:<id>}) that hide e-mail. */
    private record Restriction(List<String> users, List<String> groups) {}

    private record Attachment(String id, String pageId, String name, byte[] bytes, int version) {}

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpServer server;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final Map<String, Attachment> attachments = new ConcurrentHashMap<>();
    private final Map<String, Restriction> restrictions = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> reads = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger(1000);
    private volatile boolean mediaGotCredentials;

    ConfluenceStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/wiki/", this::serve);
        server.createContext("/media/", this::media);
        server.start();
    }

    /** The site's address, as Cloud's is ({@code https://<site>.atlassian.net/wiki}). */
    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/wiki");
    }

    void clear() {
        pages.clear();
        attachments.clear();
        restrictions.clear();
        reads.clear();
        mediaGotCredentials = false;
    }

    /** Creates a page, or a new version of the one of that title; returns its id. */
    String page(String title, String html) {
        return child(null, title, html);
    }

    /** Creates a page under another (null: at the space's top), or a new version of it; returns its id. */
    String child(String parentId, String title, String html) {
        Page before = pages.values().stream()
                .filter(page -> page.title().equals(title))
                .findFirst()
                .orElse(null);
        String id = before == null ? String.valueOf(ids.incrementAndGet()) : before.id();
        pages.put(id, new Page(id, parentId, title, html, before == null ? 1 : before.version() + 1, null));
        return id;
    }

    /** Creates a blog post, created on that day ({@code 2026-11-30}); returns its id. */
    String post(String title, String html, String day) {
        String id = String.valueOf(ids.incrementAndGet());
        pages.put(id, new Page(id, null, title, html, 1, day + "T09:30:00.000Z"));
        return id;
    }

    /** Restricts who may view a page (no users and no groups: lifts its restriction); its version stays. */
    void restrict(String pageId, List<String> users, List<String> groups) {
        restrictions.put(pageId, new Restriction(List.copyOf(users), List.copyOf(groups)));
    }

    void deletePage(String title) {
        pages.values().removeIf(page -> page.title().equals(title));
    }

    void attach(String pageId, String name, byte[] bytes) {
        String id = "att" + ids.incrementAndGet();
        attachments.put(id, new Attachment(id, pageId, name, bytes, 1));
    }

    /** How often a page's rendered view was read. */
    int reads(String title) {
        return pages.values().stream()
                .filter(page -> page.title().equals(title))
                .findFirst()
                .map(page -> reads.getOrDefault(page.id(), new AtomicInteger()).get())
                .orElse(0);
    }

    boolean mediaGotCredentials() {
        return mediaGotCredentials;
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!authorized(exchange.getRequestHeaders().getFirst("Authorization"))) {
                send(
                        exchange,
                        401,
                        "{\"statusCode\":401,\"message\":\"Current user not permitted to use Confluence\"}");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            Map<String, String> query = query(exchange.getRequestURI());
            if (path.equals("/wiki/rest/api/content")) {
                String type = query.getOrDefault("type", "page");
                List<Page> inSpace = SPACE.equals(query.get("spaceKey"))
                        ? pages.values().stream()
                                .filter(page -> page.type().equals(type))
                                .sorted((a, b) -> a.id().compareTo(b.id()))
                                .toList()
                        : List.of();
                int start = Integer.parseInt(query.getOrDefault("start", "0"));
                ArrayNode results = json.createArrayNode();
                String expand = query.getOrDefault("expand", "");
                for (Page page : inSpace.subList(start, Math.min(inSpace.size(), start + PAGE))) {
                    ObjectNode node =
                            content(page.id(), page.title(), page.version(), "/spaces/ENG/pages/" + page.id());
                    node.put("type", page.type());
                    if (expand.contains("history") && page.created() != null) {
                        node.putObject("history").put("createdDate", page.created());
                    }
                    if (expand.contains("ancestors")) {
                        ArrayNode ancestors = node.putArray("ancestors");
                        for (String id = page.parentId();
                                id != null;
                                id = pages.get(id).parentId()) {
                            ancestors.insert(
                                    0, json.createObjectNode().put("id", id).put("type", "page"));
                        }
                    }
                    if (expand.contains("restrictions.read.restrictions.user")) {
                        node.putObject("restrictions")
                                .putObject("read")
                                .put("operation", "read")
                                .set("restrictions", restriction(page.id(), 0, PAGE));
                    }
                    results.add(node);
                }
                send(
                        exchange,
                        200,
                        listing(
                                results,
                                start + PAGE < inSpace.size()
                                        ? "/rest/api/content?type=" + type + "&status=current&expand="
                                                + URLEncoder.encode(expand, StandardCharsets.UTF_8)
                                                + "&limit=100&spaceKey=ENG&start=" + (start + PAGE)
                                        : null));
            } else if (path.equals("/wiki/rest/api/content/search")) {
                List<Attachment> all = query.getOrDefault("cql", "").contains("space = \"ENG\"")
                        ? attachments.values().stream()
                                .sorted((a, b) -> a.id().compareTo(b.id()))
                                .toList()
                        : List.of();
                int start = Integer.parseInt(query.getOrDefault("cursor", "0"));
                ArrayNode results = json.createArrayNode();
                for (Attachment attachment : all.subList(start, Math.min(all.size(), start + PAGE))) {
                    ObjectNode node = content(
                            attachment.id(),
                            attachment.name(),
                            attachment.version(),
                            "/pages/viewpageattachments.action?pageId=" + attachment.pageId());
                    node.putObject("container").put("id", attachment.pageId());
                    node.putObject("extensions").put("fileSize", attachment.bytes().length);
                    node.withObject("/_links")
                            .put(
                                    "download",
                                    "/download/attachments/" + attachment.pageId() + "/"
                                            + URLEncoder.encode(attachment.name(), StandardCharsets.UTF_8)
                                                    .replace("+", "%20")
                                            + "?version=" + attachment.version() + "&api=v2");
                    results.add(node);
                }
                send(
                        exchange,
                        200,
                        listing(
                                results,
                                start + PAGE < all.size()
                                        ? "/rest/api/content/search?cql="
                                                + URLEncoder.encode(query.get("cql"), StandardCharsets.UTF_8)
                                                + "&cursor=" + (start + PAGE)
                                        : null));
            } else if (path.startsWith("/wiki/rest/api/content/") && path.endsWith("/restriction/byOperation/read")) {
                String id = path.substring(
                        "/wiki/rest/api/content/".length(), path.length() - "/restriction/byOperation/read".length());
                if (!pages.containsKey(id)) {
                    send(exchange, 404, "{\"statusCode\":404,\"message\":\"No content found\"}");
                    return;
                }
                int start = Integer.parseInt(query.getOrDefault("start", "0"));
                ObjectNode body = json.createObjectNode().put("operation", "read");
                body.set("restrictions", restriction(id, start, Math.min(PAGE, Integer.parseInt(query.get("limit")))));
                send(exchange, 200, json.writeValueAsString(body));
            } else if (path.startsWith("/wiki/rest/api/content/")) {
                Page page = pages.get(path.substring("/wiki/rest/api/content/".length()));
                if (page == null) {
                    send(exchange, 404, "{\"statusCode\":404,\"message\":\"No content found\"}");
                    return;
                }
                reads.computeIfAbsent(page.id(), id -> new AtomicInteger()).incrementAndGet();
                ObjectNode node = content(page.id(), page.title(), page.version(), "/spaces/ENG/pages/" + page.id());
                node.putObject("body").putObject("export_view").put("value", page.html());
                send(exchange, 200, json.writeValueAsString(node));
            } else if (path.startsWith("/wiki/download/attachments/")) {
                Attachment attachment = attachments.values().stream()
                        .filter(a -> path.equals("/wiki/download/attachments/" + a.pageId() + "/" + a.name()))
                        .findFirst()
                        .orElse(null);
                if (attachment == null) {
                    send(exchange, 404, "{\"statusCode\":404,\"message\":\"No attachment\"}");
                    return;
                }
                // to the media service, on a host name of its own
                exchange.getResponseHeaders()
                        .set(
                                "Location",
                                "http://localhost:" + server.getAddress().getPort() + "/media/" + attachment.id()
                                        + "?token=media-token");
                exchange.sendResponseHeaders(302, -1);
            } else {
                send(exchange, 404, "{\"statusCode\":404,\"message\":\"" + path + "\"}");
            }
        }
    }

    private void media(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (exchange.getRequestHeaders().containsKey("Authorization")) {
                mediaGotCredentials = true;
            }
            Attachment attachment =
                    attachments.get(exchange.getRequestURI().getPath().substring("/media/".length()));
            if (attachment == null
                    || !"token=media-token".equals(exchange.getRequestURI().getQuery())) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.sendResponseHeaders(200, attachment.bytes().length);
            exchange.getResponseBody().write(attachment.bytes());
        }
    }

    /** A page's view restriction from {@code start} on, {@code limit} users and groups at most. */
    private ObjectNode restriction(String pageId, int start, int limit) {
        Restriction restriction = restrictions.getOrDefault(pageId, new Restriction(List.of(), List.of()));
        ObjectNode node = json.createObjectNode();
        ArrayNode users =
                node.putObject("user").put("start", start).put("limit", limit).putArray("results");
        for (String user : slice(restriction.users(), start, limit)) {
            users.add(
                    user.startsWith("account:")
                            ? json.createObjectNode()
                                    .put("type", "known")
                                    .put("accountId", user.substring("account:".length()))
                                    .put("publicName", "Someone")
                            : json.createObjectNode()
                                    .put("type", "known")
                                    .put("username", user)
                                    .put("userKey", "key-" + user));
        }
        node.withObject("/user").put("size", users.size());
        ArrayNode groups =
                node.putObject("group").put("start", start).put("limit", limit).putArray("results");
        for (String group : slice(restriction.groups(), start, limit)) {
            groups.add(json.createObjectNode().put("type", "group").put("name", group));
        }
        node.withObject("/group").put("size", groups.size());
        return node;
    }

    private static List<String> slice(List<String> all, int start, int limit) {
        return all.subList(Math.min(start, all.size()), Math.min(start + limit, all.size()));
    }

    private ObjectNode content(String id, String title, int version, String webui) {
        ObjectNode node = json.createObjectNode().put("id", id).put("title", title);
        node.putObject("version")
                .put("number", version)
                .put("when", "2026-12-0" + Math.min(9, version) + "T10:00:00.000Z");
        node.putObject("_links").put("webui", webui);
        return node;
    }

    private String listing(ArrayNode results, String next) {
        ObjectNode body = json.createObjectNode();
        body.set("results", results);
        ObjectNode links = body.putObject("_links").put("base", url().toString());
        if (next != null) {
            links.put("next", next);
        }
        return json.writeValueAsString(body);
    }

    private static boolean authorized(String authorization) {
        if (authorization == null) {
            return false;
        }
        String basic = "Basic "
                + Base64.getEncoder().encodeToString((EMAIL + ":" + API_TOKEN).getBytes(StandardCharsets.UTF_8));
        return authorization.equals(basic) || authorization.equals("Bearer " + PERSONAL_TOKEN);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

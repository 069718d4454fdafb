package org.jrag.ingest.zendesk;

import static org.jrag.ingest.mirror.StandInHttp.query;
import static org.jrag.ingest.mirror.StandInHttp.send;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Zendesk help center for the tests, speaking the Help Center API: articles (every one, or a category's) and sections
 * listed two at a time, by cursor ({@code meta.has_more}, {@code links.next}, under the Zendesk host name the site
 * calls its own, which the tests cannot reach) or, switched to, by offset pages ({@code next_page}); an article on its
 * own; an English and a German locale. It takes an agent's e-mail address with an API token ({@code <email>/token},
 * basic) or an OAuth access token (bearer), and may throttle a request (429 with {@code Retry-After}).
 */
final class ZendeskStandIn implements AutoCloseable {

    static final String EMAIL = "docs-bot@example.com";
    static final String API_TOKEN = "zd-api-token-6wiIBWbGkBMo";
    static final String OAUTH_TOKEN = "zd-oauth-access-token";

    /** The host name Zendesk's own links name (the account's), which the tests cannot reach. */
    static final String OWN_HOST = "https://example.zendesk.com";

    static final String HOW_TO = "200";
    static final String POLICIES = "300";

    private static final int PAGE = 2;

    private static final Pattern ARTICLES =
            Pattern.compile("/api/v2/help_center(?:/([a-z-]+))?(?:/categories/(\\d+))?/articles");
    private static final Pattern ARTICLE = Pattern.compile("/api/v2/help_center(?:/([a-z-]+))?/articles/(\\d+)");
    private static final Pattern SECTIONS = Pattern.compile("/api/v2/help_center(?:/([a-z-]+))?/sections");

    private static final class Article {
        final long id;
        final String locale;
        final String section;
        String title;
        String body;
        boolean draft;
        List<Long> segments = List.of();
        int updates;

        Article(long id, String locale, String section, String title, String body) {
            this.id = id;
            this.locale = locale;
            this.section = section;
            this.title = title;
            this.body = body;
        }

        String updated() {
            return "2026-12-0" + Math.min(9, 1 + updates) + "T10:00:00Z";
        }
    }

    /** Sections by id: their name and category. */
    private static final Map<String, String[]> SECTION_NAMES = Map.of(
            "2001", new String[] {"Printing", HOW_TO},
            "2002", new String[] {"Remote work", HOW_TO},
            "3001", new String[] {"Travel", POLICIES});

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpServer server;
    private final Map<Long, Article> articles = new ConcurrentHashMap<>();
    private final Map<Long, AtomicInteger> reads = new ConcurrentHashMap<>();
    private final AtomicInteger throttle = new AtomicInteger();
    private volatile boolean offsetPages;
    private volatile int throttled;
    private volatile long nextId = 360_000_000_001L;

    ZendeskStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v2/help_center", this::serve);
        server.start();
    }

    /** The address the sync is given: another route to the site than the host name its links name. */
    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    void clear() {
        articles.clear();
        reads.clear();
        offsetPages = false;
        throttle.set(0);
        throttled = 0;
    }

    /** Lists by offset pages ({@code next_page}) from now on, as a site without cursor pagination does. */
    void offsetPages() {
        offsetPages = true;
    }

    /** Publishes an English article in a section (2001 Printing, 2002 Remote work, 3001 Travel); returns its id. */
    long article(String section, String title, String body) {
        return article("en-us", section, title, body);
    }

    long article(String locale, String section, String title, String body) {
        long id = nextId++;
        articles.put(id, new Article(id, locale, section, title, body));
        return id;
    }

    /** Edits an article's body, which updates it. */
    void edit(long id, String body) {
        Article article = articles.get(id);
        article.body = body;
        article.updates++;
    }

    void draft(long id, boolean draft) {
        Article article = articles.get(id);
        article.draft = draft;
        article.updates++;
    }

    /** Shows an article only to the user segments given (none: to everyone); Zendesk updates it. */
    void segments(long id, Long... segments) {
        Article article = articles.get(id);
        article.segments = List.of(segments);
        article.updates++;
    }

    void delete(long id) {
        articles.remove(id);
    }

    /** The next {@code requests} requests are answered 429 with {@code Retry-After: 1}. */
    void throttle(int requests) {
        throttle.set(requests);
    }

    int throttled() {
        return throttled;
    }

    /** How often an article was read on its own. */
    int reads(long id) {
        return reads.getOrDefault(id, new AtomicInteger()).get();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (throttle.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                throttled++;
                exchange.getResponseHeaders().set("Retry-After", "1");
                send(exchange, 429, "{\"error\":\"TooManyRequests\",\"description\":\"Rate limit exceeded\"}");
                return;
            }
            if (!authorized(exchange.getRequestHeaders().getFirst("Authorization"))) {
                send(exchange, 401, "{\"error\":\"Couldn't authenticate you\"}");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            Map<String, String> query = query(exchange.getRequestURI());
            Matcher listing = ARTICLES.matcher(path);
            Matcher one = ARTICLE.matcher(path);
            Matcher sections = SECTIONS.matcher(path);
            if (listing.matches()) {
                String locale = listing.group(1) == null ? "en-us" : listing.group(1);
                String category = listing.group(2);
                if (category != null && !List.of(HOW_TO, POLICIES).contains(category)) {
                    send(exchange, 404, "{\"error\":\"RecordNotFound\",\"description\":\"Not found\"}");
                    return;
                }
                List<ObjectNode> found = articles.values().stream()
                        .filter(article -> article.locale.equals(locale))
                        .filter(article -> category == null || SECTION_NAMES.get(article.section)[1].equals(category))
                        .sorted((a, b) -> Long.compare(a.id, b.id))
                        .map(this::listed)
                        .toList();
                page(exchange, path, query, "articles", found);
            } else if (one.matches()) {
                Article article = articles.get(Long.parseLong(one.group(2)));
                if (article == null) {
                    send(exchange, 404, "{\"error\":\"RecordNotFound\",\"description\":\"Not found\"}");
                    return;
                }
                reads.computeIfAbsent(article.id, id -> new AtomicInteger()).incrementAndGet();
                ObjectNode body = json.createObjectNode();
                body.set("article", listed(article));
                send(exchange, 200, json.writeValueAsString(body));
            } else if (sections.matches()) {
                List<ObjectNode> found = SECTION_NAMES.entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .map(section -> json.createObjectNode()
                                .put("id", Long.parseLong(section.getKey()))
                                .put("name", section.getValue()[0])
                                .put("category_id", Long.parseLong(section.getValue()[1])))
                        .toList();
                page(exchange, path, query, "sections", found);
            } else {
                send(exchange, 404, "{\"error\":\"InvalidEndpoint\",\"description\":\"Not found\"}");
            }
        }
    }

    /** A page of a listing: cursor-paged by {@code page[after]}, or offset-paged by {@code page}. */
    private void page(HttpExchange exchange, String path, Map<String, String> query, String items, List<ObjectNode> all)
            throws IOException {
        ObjectNode body = json.createObjectNode();
        ArrayNode listed = body.putArray(items);
        int start;
        if (offsetPages) {
            start = (Integer.parseInt(query.getOrDefault("page", "1")) - 1) * PAGE;
        } else {
            start = Integer.parseInt(query.getOrDefault("page[after]", "0"));
        }
        all.subList(Math.min(start, all.size()), Math.min(start + PAGE, all.size()))
                .forEach(listed::add);
        boolean more = start + PAGE < all.size();
        if (offsetPages) {
            body.put("next_page", more ? OWN_HOST + path + "?page=" + (start / PAGE + 2) + "&per_page=" + PAGE : null);
            body.put("count", all.size());
        } else {
            body.putObject("meta").put("has_more", more).put("after_cursor", more ? "" + (start + PAGE) : null);
            body.putObject("links")
                    .put(
                            "next",
                            more
                                    ? OWN_HOST + path + "?page%5Bafter%5D=" + (start + PAGE) + "&page%5Bsize%5D=" + PAGE
                                    : null);
        }
        send(exchange, 200, json.writeValueAsString(body));
    }

    private ObjectNode listed(Article article) {
        ObjectNode node = json.createObjectNode()
                .put("id", article.id)
                .put("url", OWN_HOST + "/api/v2/help_center/" + article.locale + "/articles/" + article.id + ".json")
                .put(
                        "html_url",
                        OWN_HOST + "/hc/" + article.locale + "/articles/" + article.id + "-"
                                + article.title.replace(' ', '-'))
                .put("title", article.title)
                .put("body", article.body)
                .put("locale", article.locale)
                .put("draft", article.draft)
                .put("section_id", Long.parseLong(article.section))
                .put("created_at", "2026-11-30T09:00:00Z")
                .put("edited_at", article.updated())
                .put("updated_at", article.updated());
        node.putArray("label_names").add("howto").add("office");
        if (article.segments.isEmpty()) {
            node.putNull("user_segment_id");
        } else {
            node.put("user_segment_id", article.segments.getFirst());
        }
        ArrayNode segments = node.putArray("user_segment_ids");
        article.segments.forEach(segments::add);
        return node;
    }

    private static boolean authorized(String authorization) {
        if (authorization == null) {
            return false;
        }
        String basic = "Basic "
                + Base64.getEncoder().encodeToString((EMAIL + "/token:" + API_TOKEN).getBytes(StandardCharsets.UTF_8));
        return authorization.equals(basic) || authorization.equals("Bearer " + OAUTH_TOKEN);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

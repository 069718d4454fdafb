package org.jrag.ingest.servicenow;

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
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A ServiceNow instance for the tests, speaking the Table API over {@code kb_knowledge}: a knowledge base's articles
 * found by an encoded query ({@code kb_knowledge_base=<sys_id>^workflow_state=published^ORDERBYnumber}) two at a time by
 * {@code sysparm_offset}, with only the fields asked for; an article on its own, its fields as values and display values
 * ({@code sysparm_display_value=all}). It takes a user and password (basic) or an OAuth access token (bearer), and may
 * throttle a request (429 with {@code Retry-After}).
 */
final class ServiceNowStandIn implements AutoCloseable {

    static final String KNOWLEDGE_BASE = "a7e8a78bff0221009b20ffffffffff17";
    static final String USERNAME = "rag.sync";
    static final String PASSWORD = "s3cret-password";
    static final String OAUTH_TOKEN = "snow-oauth-access-token";

    private static final int PAGE = 2;

    private static final class Article {
        final String id;
        final String number;
        final String base;
        String title;
        String text;
        String type = "html";
        String state = "published";
        String criteria = "";
        int updates;

        Article(String id, String number, String base, String title, String text) {
            this.id = id;
            this.number = number;
            this.base = base;
            this.title = title;
            this.text = text;
        }

        String updated() {
            return "2026-12-0" + Math.min(9, 1 + updates) + " 10:00:00";
        }
    }

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpServer server;
    private final Map<String, Article> articles = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> reads = new ConcurrentHashMap<>();
    private final AtomicInteger numbers = new AtomicInteger(10000);
    private final AtomicInteger throttle = new AtomicInteger();
    private volatile int throttled;

    ServiceNowStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/now/table/kb_knowledge", this::serve);
        server.start();
    }

    /** The instance's address ({@code https://<instance>.service-now.com}). */
    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    void clear() {
        articles.clear();
        reads.clear();
        throttle.set(0);
        throttled = 0;
    }

    /** Publishes an HTML article in the knowledge base; returns its number ({@code KB0010001}). */
    String article(String title, String html) {
        return article(KNOWLEDGE_BASE, title, html);
    }

    String article(String base, String title, String html) {
        String number = "KB00" + numbers.incrementAndGet();
        String id = String.format("%032x", numbers.get());
        articles.put(number, new Article(id, number, base, title, html));
        return number;
    }

    /** Turns an article into a wiki article with this text. */
    void wiki(String number, String text) {
        Article article = articles.get(number);
        article.type = "wiki";
        article.text = text;
        article.updates++;
    }

    void edit(String number, String html) {
        Article article = articles.get(number);
        article.text = html;
        article.updates++;
    }

    /** Retires an article: it is no longer published. */
    void retire(String number) {
        Article article = articles.get(number);
        article.state = "retired";
        article.updates++;
    }

    /** Lets only the users of these user criteria (sys_ids) read the article. */
    void criteria(String number, String... criteria) {
        Article article = articles.get(number);
        article.criteria = String.join(",", criteria);
        article.updates++;
    }

    /** The next {@code requests} requests are answered 429 with {@code Retry-After: 1}. */
    void throttle(int requests) {
        throttle.set(requests);
    }

    int throttled() {
        return throttled;
    }

    /** How often an article was read on its own. */
    int reads(String number) {
        Article article = articles.get(number);
        return article == null
                ? 0
                : reads.getOrDefault(article.id, new AtomicInteger()).get();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (throttle.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                throttled++;
                exchange.getResponseHeaders().set("Retry-After", "1");
                send(exchange, 429, error("Too many requests", "Rate limit exceeded"));
                return;
            }
            if (!authorized(exchange.getRequestHeaders().getFirst("Authorization"))) {
                send(exchange, 401, error("User Not Authenticated", "Required to provide Auth information"));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            Map<String, String> query = query(exchange.getRequestURI());
            if (path.equals("/api/now/table/kb_knowledge")) {
                list(exchange, query);
                return;
            }
            String id = path.substring("/api/now/table/kb_knowledge/".length());
            Article article = articles.values().stream()
                    .filter(a -> a.id.equals(id))
                    .findFirst()
                    .orElse(null);
            if (article == null) {
                send(
                        exchange,
                        404,
                        error("No Record found", "Record doesn't exist or ACL restricts the record retrieval"));
                return;
            }
            reads.computeIfAbsent(id, key -> new AtomicInteger()).incrementAndGet();
            boolean all = "all".equals(query.get("sysparm_display_value"));
            ObjectNode result = json.createObjectNode();
            field(result, all, "number", article.number, article.number);
            field(result, all, "short_description", article.title, article.title);
            field(result, all, "article_type", article.type, article.type);
            field(result, all, "text", article.type.equals("html") ? article.text : "", null);
            field(result, all, "wiki", article.type.equals("wiki") ? article.text : "", null);
            field(result, all, "kb_category", "c0ffee00c0ffee00c0ffee00c0ffee00", "Printing");
            field(result, all, "author", "b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0", "Grace Hopper");
            field(result, all, "sys_created_on", "2026-11-30 09:00:00", "30.11.2026 10:00:00");
            field(result, all, "sys_updated_on", article.updated(), "display");
            ObjectNode body = json.createObjectNode();
            body.set("result", result);
            send(exchange, 200, json.writeValueAsString(body));
        }
    }

    /** The articles of {@code kb_knowledge_base=<id>^workflow_state=published^ORDERBYnumber}, a page at a time. */
    private void list(HttpExchange exchange, Map<String, String> query) throws IOException {
        var condition = java.util.regex.Pattern.compile(
                        "^kb_knowledge_base=([0-9a-f]{32})\\^workflow_state=published\\^ORDERBYnumber$")
                .matcher(query.getOrDefault("sysparm_query", ""));
        if (!condition.matches()) {
            send(exchange, 400, error("Invalid query", query.getOrDefault("sysparm_query", "")));
            return;
        }
        String base = condition.group(1);
        List<Article> found = articles.values().stream()
                .filter(article -> article.base.equals(base) && article.state.equals("published"))
                .sorted((a, b) -> a.number.compareTo(b.number))
                .toList();
        int offset = Integer.parseInt(query.getOrDefault("sysparm_offset", "0"));
        int limit = Math.min(PAGE, Integer.parseInt(query.getOrDefault("sysparm_limit", "10000")));
        List<String> fields = List.of(query.getOrDefault("sysparm_fields", "").split(","));
        ObjectNode body = json.createObjectNode();
        ArrayNode result = body.putArray("result");
        for (Article article : found.subList(Math.min(offset, found.size()), Math.min(offset + limit, found.size()))) {
            ObjectNode node = result.addObject();
            if (fields.contains("sys_id")) {
                node.put("sys_id", article.id);
            }
            if (fields.contains("number")) {
                node.put("number", article.number);
            }
            if (fields.contains("sys_updated_on")) {
                node.put("sys_updated_on", article.updated());
            }
            if (fields.contains("can_read_user_criteria")) {
                node.put("can_read_user_criteria", article.criteria);
            }
        }
        exchange.getResponseHeaders().set("X-Total-Count", String.valueOf(found.size()));
        send(exchange, 200, json.writeValueAsString(body));
    }

    private static void field(ObjectNode result, boolean all, String name, String value, String display) {
        if (all) {
            result.putObject(name).put("value", value).put("display_value", display == null ? value : display);
        } else {
            result.put(name, value);
        }
    }

    private String error(String message, String detail) {
        ObjectNode body = json.createObjectNode().put("status", "failure");
        body.putObject("error").put("message", message).put("detail", detail);
        return json.writeValueAsString(body);
    }

    private static boolean authorized(String authorization) {
        if (authorization == null) {
            return false;
        }
        String basic = "Basic "
                + Base64.getEncoder().encodeToString((USERNAME + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return authorization.equals(basic) || authorization.equals("Bearer " + OAUTH_TOKEN);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

package org.jrag.ingest.jira;

import static org.jrag.ingest.mirror.StandInHttp.query;
import static org.jrag.ingest.mirror.StandInHttp.send;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Jira site for the tests, speaking REST API version 2 as Cloud or as Data Center does: {@code serverInfo}, the
 * project's issues found by JQL two at a time (Cloud's {@code /search/jql} by {@code nextPageToken}; Data Center's
 * {@code /search} by {@code startAt}, which Cloud has removed), an issue with its fields and rendered fields (two of
 * its comments at most, the rest from the comments' own resource), and attachments: on Cloud sent on to a "media
 * service" on another host name that must get no credentials, on Data Center under a base URL other than the address
 * the sync is given (a site behind a proxy). It takes an e-mail address with an API token (basic) or a personal access
 * token (bearer), and may throttle a request (429 with {@code Retry-After}).
 */
final class JiraStandIn implements AutoCloseable {

    static final String PROJECT = "SUP";
    static final String EMAIL = "docs-bot@example.com";
    static final String API_TOKEN = "ATATT3xFfGF0-jira-token";
    static final String PERSONAL_TOKEN = "NzE2-personal-access-token";

    /** Where a Data Center site says it is (its base URL), which the tests cannot reach. */
    static final String PUBLIC_BASE = "https://jira.example.com/jira";

    private static final int PAGE = 2;

    private record Comment(String author, String body, String created) {}

    private record Attachment(String id, String name, byte[] bytes, String created) {}

    private static final class Issue {
        final String key;
        String summary;
        String description;
        String status;
        int updates;
        boolean secured;
        final List<Comment> comments = new ArrayList<>();
        final List<Attachment> attachments = new ArrayList<>();

        Issue(String key, String summary, String description, String status) {
            this.key = key;
            this.summary = summary;
            this.description = description;
            this.status = status;
        }

        String updated() {
            return "2026-12-0" + Math.min(9, 1 + updates) + "T10:00:00.000+0000";
        }
    }

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpServer server;
    private final Map<String, Issue> issues = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> reads = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger(10000);
    private final AtomicInteger throttle = new AtomicInteger();
    private volatile boolean cloud = true;
    private volatile boolean mediaGotCredentials;
    private volatile int throttled;

    JiraStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/jira/", this::serve);
        server.createContext("/media/", this::media);
        server.start();
    }

    /** The site's address ({@code https://<site>.atlassian.net}, or a Data Center's with its context path). */
    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/jira");
    }

    void clear() {
        issues.clear();
        reads.clear();
        cloud = true;
        mediaGotCredentials = false;
        throttle.set(0);
        throttled = 0;
    }

    /** Answers as Data Center does from now on. */
    void dataCenter() {
        cloud = false;
    }

    /** Creates an issue ({@code SUP-1}, ...) with a description in Jira's wiki markup; returns its key. */
    String issue(String summary, String description, String status) {
        String key = PROJECT + "-" + (issues.size() + 1);
        issues.put(key, new Issue(key, summary, description, status));
        return key;
    }

    /** Adds a comment, which updates its issue. */
    void comment(String key, String author, String body) {
        Issue issue = issues.get(key);
        issue.comments.add(new Comment(author, body, "2026-12-02T08:15:00.000+0000"));
        issue.updates++;
    }

    void attach(String key, String name, byte[] bytes) {
        Issue issue = issues.get(key);
        issue.attachments.add(new Attachment(
                String.valueOf(ids.incrementAndGet()),
                name,
                bytes,
                "2026-12-0" + (1 + issue.attachments.size()) + "T11:00:00.000+0000"));
        issue.updates++;
    }

    /** Puts an issue under a security level (its {@code updated} time stays). */
    void secure(String key) {
        issues.get(key).secured = true;
    }

    void delete(String key) {
        issues.remove(key);
    }

    /** The next {@code requests} requests are answered 429 with {@code Retry-After: 1}. */
    void throttle(int requests) {
        throttle.set(requests);
    }

    int throttled() {
        return throttled;
    }

    /** How often an issue was read on its own. */
    int reads(String key) {
        return reads.getOrDefault(key, new AtomicInteger()).get();
    }

    boolean mediaGotCredentials() {
        return mediaGotCredentials;
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (throttle.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                throttled++;
                exchange.getResponseHeaders().set("Retry-After", "1");
                send(exchange, 429, "{\"errorMessages\":[\"Rate limit exceeded.\"]}");
                return;
            }
            if (!authorized(exchange.getRequestHeaders().getFirst("Authorization"))) {
                send(
                        exchange,
                        401,
                        "{\"errorMessages\":[\"You are not authenticated. Authentication required to perform this"
                                + " operation.\"]}");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            Map<String, String> query = query(exchange.getRequestURI());
            if (path.equals("/jira/rest/api/2/serverInfo")) {
                send(
                        exchange,
                        200,
                        json.writeValueAsString(json.createObjectNode()
                                .put("baseUrl", cloud ? url().toString() : PUBLIC_BASE)
                                .put("deploymentType", cloud ? "Cloud" : "Server")));
            } else if (path.equals("/jira/rest/api/2/search/jql") && cloud
                    || path.equals("/jira/rest/api/2/search") && !cloud) {
                search(exchange, query);
            } else if (path.equals("/jira/rest/api/2/search")) {
                send(exchange, 410, "{\"errorMessages\":[\"The requested API has been removed.\"]}");
            } else if (path.matches("/jira/rest/api/2/issue/[^/]+/comment")) {
                Issue issue = issues.get(path.split("/")[6]);
                int start = Integer.parseInt(query.getOrDefault("startAt", "0"));
                ObjectNode body = json.createObjectNode()
                        .put("startAt", start)
                        .put("maxResults", PAGE)
                        .put("total", issue.comments.size());
                ArrayNode comments = body.putArray("comments");
                for (Comment comment : slice(issue.comments, start)) {
                    comments.add(comment(comment).put("renderedBody", "<p>" + comment.body() + "</p>"));
                }
                send(exchange, 200, json.writeValueAsString(body));
            } else if (path.startsWith("/jira/rest/api/2/issue/")) {
                Issue issue = issues.get(path.substring("/jira/rest/api/2/issue/".length()));
                if (issue == null) {
                    send(
                            exchange,
                            404,
                            "{\"errorMessages\":[\"Issue does not exist or you do not have permission to"
                                    + " see it.\"],\"errors\":{}}");
                    return;
                }
                reads.computeIfAbsent(issue.key, key -> new AtomicInteger()).incrementAndGet();
                send(exchange, 200, json.writeValueAsString(issue(issue, query.getOrDefault("fields", ""))));
            } else if (path.startsWith("/jira/rest/api/2/attachment/content/") && cloud) {
                // to the media service, on a host name of its own
                exchange.getResponseHeaders()
                        .set(
                                "Location",
                                "http://localhost:" + server.getAddress().getPort() + "/media/"
                                        + path.substring(path.lastIndexOf('/') + 1) + "?token=media-token");
                exchange.sendResponseHeaders(303, -1);
            } else if (path.startsWith("/jira/secure/attachment/") && !cloud) {
                Attachment attachment = attachment(path.split("/")[4]);
                if (attachment == null) {
                    send(exchange, 404, "{\"errorMessages\":[\"No attachment\"]}");
                    return;
                }
                exchange.sendResponseHeaders(200, attachment.bytes().length);
                exchange.getResponseBody().write(attachment.bytes());
            } else {
                send(exchange, 404, "{\"errorMessages\":[\"" + path + "\"]}");
            }
        }
    }

    /** The issues of {@code project = "SUP"}, narrowed by {@code status = <status>} where the JQL says so. */
    private void search(HttpExchange exchange, Map<String, String> query) throws IOException {
        String jql = query.getOrDefault("jql", "");
        if (!jql.startsWith("project = \"" + PROJECT + "\"")) {
            send(
                    exchange,
                    400,
                    "{\"errorMessages\":[\"The value '" + jql.replaceAll("^project = \"([^\"]*)\".*", "$1")
                            + "' does not exist for the field 'project'.\"],\"errors\":{}}");
            return;
        }
        var status = java.util.regex.Pattern.compile("status = (\\w+)").matcher(jql);
        String only = status.find() ? status.group(1) : null;
        List<Issue> found = issues.values().stream()
                .filter(issue -> only == null || issue.status.equals(only))
                .sorted((a, b) -> Integer.compare(number(a.key), number(b.key)))
                .toList();
        int start = cloud
                ? Integer.parseInt(query.getOrDefault("nextPageToken", "0").replace("page-", ""))
                : Integer.parseInt(query.getOrDefault("startAt", "0"));
        ObjectNode body = json.createObjectNode();
        ArrayNode listed = body.putArray("issues");
        String fields = query.getOrDefault("fields", "");
        for (Issue issue : slice(found, start)) {
            ObjectNode node =
                    listed.addObject().put("id", "1" + number(issue.key)).put("key", issue.key);
            ObjectNode shown = node.putObject("fields").put("updated", issue.updated());
            shown.set("security", issue.secured ? json.createObjectNode().put("name", "Staff only") : null);
            if (fields.contains("attachment")) {
                ArrayNode attachments = shown.putArray("attachment");
                for (Attachment attachment : issue.attachments) {
                    attachments
                            .addObject()
                            .put("id", attachment.id())
                            .put("filename", attachment.name())
                            .put("size", attachment.bytes().length)
                            .put("created", attachment.created())
                            .put(
                                    "content",
                                    cloud
                                            ? url() + "/rest/api/2/attachment/content/" + attachment.id()
                                            : PUBLIC_BASE + "/secure/attachment/" + attachment.id() + "/"
                                                    + attachment.name().replace(" ", "%20"));
                }
            }
        }
        boolean last = start + PAGE >= found.size();
        if (cloud) {
            body.put("isLast", last);
            if (!last) {
                body.put("nextPageToken", "page-" + (start + PAGE));
            }
        } else {
            body.put("startAt", start).put("maxResults", PAGE).put("total", found.size());
        }
        send(exchange, 200, json.writeValueAsString(body));
    }

    private ObjectNode issue(Issue issue, String fields) {
        ObjectNode node =
                json.createObjectNode().put("id", "1" + number(issue.key)).put("key", issue.key);
        ObjectNode shown = node.putObject("fields")
                .put("summary", issue.summary)
                .put("description", issue.description)
                .put("updated", issue.updated())
                .put("created", "2026-12-01T09:00:00.000+0000");
        shown.putObject("issuetype").put("name", "Incident");
        shown.putObject("status").put("name", issue.status);
        shown.putObject("priority").put("name", "High");
        shown.putObject("reporter").put("displayName", "Ada Lovelace");
        shown.putNull("assignee");
        shown.putArray("labels").add("printing").add("office");
        shown.putArray("components").addObject().put("id", "100").put("name", "Hardware");
        ObjectNode rendered = node.putObject("renderedFields")
                .put("description", "<p>" + issue.description.replace("*", "") + "</p>");
        if (fields.contains("comment")) {
            ObjectNode comment = shown.putObject("comment")
                    .put("startAt", 0)
                    .put("maxResults", PAGE)
                    .put("total", issue.comments.size());
            ArrayNode comments = comment.putArray("comments");
            ArrayNode renderedComments = rendered.putObject("comment").putArray("comments");
            for (Comment each : slice(issue.comments, 0)) {
                comments.add(comment(each));
                renderedComments.addObject().put("body", "<p>" + each.body() + "</p>");
            }
        }
        return node;
    }

    private ObjectNode comment(Comment comment) {
        ObjectNode node = json.createObjectNode().put("body", comment.body()).put("created", comment.created());
        node.putObject("author").put("displayName", comment.author());
        return node;
    }

    private Attachment attachment(String id) {
        return issues.values().stream()
                .flatMap(issue -> issue.attachments.stream())
                .filter(attachment -> attachment.id().equals(id))
                .findFirst()
                .orElse(null);
    }

    private void media(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (exchange.getRequestHeaders().containsKey("Authorization")) {
                mediaGotCredentials = true;
            }
            Attachment attachment =
                    attachment(exchange.getRequestURI().getPath().substring("/media/".length()));
            if (attachment == null
                    || !"token=media-token".equals(exchange.getRequestURI().getQuery())) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.sendResponseHeaders(200, attachment.bytes().length);
            exchange.getResponseBody().write(attachment.bytes());
        }
    }

    private static <T> List<T> slice(List<T> all, int start) {
        return all.subList(Math.min(start, all.size()), Math.min(start + PAGE, all.size()));
    }

    private static int number(String key) {
        return Integer.parseInt(key.substring(key.indexOf('-') + 1));
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

package org.jrag.ingest.jira;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jrag.ingest.mirror.MirrorFile;
import org.jrag.ingest.mirror.MirrorStore;
import org.jrag.ingest.mirror.StoreRequests;
import org.jrag.ingest.mirror.UrlEncoding;
import org.jsoup.nodes.Entities;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Jira project's issues and their attachments, through the REST API (version 2) that Cloud and Data Center share. The
 * issues are listed by JQL page by page with only what tells whether they changed (Cloud's {@code /search/jql} by
 * {@code nextPageToken}, Data Center's {@code /search} by {@code startAt}; {@code serverInfo} says which the site is);
 * an issue is the file {@code <key>.html}, read on its own when its {@code updated} time moved: its key and summary as
 * title, its fields (type, status, priority, resolution, people, labels, components, versions, parent, dates), its
 * description and its comments as Jira renders them (wiki markup or rich text as HTML). An attachment is {@code
 * <key>/<file name>} (where an issue holds two of one name, the newer), its version its id (Jira never changes an
 * attachment's bytes), downloaded as it is, without credentials where Cloud sends it on to its media service. A file's
 * link is the issue's address.
 *
 * <p>An issue under a security level has the readers {@link #RESTRICTED}, which no user holds (the level's members
 * cannot be read without administering the site): it is found only by callers that read every document. Other issues
 * have the project's readers. Throttled requests (429, 503) wait as Jira's {@code Retry-After} says.
 */
final class JiraStore implements MirrorStore {

    /** The readers of an issue under a security level. */
    static final String RESTRICTED = "jira:restricted";

    private static final int PAGE_SIZE = 100;

    /** How many pages of a listing or an issue's comments are read at most. */
    private static final int MAX_PAGES = 1_000;

    /** The fields a document shows, in its order, by their ids and how it names them. */
    private static final List<Map.Entry<String, String>> SHOWN = List.of(
            Map.entry("issuetype", "Type"),
            Map.entry("status", "Status"),
            Map.entry("priority", "Priority"),
            Map.entry("resolution", "Resolution"),
            Map.entry("reporter", "Reporter"),
            Map.entry("assignee", "Assignee"),
            Map.entry("labels", "Labels"),
            Map.entry("components", "Components"),
            Map.entry("versions", "Affects versions"),
            Map.entry("fixVersions", "Fix versions"),
            Map.entry("parent", "Parent"),
            Map.entry("created", "Created"),
            Map.entry("resolutiondate", "Resolved"));

    /** Jira's times, with or without the colon in their offset ({@code 2026-12-01T09:30:00.000+0000}). */
    private static final DateTimeFormatter JIRA_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .appendPattern("[XXX][XX]")
            .toFormatter();

    private record Item(String key, String download) {}

    /** A comment as the issue's fields show it (author, time, raw body) and its body as Jira renders it. */
    private record Comment(JsonNode fields, JsonNode rendered) {}

    private final JiraSyncProperties.Project project;
    private final HttpClient http;
    private final JsonMapper json;
    private final Map<String, Item> items = new HashMap<>();
    private JsonNode serverInfo;

    /** @param http a client that does not follow redirects itself */
    JiraStore(JiraSyncProperties.Project project, HttpClient http, JsonMapper json) {
        this.project = project;
        this.http = http;
        this.json = json;
    }

    @Override
    public List<MirrorFile> list() throws IOException {
        items.clear();
        var files = new ArrayList<MirrorFile>();
        for (JsonNode issue : issues()) {
            String key = issue.path("key").asString();
            JsonNode fields = issue.path("fields");
            String url = project.url() + "/browse/" + UrlEncoding.segment(key);
            List<String> readers = fields.path("security").isObject() ? List.of(RESTRICTED) : null;
            String path = key + ".html";
            String updated = fields.path("updated").asString("");
            items.put(path, new Item(key, null));
            files.add(new MirrorFile(path, 0, modified(updated), updated, url, readers));
            if (project.attachments()) {
                Map<String, JsonNode> byName = new HashMap<>();
                for (JsonNode attachment : fields.path("attachment")) {
                    String name =
                            StoreRequests.fileName(attachment.path("filename").asString(""));
                    JsonNode before = byName.get(name);
                    if (before == null || newer(attachment, before)) {
                        byName.put(name, attachment);
                    }
                }
                byName.forEach((name, attachment) -> {
                    String attachmentPath = key + "/" + name;
                    String content = attachment.path("content").asString("");
                    if (!content.isEmpty()) {
                        items.put(attachmentPath, new Item(key, content));
                        files.add(new MirrorFile(
                                attachmentPath,
                                attachment.path("size").asLong(0),
                                modified(attachment.path("created").asString("")),
                                attachment.path("id").asString(),
                                url,
                                readers));
                    }
                });
            }
        }
        return files;
    }

    @Override
    public byte[] read(MirrorFile file, long limit) throws IOException {
        Item item = items.get(file.path());
        if (item == null) {
            throw new IOException("'" + file.path() + "' was not listed in " + project.location());
        }
        if (item.download() == null) {
            return issue(item.key()).getBytes(StandardCharsets.UTF_8);
        }
        URI download = download(item.download());
        HttpResponse<InputStream> response = StoreRequests.download(
                this::send,
                download,
                download.getHost().equalsIgnoreCase(project.url().getHost()),
                file.path());
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("cannot read '" + file.path() + "' from " + project.location() + ": "
                        + response.statusCode()
                        + " "
                        + StoreRequests.errorMessage(
                                new String(body.readNBytes(2_000), StandardCharsets.UTF_8), json, JiraStore::error));
            }
            return body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        }
    }

    /** The project's issues that the JQL finds, with the fields that tell whether they changed. */
    private List<JsonNode> issues() throws IOException {
        boolean cloud = cloud();
        String fields = "updated,security" + (project.attachments() ? ",attachment" : "");
        String search = project.url() + "/rest/api/2/search" + (cloud ? "/jql" : "") + "?jql="
                + UrlEncoding.segment(project.query()) + "&fields=" + fields + "&maxResults=" + PAGE_SIZE;
        var issues = new ArrayList<JsonNode>();
        String next = "";
        for (int page = 0; page < MAX_PAGES; page++) {
            String from;
            if (cloud) {
                from = next.isEmpty() ? "" : "&nextPageToken=" + UrlEncoding.segment(next);
            } else {
                from = "&startAt=" + issues.size();
            }
            JsonNode listed = get(search + from);
            JsonNode found = listed.path("issues");
            found.forEach(issues::add);
            if (cloud) {
                next = listed.path("nextPageToken").asString("");
                if (next.isEmpty() || listed.path("isLast").asBoolean(false)) {
                    return issues;
                }
            } else if (found.isEmpty() || issues.size() >= listed.path("total").asInt(0)) {
                return issues;
            }
        }
        throw new IOException("cannot list " + project.location() + ": more than " + MAX_PAGES + " pages of issues");
    }

    /** What the site says of itself ({@code deploymentType}, {@code baseUrl}); asked once. */
    private JsonNode serverInfo() throws IOException {
        if (serverInfo == null) {
            serverInfo = get(project.url() + "/rest/api/2/serverInfo");
        }
        return serverInfo;
    }

    /** Whether the site is Jira Cloud, whose search pages by token. */
    private boolean cloud() throws IOException {
        return "Cloud".equalsIgnoreCase(serverInfo().path("deploymentType").asString(""));
    }

    /**
     * An attachment's address as the configured site reaches it: Jira writes it under the site's base URL, which may be
     * an address only users reach (a Data Center behind a proxy).
     */
    private URI download(String content) throws IOException {
        String base = serverInfo().path("baseUrl").asString("").replaceAll("/+$", "");
        return !base.isEmpty() && content.startsWith(base + "/")
                ? URI.create(project.url() + content.substring(base.length()))
                : project.url().resolve(content);
    }

    /** An issue as a page: its key and summary as title, its fields, its description and its comments. */
    private String issue(String key) throws IOException {
        JsonNode issue = get(project.url() + "/rest/api/2/issue/" + UrlEncoding.segment(key)
                + "?expand=renderedFields&fields=summary,description,updated,"
                + String.join(",", SHOWN.stream().map(Map.Entry::getKey).toList())
                + (project.comments() ? ",comment" : ""));
        JsonNode fields = issue.path("fields");
        JsonNode rendered = issue.path("renderedFields");
        String title = Entities.escape(key + ": " + fields.path("summary").asString(""));
        var html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(title)
                .append("</title></head><body><h1>")
                .append(title)
                .append("</h1><ul>");
        for (Map.Entry<String, String> shown : SHOWN) {
            String value = value(fields.path(shown.getKey()));
            if (!value.isEmpty()) {
                html.append("<li>")
                        .append(shown.getValue())
                        .append(": ")
                        .append(Entities.escape(value))
                        .append("</li>");
            }
        }
        html.append("</ul>");
        String description = rich(rendered.path("description"), fields.path("description"));
        if (!description.isBlank()) {
            html.append("<h2>Description</h2>").append(description);
        }
        if (project.comments()) {
            List<Comment> comments = comments(key, fields.path("comment"), rendered.path("comment"));
            if (!comments.isEmpty()) {
                html.append("<h2>Comments</h2>");
                for (Comment comment : comments) {
                    String when = comment.fields().path("created").asString("");
                    html.append("<h3>")
                            .append(Entities.escape(comment.fields()
                                    .path("author")
                                    .path("displayName")
                                    .asString("Someone")))
                            .append(when.length() >= 10 ? ", " + when.substring(0, 10) : "")
                            .append("</h3>")
                            .append(rich(comment.rendered(), comment.fields().path("body")));
                }
            }
        }
        return html.append("</body></html>").toString();
    }

    /**
     * An issue's comments, each as its fields show it and as rendered; read page by page from the comments' own
     * resource where the issue shows only the first of them.
     */
    private List<Comment> comments(String key, JsonNode field, JsonNode renderedField) throws IOException {
        var comments = new ArrayList<Comment>();
        JsonNode shown = field.path("comments");
        if (shown.size() >= field.path("total").asInt(shown.size())) {
            for (int i = 0; i < shown.size(); i++) {
                comments.add(new Comment(
                        shown.get(i), renderedField.path("comments").path(i).path("body")));
            }
            return comments;
        }
        for (int page = 0; page < MAX_PAGES; page++) {
            JsonNode listed = get(project.url() + "/rest/api/2/issue/" + UrlEncoding.segment(key)
                    + "/comment?expand=renderedBody&maxResults=" + PAGE_SIZE + "&startAt=" + comments.size());
            JsonNode found = listed.path("comments");
            found.forEach(comment -> comments.add(new Comment(comment, comment.path("renderedBody"))));
            if (found.isEmpty() || comments.size() >= listed.path("total").asInt(0)) {
                break;
            }
        }
        return comments;
    }

    /** Text as Jira renders it (HTML), else its plain form escaped, lines kept. */
    private static String rich(JsonNode rendered, JsonNode plain) {
        String html = rendered.asString("");
        if (!html.isBlank()) {
            return html;
        }
        String text = plain.isString() ? plain.asString() : "";
        var paragraphs = new StringBuilder();
        for (String paragraph : text.split("\\R\\s*\\R")) {
            if (!paragraph.isBlank()) {
                paragraphs
                        .append("<p>")
                        .append(Entities.escape(paragraph.strip()).replaceAll("\\R", "<br>"))
                        .append("</p>");
            }
        }
        return paragraphs.toString();
    }

    /** A field's value as a line shows it: a name, a user's display name, a list of them, a day. */
    private static String value(JsonNode value) {
        if (value.isArray()) {
            var values = new ArrayList<String>();
            value.forEach(each -> {
                String shown = value(each);
                if (!shown.isEmpty()) {
                    values.add(shown);
                }
            });
            return String.join(", ", values);
        }
        if (value.isObject()) {
            for (String name : List.of("displayName", "name", "value", "key")) {
                String shown = value.path(name).asString("");
                if (!shown.isEmpty()) {
                    return value.has("fields") && value.path("fields").has("summary")
                            ? shown + " " + value.path("fields").path("summary").asString("")
                            : shown;
                }
            }
            return "";
        }
        String text = value.asString("").strip();
        return text.matches("\\d{4}-\\d{2}-\\d{2}T.*") ? text.substring(0, 10) : text;
    }

    private static boolean newer(JsonNode attachment, JsonNode than) {
        int byTime = Long.compare(
                modified(attachment.path("created").asString("")),
                modified(than.path("created").asString("")));
        return byTime != 0
                ? byTime > 0
                : attachment.path("id").asString("").compareTo(than.path("id").asString("")) > 0;
    }

    private JsonNode get(String url) throws IOException {
        return StoreRequests.json(send(URI.create(url), true), json, project.location(), "Jira", JiraStore::error);
    }

    /** A GET, signed or not, throttling waited out as Jira's {@code Retry-After} says ({@link StoreRequests}). */
    private HttpResponse<InputStream> send(URI uri, boolean signed) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .GET();
        if (signed) {
            request.header("Authorization", StoreRequests.basicOrBearer(project.username(), project.token()));
        }
        return StoreRequests.send(http, request.build());
    }

    /** Jira's {@code errorMessages} and {@code errors}, else its {@code message}. */
    private static String error(JsonNode answer) {
        var messages = new ArrayList<String>();
        answer.path("errorMessages").forEach(message -> messages.add(message.asString("")));
        answer.path("errors").forEach(message -> messages.add(message.asString("")));
        messages.removeIf(String::isBlank);
        return messages.isEmpty() ? answer.path("message").asString("") : String.join("; ", messages);
    }

    private static long modified(String when) {
        try {
            return TimeUnit.MILLISECONDS.toNanos(
                    OffsetDateTime.parse(when, JIRA_TIME).toInstant().toEpochMilli());
        } catch (RuntimeException e) {
            return 0;
        }
    }
}

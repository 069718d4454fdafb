package org.jrag.ingest.zendesk;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jrag.ingest.mirror.MirrorFile;
import org.jrag.ingest.mirror.MirrorStore;
import org.jrag.ingest.mirror.StoreRequests;
import org.jsoup.nodes.Entities;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Zendesk help center's published articles, through the Help Center API: listed page by page (cursor pagination, or
 * the offset pages of an older site), every article or those of the configured categories, in the configured locale or
 * the help center's default; drafts are left out. An article is the file {@code <id>.html}, its version the time
 * Zendesk last updated it, read on its own when that moved: its title, its section, labels and dates, and its body (the
 * HTML its authors wrote). A file's link is the article's page in the help center.
 *
 * <p>An article that everyone may see has the help center's readers. One that only a user segment may see (agents,
 * signed-in users, a segment of tags, groups or organizations) has the readers configured for its segments, or {@link
 * #RESTRICTED} where none are, which no user holds. Throttled requests (429) wait as Zendesk's {@code Retry-After}
 * says.
 */
final class ZendeskStore implements MirrorStore {

    /** The readers of an article of a user segment that no readers are configured for. */
    static final String RESTRICTED = "zendesk:restricted";

    private static final int PAGE_SIZE = 100;

    /** How many pages of a listing are read at most. */
    private static final int MAX_PAGES = 1_000;

    private final ZendeskSyncProperties.Guide guide;
    private final HttpClient http;
    private final JsonMapper json;
    private final Map<String, String> articles = new HashMap<>();
    private Map<String, String> sections;

    /** @param http a client that does not follow redirects itself */
    ZendeskStore(ZendeskSyncProperties.Guide guide, HttpClient http, JsonMapper json) {
        this.guide = guide;
        this.http = http;
        this.json = json;
    }

    @Override
    public List<MirrorFile> list() throws IOException {
        articles.clear();
        sections = null;
        var files = new ArrayList<MirrorFile>();
        List<String> listings = guide.categories().isEmpty()
                ? List.of(api("/articles"))
                : guide.categories().stream()
                        .map(category -> api("/categories/" + category + "/articles"))
                        .toList();
        for (String listing : listings) {
            for (JsonNode article : pages(listing, "articles")) {
                if (article.path("draft").asBoolean(false)) {
                    continue;
                }
                String id = article.path("id").asString("");
                String updated = article.path("updated_at").asString("");
                String path = id + ".html";
                if (id.isEmpty() || articles.put(path, id) != null) {
                    continue;
                }
                files.add(new MirrorFile(
                        path,
                        0,
                        modified(updated),
                        updated,
                        article.path("html_url").asString(null),
                        readers(article)));
            }
        }
        return files;
    }

    @Override
    public byte[] read(MirrorFile file, long limit) throws IOException {
        String id = articles.get(file.path());
        if (id == null) {
            throw new IOException("'" + file.path() + "' was not listed in " + guide.location());
        }
        JsonNode article = get(api("/articles/" + id)).path("article");
        String title = Entities.escape(article.path("title").asString(""));
        var html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(title)
                .append("</title></head><body><h1>")
                .append(title)
                .append("</h1><ul>");
        String section = sections().get(article.path("section_id").asString(""));
        line(html, "Section", section);
        var labels = new ArrayList<String>();
        article.path("label_names").forEach(label -> labels.add(label.asString("")));
        labels.removeIf(String::isBlank);
        line(html, "Labels", String.join(", ", labels));
        line(html, "Created", day(article.path("created_at").asString("")));
        line(
                html,
                "Updated",
                day(article.path("edited_at")
                        .asString(article.path("updated_at").asString(""))));
        html.append("</ul>").append(article.path("body").asString("")).append("</body></html>");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The article's readers: null (the help center's) where everyone may see it, else those configured for any of its
     * user segments, or {@link #RESTRICTED} where none are.
     */
    private List<String> readers(JsonNode article) {
        Set<String> segments = new LinkedHashSet<>();
        article.path("user_segment_ids").forEach(segment -> segments.add(segment.asString("")));
        String single = article.path("user_segment_id").asString("");
        if (segments.isEmpty() && !single.isEmpty()) {
            segments.add(single);
        }
        segments.removeIf(String::isEmpty);
        if (segments.isEmpty()) {
            return null;
        }
        Set<String> readers = new LinkedHashSet<>();
        for (String segment : segments) {
            readers.addAll(guide.segmentReaders().getOrDefault(segment, List.of()));
        }
        return readers.isEmpty() ? List.of(RESTRICTED) : List.copyOf(readers);
    }

    /** The help center's sections' names by id, listed once a round when the first article is read. */
    private Map<String, String> sections() throws IOException {
        if (sections == null) {
            var names = new HashMap<String, String>();
            for (JsonNode section : pages(api("/sections"), "sections")) {
                names.put(section.path("id").asString(""), section.path("name").asString(""));
            }
            sections = names;
        }
        return sections;
    }

    /** A listing's items, page by page: cursor pagination ({@code links.next}) or offset pages ({@code next_page}). */
    private List<JsonNode> pages(String listing, String items) throws IOException {
        var found = new ArrayList<JsonNode>();
        String next = listing + (listing.contains("?") ? "&" : "?") + "page%5Bsize%5D=" + PAGE_SIZE;
        for (int page = 0; page < MAX_PAGES; page++) {
            JsonNode listed = get(next);
            listed.path(items).forEach(found::add);
            String cursor = listed.path("meta").path("has_more").asBoolean(false)
                    ? listed.path("links").path("next").asString("")
                    : "";
            next = cursor.isEmpty() ? listed.path("next_page").asString("") : cursor;
            if (next.isEmpty()) {
                return found;
            }
            URI nextUri = URI.create(next);
            if (!guide.url().getHost().equalsIgnoreCase(nextUri.getHost())) {
                // Zendesk names its own host in the links; the configured address may be another route to it
                next = guide.url()
                        + nextUri.getRawPath()
                        + (nextUri.getRawQuery() == null ? "" : "?" + nextUri.getRawQuery());
            }
        }
        throw new IOException("cannot list " + guide.location() + ": more than " + MAX_PAGES + " pages of " + items);
    }

    /** An address of the Help Center API, in the configured locale. */
    private String api(String path) {
        return guide.url() + "/api/v2/help_center" + (guide.locale() == null ? "" : "/" + guide.locale()) + path;
    }

    private JsonNode get(String url) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .header(
                        "Authorization",
                        StoreRequests.basicOrBearer(
                                guide.username() == null ? null : guide.username() + "/token", guide.token()))
                .GET()
                .build();
        return StoreRequests.json(
                StoreRequests.send(http, request), json, guide.location(), "Zendesk", ZendeskStore::error);
    }

    /** Zendesk's {@code error} (a text, or an object with a title and message) and {@code description}. */
    private static String error(JsonNode answer) {
        JsonNode error = answer.path("error");
        var parts = new ArrayList<String>();
        if (error.isObject()) {
            parts.add(error.path("title").asString(""));
            parts.add(error.path("message").asString(""));
        } else {
            parts.add(error.asString(""));
        }
        parts.add(answer.path("description").asString(""));
        parts.removeIf(String::isBlank);
        return String.join(": ", parts);
    }

    private static void line(StringBuilder html, String name, String value) {
        if (value != null && !value.isBlank()) {
            html.append("<li>")
                    .append(name)
                    .append(": ")
                    .append(Entities.escape(value))
                    .append("</li>");
        }
    }

    private static String day(String when) {
        return when.length() >= 10 ? when.substring(0, 10) : "";
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

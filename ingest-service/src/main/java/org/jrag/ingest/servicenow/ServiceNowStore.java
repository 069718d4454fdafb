package org.jrag.ingest.servicenow;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
import org.jrag.ingest.mirror.UrlEncoding;
import org.jsoup.nodes.Entities;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A ServiceNow knowledge base's published articles, through the Table API ({@code kb_knowledge}): listed page by page by
 * offset, in the order of their numbers, with only what tells whether they changed; an article is the file {@code
 * <number>.html}, its version the time ServiceNow last updated it, read on its own when that moved: its title (short
 * description), category, author and days, and its text (an HTML article's as written, a wiki article's as paragraphs).
 * A file's link is the article's page ({@code kb_view.do}).
 *
 * <p>An article without user criteria has the knowledge base's readers; one that only the users of some criteria may
 * read ({@code can_read_user_criteria}) has the readers configured for those criteria, or {@link #RESTRICTED} where none
 * are, which no user holds. Throttled requests (429) wait as {@code Retry-After} says.
 */
final class ServiceNowStore implements MirrorStore {

    /** The readers of an article of user criteria that no readers are configured for. */
    static final String RESTRICTED = "servicenow:restricted";

    private static final int PAGE_SIZE = 100;

    /** How many pages of a listing are read at most. */
    private static final int MAX_PAGES = 1_000;

    /** The Table API's times (UTC where the values, not the display values, are asked for). */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ServiceNowSyncProperties.KnowledgeBase base;
    private final HttpClient http;
    private final JsonMapper json;
    private final Map<String, String> articles = new HashMap<>();

    /** @param http a client that does not follow redirects itself */
    ServiceNowStore(ServiceNowSyncProperties.KnowledgeBase base, HttpClient http, JsonMapper json) {
        this.base = base;
        this.http = http;
        this.json = json;
    }

    @Override
    public List<MirrorFile> list() throws IOException {
        articles.clear();
        var files = new ArrayList<MirrorFile>();
        String query = "kb_knowledge_base=" + base.knowledgeBase() + "^workflow_state=published^ORDERBYnumber";
        String listing = base.url() + "/api/now/table/kb_knowledge?sysparm_query=" + UrlEncoding.segment(query)
                + "&sysparm_fields=sys_id,number,sys_updated_on,can_read_user_criteria"
                + "&sysparm_exclude_reference_link=true&sysparm_limit=" + PAGE_SIZE;
        int offset = 0;
        for (int page = 0; page < MAX_PAGES; page++) {
            Answer answer = get(listing + "&sysparm_offset=" + offset);
            JsonNode found = answer.body().path("result");
            offset += found.size();
            for (JsonNode article : found) {
                String number = article.path("number").asString("");
                String id = article.path("sys_id").asString("");
                String path = StoreRequests.fileName(number) + ".html";
                if (number.isEmpty() || id.isEmpty() || articles.put(path, id) != null) {
                    continue;
                }
                String updated = article.path("sys_updated_on").asString("");
                files.add(new MirrorFile(
                        path,
                        0,
                        modified(updated),
                        updated,
                        base.url() + "/kb_view.do?sysparm_article=" + UrlEncoding.segment(number),
                        readers(article.path("can_read_user_criteria").asString(""))));
            }
            // the total ServiceNow counts says whether more pages follow (an instance may answer fewer than asked for)
            if (found.isEmpty() || (answer.total() >= 0 ? offset >= answer.total() : found.size() < PAGE_SIZE)) {
                return files;
            }
        }
        throw new IOException("cannot list " + base.location() + ": more than " + MAX_PAGES + " pages of articles");
    }

    @Override
    public byte[] read(MirrorFile file, long limit) throws IOException {
        String id = articles.get(file.path());
        if (id == null) {
            throw new IOException("'" + file.path() + "' was not listed in " + base.location());
        }
        JsonNode article = get(base.url() + "/api/now/table/kb_knowledge/" + UrlEncoding.segment(id)
                        + "?sysparm_fields=number,short_description,text,wiki,article_type,kb_category,author,"
                        + "sys_created_on,sys_updated_on&sysparm_display_value=all&sysparm_exclude_reference_link=true")
                .body()
                .path("result");
        String title = Entities.escape(article.path("number").path("value").asString("") + ": "
                + article.path("short_description").path("display_value").asString(""));
        var html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(title)
                .append("</title></head><body><h1>")
                .append(title)
                .append("</h1><ul>");
        line(html, "Category", article.path("kb_category").path("display_value").asString(""));
        line(html, "Author", article.path("author").path("display_value").asString(""));
        line(html, "Created", day(article.path("sys_created_on").path("value").asString("")));
        line(html, "Updated", day(article.path("sys_updated_on").path("value").asString("")));
        html.append("</ul>");
        if ("wiki".equals(article.path("article_type").path("value").asString(""))) {
            html.append(paragraphs(article.path("wiki").path("value").asString("")));
        } else {
            html.append(article.path("text").path("value").asString(""));
        }
        return html.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The article's readers: null (the knowledge base's) without user criteria, else those configured for any of its
     * criteria, or {@link #RESTRICTED} where none are.
     */
    private List<String> readers(String criteria) {
        Set<String> readers = new LinkedHashSet<>();
        boolean any = false;
        for (String criterion : criteria.split(",")) {
            if (!criterion.isBlank()) {
                any = true;
                readers.addAll(base.criteriaReaders().getOrDefault(criterion.strip(), List.of()));
            }
        }
        return !any ? null : readers.isEmpty() ? List.of(RESTRICTED) : List.copyOf(readers);
    }

    /** An answer's body, and the records its query found in all ({@code X-Total-Count}; -1 where not said). */
    private record Answer(JsonNode body, long total) {}

    private Answer get(String url) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .header("Authorization", StoreRequests.basicOrBearer(base.username(), base.token()))
                .GET()
                .build();
        HttpResponse<InputStream> response = StoreRequests.send(http, request);
        long total = response.headers()
                .firstValue("X-Total-Count")
                .filter(value -> value.matches("\\d{1,18}"))
                .map(Long::parseLong)
                .orElse(-1L);
        return new Answer(
                StoreRequests.json(response, json, base.location(), "ServiceNow", ServiceNowStore::error), total);
    }

    /** ServiceNow's {@code error.message: error.detail}. */
    private static String error(JsonNode answer) {
        JsonNode error = answer.path("error");
        String message = error.path("message").asString("");
        String detail = error.path("detail").asString("");
        return message.isEmpty() || detail.isEmpty() ? message : message + ": " + detail;
    }

    /** A wiki article's text as paragraphs, escaped, lines kept. */
    private static String paragraphs(String text) {
        var html = new StringBuilder();
        for (String paragraph : text.split("\\R\\s*\\R")) {
            if (!paragraph.isBlank()) {
                html.append("<p>")
                        .append(Entities.escape(paragraph.strip()).replaceAll("\\R", "<br>"))
                        .append("</p>");
            }
        }
        return html.toString();
    }

    private static void line(StringBuilder html, String name, String value) {
        if (!value.isBlank()) {
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
            return TimeUnit.SECONDS.toNanos(LocalDateTime.parse(when, TIME).toEpochSecond(ZoneOffset.UTC));
        } catch (RuntimeException e) {
            return 0;
        }
    }
}

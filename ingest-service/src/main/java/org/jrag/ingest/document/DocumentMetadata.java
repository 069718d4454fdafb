package org.jrag.ingest.document;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jrag.ingest.problem.InvalidParameterException;

/**
 * What the client tells about a document besides its bytes. Tags and the publication date are copied into every
 * chunk's metadata so that retrieval can filter on them; all of it is kept in {@code document.metadata}.
 *
 * @param title the caller's title, or null to use one found in the document
 * @param source where the document came from (a path, a file name or a URL), or null
 * @param url the document's canonical http(s) URL, or null
 * @param tags labels to filter by, trimmed and without repeats
 * @param publishedAt when the document was published: an ISO-8601 date ({@code 2024-05-01}) or date-time with offset
 *     ({@code 2024-05-01T10:00:00Z}), as given; or null
 */
public record DocumentMetadata(String title, String source, String url, List<String> tags, String publishedAt) {

    public static final int MAX_TAGS = 32;
    public static final int MAX_TAG_LENGTH = 64;
    public static final int MAX_TEXT_LENGTH = 2048;

    public DocumentMetadata {
        title = check("title", blankToNull(title));
        source = check("source", blankToNull(source));
        url = checkUrl(check("url", blankToNull(url)));
        tags = checkTags(tags == null ? List.of() : tags);
        publishedAt = checkDate(blankToNull(publishedAt));
    }

    /** Tags sent repeated ({@code tags=a&tags=b}) or comma-separated ({@code tags=a,b}), as one list. */
    public static List<String> splitTags(List<String> tags) {
        var list = new ArrayList<String>();
        if (tags != null) {
            for (String tag : tags) {
                list.addAll(List.of(tag.split(",", -1)));
            }
        }
        return list;
    }

    public static DocumentMetadata none() {
        return new DocumentMetadata(null, null, null, List.of(), null);
    }

    /** The same metadata with another source (a zip entry's name, a file name) where none was given. */
    public DocumentMetadata withSourceIfAbsent(String fallback) {
        return source != null ? this : new DocumentMetadata(title, fallback, url, tags, publishedAt);
    }

    /** The source to store: the given source, else the URL. */
    public String effectiveSource() {
        return source != null ? source : url;
    }

    /** The keys every chunk of the document carries for filtering, as its stored metadata holds them too. */
    private static final String TAGS_KEY = "tags";

    private static final String PUBLISHED_AT_KEY = "published_at";

    /** The keys every chunk of the document carries for filtering. */
    public Map<String, Object> chunkFilters() {
        var filters = new LinkedHashMap<String, Object>();
        if (!tags.isEmpty()) {
            filters.put(TAGS_KEY, tags);
        }
        if (publishedAt != null) {
            filters.put(PUBLISHED_AT_KEY, publishedAt);
        }
        return filters;
    }

    /** The chunk filter keys of a stored document's metadata (which holds them as {@link #chunkFilters} wrote them). */
    static Map<String, Object> chunkFiltersOf(Map<String, Object> stored) {
        var filters = new LinkedHashMap<String, Object>();
        for (String key : List.of(TAGS_KEY, PUBLISHED_AT_KEY)) {
            if (stored.get(key) != null) {
                filters.put(key, stored.get(key));
            }
        }
        return filters;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String check(String name, String value) {
        if (value != null && value.length() > MAX_TEXT_LENGTH) {
            throw new InvalidParameterException(
                    name, "must be at most " + MAX_TEXT_LENGTH + " characters, got: " + value.length());
        }
        return value;
    }

    private static String checkUrl(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (uri.isAbsolute() && uri.getHost() != null && ("http".equals(scheme) || "https".equals(scheme))) {
                return url;
            }
        } catch (URISyntaxException e) {
            // reported below, with the rule
        }
        throw new InvalidParameterException("url", "must be an absolute http or https URL, got: '" + url + "'");
    }

    private static List<String> checkTags(List<String> tags) {
        var kept = new LinkedHashSet<String>();
        for (String tag : tags) {
            String stripped = tag == null ? "" : tag.strip();
            if (stripped.isEmpty()) {
                throw new InvalidParameterException("tags", "must not contain blank tags");
            }
            if (stripped.length() > MAX_TAG_LENGTH) {
                throw new InvalidParameterException(
                        "tags",
                        "must each be at most " + MAX_TAG_LENGTH + " characters, got one of " + stripped.length());
            }
            kept.add(stripped);
        }
        if (kept.size() > MAX_TAGS) {
            throw new InvalidParameterException("tags", "must be at most " + MAX_TAGS + ", got: " + kept.size());
        }
        return List.copyOf(kept);
    }

    private static String checkDate(String value) {
        if (value == null) {
            return null;
        }
        try {
            return value.length() == 10
                    ? LocalDate.parse(value).toString()
                    : OffsetDateTime.parse(value).toString();
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(
                    "publishedAt",
                    "must be an ISO-8601 date (2024-05-01) or date-time with offset (2024-05-01T10:00:00Z), got: '"
                            + value + "'");
        }
    }
}

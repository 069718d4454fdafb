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
 * @param readers who may read the document: group or role names, {@code user:<name>} for one user (matched against
 *     the principals the gateway passes on for a caller); empty: everyone who may read the collection; null: not
 *     given (a new document is readable by everyone, a replaced one keeps its readers)
 */
public record DocumentMetadata(
        String title, String source, String url, List<String> tags, String publishedAt, List<String> readers) {

    public static final int MAX_TAGS = 32;
    public static final int MAX_TAG_LENGTH = 64;
    public static final int MAX_TEXT_LENGTH = 2048;
    public static final int MAX_READERS = 64;
    public static final int MAX_READER_LENGTH = 200;

    public DocumentMetadata {
        title = check("title", blankToNull(title));
        source = check("source", blankToNull(source));
        url = checkUrl(check("url", blankToNull(url)));
        tags = checkTags(tags == null ? List.of() : tags);
        publishedAt = checkDate(blankToNull(publishedAt));
        readers = readers == null ? null : checkReaders(readers);
    }

    /** Metadata that leaves the readers as they are (not given). */
    public DocumentMetadata(String title, String source, String url, List<String> tags, String publishedAt) {
        this(title, source, url, tags, publishedAt, null);
    }

    /**
     * Metadata from request parameters, whose lists ({@code tags}, {@code readers}) come repeated ({@code
     * tags=a&tags=b}) or comma-separated ({@code tags=a,b}); null where a parameter was not sent.
     */
    public static DocumentMetadata ofParameters(
            String title, String source, String url, List<String> tags, String publishedAt, List<String> readers) {
        return new DocumentMetadata(title, source, url, splitCommas(tags), publishedAt, splitCommas(readers));
    }

    /** Values sent repeated or comma-separated, as one list; null when none were sent. */
    private static List<String> splitCommas(List<String> values) {
        if (values == null) {
            return null;
        }
        var list = new ArrayList<String>();
        for (String value : values) {
            list.addAll(List.of(value.split(",", -1)));
        }
        return list;
    }

    public static DocumentMetadata none() {
        return new DocumentMetadata(null, null, null, List.of(), null);
    }

    /** The same metadata with another source (a zip entry's name, a file name) where none was given. */
    public DocumentMetadata withSourceIfAbsent(String fallback) {
        return source != null ? this : new DocumentMetadata(title, fallback, url, tags, publishedAt, readers);
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
        if (url == null || isWebUrl(url)) {
            return url;
        }
        throw new InvalidParameterException("url", "must be an absolute http or https URL, got: '" + url + "'");
    }

    /** Whether the text is what a document's url must be: an absolute http or https URL with a host. */
    public static boolean isWebUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            return uri.isAbsolute() && uri.getHost() != null && ("http".equals(scheme) || "https".equals(scheme));
        } catch (URISyntaxException e) {
            return false;
        }
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

    /**
     * Readers trimmed and without repeats; none blank, none with a comma (lists of them are sent comma-separated) or a
     * control character.
     */
    public static List<String> checkReaders(List<String> readers) {
        var kept = new LinkedHashSet<String>();
        for (String reader : readers) {
            String stripped = reader == null ? "" : reader.strip();
            if (stripped.isEmpty()) {
                throw new InvalidParameterException("readers", "must not contain blank names");
            }
            if (stripped.length() > MAX_READER_LENGTH) {
                throw new InvalidParameterException(
                        "readers",
                        "must each be at most " + MAX_READER_LENGTH + " characters, got one of " + stripped.length());
            }
            if (stripped.contains(",") || stripped.chars().anyMatch(Character::isISOControl)) {
                throw new InvalidParameterException(
                        "readers", "must not contain commas or control characters, got: '" + stripped + "'");
            }
            kept.add(stripped);
        }
        if (kept.size() > MAX_READERS) {
            throw new InvalidParameterException("readers", "must be at most " + MAX_READERS + ", got: " + kept.size());
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

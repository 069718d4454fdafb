package org.jrag.ingest.paging;

import java.util.List;
import java.util.function.ToLongFunction;
import org.jrag.ingest.problem.InvalidParameterException;

/**
 * One page request of a list ordered by id: at most {@code limit} rows with an id above {@code after}. Keyset paging
 * (rather than offsets) keeps a page stable while rows are inserted or deleted before it, and costs an index range
 * scan however deep the client pages.
 *
 * @param limit rows per page, 1..{@value #MAX_LIMIT}
 * @param after the last id of the previous page (the cursor), 0 for the first page
 */
public record Keyset(int limit, long after) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 500;

    public Keyset {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidParameterException("limit", "must be between 1 and " + MAX_LIMIT + ", got: " + limit);
        }
        if (after < 0) {
            throw new InvalidParameterException("cursor", "must be a cursor from a previous page, got: " + after);
        }
    }

    /** The page a request names; {@code cursor} is the {@code next} value of the page before, or null. */
    public static Keyset of(Integer limit, String cursor) {
        long after = 0;
        if (cursor != null && !cursor.isBlank()) {
            try {
                after = Long.parseLong(cursor.strip());
            } catch (NumberFormatException e) {
                throw new InvalidParameterException(
                        "cursor", "must be a cursor from a previous page, got: '" + cursor + "'");
            }
        }
        return new Keyset(limit == null ? DEFAULT_LIMIT : limit, after);
    }

    /** How many rows to fetch: one more than the page, to learn whether another page follows. */
    public int fetchSize() {
        return limit + 1;
    }

    /**
     * The cursor of the page after {@code fetched} (read with {@link #fetchSize()}), or null when it was the last.
     */
    public <T> String next(List<T> fetched, ToLongFunction<T> id) {
        return fetched.size() > limit ? Long.toString(id.applyAsLong(fetched.get(limit - 1))) : null;
    }

    /** The rows of this page: {@code fetched} without the look-ahead row. */
    public <T> List<T> page(List<T> fetched) {
        return fetched.size() > limit ? List.copyOf(fetched.subList(0, limit)) : List.copyOf(fetched);
    }
}

package org.jrag.retrieval.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a chunk comes from, for a reader to find it: the document's {@code source} (the uploaded file's path or name)
 * and {@code url} as the client gave them, the heading path of the section the chunk starts in, and the pages (PDF) or
 * slides (PPTX) it spans. Members the document does not have are left out.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ChunkOrigin(String source, String url, String section, List<Integer> pages) {

    public ChunkOrigin {
        pages = pages == null ? List.of() : List.copyOf(pages);
    }

    /**
     * The columns a query selects for {@link #read}, in this order: source, url, section, pages; over {@code chunk c}
     * joined with {@code document d}.
     */
    public static final String COLUMNS = "d.source, d.metadata->>'url', c.metadata->>'section',"
            + " ARRAY(SELECT jsonb_array_elements_text(CASE jsonb_typeof(c.metadata->'pages') WHEN 'array'"
            + " THEN c.metadata->'pages' END)::int)";

    /** The origin in the four {@link #COLUMNS} from column {@code first}, or null when nothing is known of it. */
    public static ChunkOrigin read(ResultSet rs, int first) throws SQLException {
        Array pages = rs.getArray(first + 3);
        List<Integer> numbers = new ArrayList<>();
        if (pages != null) {
            for (Integer page : (Integer[]) pages.getArray()) {
                numbers.add(page);
            }
        }
        return of(rs.getString(first), rs.getString(first + 1), rs.getString(first + 2), numbers);
    }

    /** The origin, or null when nothing is known of it. */
    static ChunkOrigin of(String source, String url, String section, List<Integer> pages) {
        var origin = new ChunkOrigin(source, url, section, pages);
        return source == null
                        && url == null
                        && section == null
                        && origin.pages().isEmpty()
                ? null
                : origin;
    }
}

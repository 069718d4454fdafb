package org.jrag.retrieval.search;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Which retrievers a search runs: both fused, or one alone. */
public enum SearchMode {
    HYBRID(List.of(SearchMode.BM25_SOURCE, SearchMode.DENSE_SOURCE)),
    BM25(List.of(SearchMode.BM25_SOURCE)),
    DENSE(List.of(SearchMode.DENSE_SOURCE));

    /** Name of the lexical retriever in ranks and scores. */
    public static final String BM25_SOURCE = "bm25";
    /** Name of the vector retriever in ranks and scores. */
    public static final String DENSE_SOURCE = "dense";

    private final List<String> sources;

    SearchMode(List<String> sources) {
        this.sources = sources;
    }

    /** The retrievers this mode runs, by name, in a fixed order. */
    public List<String> sources() {
        return sources;
    }

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static SearchMode fromWireName(String value) {
        return Arrays.stream(values())
                .filter(mode -> mode.wireName().equals(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("mode must be one of "
                        + Arrays.stream(values()).map(SearchMode::wireName).collect(Collectors.joining(", "))
                        + ", got: '" + value + "'"));
    }
}

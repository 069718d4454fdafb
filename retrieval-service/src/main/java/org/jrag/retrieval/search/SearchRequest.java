package org.jrag.retrieval.search;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Map;

/**
 * Body of {@code POST /v1/search}. {@code collection} names the collection to search, {@code collections} several
 * (at most {@value #MAX_COLLECTIONS}); neither searches every collection (every one the caller's API key may see).
 * {@code mode} defaults to
 * hybrid and {@code topK} to 10. {@code filters} restrict by tags and publication date; {@code weights} weigh each
 * retriever in the fusion ({@code {"bm25": 1.0, "dense": 1.0}} by default); {@code hyde} runs the dense search on a
 * hypothetical answer's embedding mixed with the query's by {@code hydeWeight}; {@code rerank} re-scores the best
 * candidates within {@code rerankBudgetMs}. For the dense retriever, {@code efSearch} overrides the configured HNSW
 * candidate list size for this search, and {@code exact} (default false) bypasses the index for an exact
 * nearest-neighbour scan (slow; for measuring the index's recall). {@code highlight} (default false) marks where the
 * query's terms occur in each result's text. {@code diversity} (0 to 1, default 0) trades relevance for variety:
 * above 0 the results are picked by maximal marginal relevance from the fused candidates, so near-duplicates give way to
 * results that add something. Null options take the search defaults of the collections searched ({@link
 * #withDefaults}), else the service's.
 */
public record SearchRequest(
        @NotBlank(message = "query must not be blank") String query,
        String collection,
        List<String> collections,
        SearchMode mode,

        @Min(value = 1, message = "topK must be between 1 and 100")
        @Max(value = 100, message = "topK must be between 1 and 100")
        Integer topK,

        SearchFilters filters,
        Map<String, Double> weights,
        Boolean hyde,

        @DecimalMin(value = "0.0", message = "hydeWeight must be between 0 and 1")
        @DecimalMax(value = "1.0", message = "hydeWeight must be between 0 and 1")
        Double hydeWeight,

        Boolean rerank,

        @Min(value = 1, message = "rerankBudgetMs must be between 1 and 60000")
        @Max(value = 60000, message = "rerankBudgetMs must be between 1 and 60000")
        Integer rerankBudgetMs,

        @Min(value = 1, message = "efSearch must be between 1 and 1000")
        @Max(value = 1000, message = "efSearch must be between 1 and 1000")
        Integer efSearch,

        Boolean exact,
        Boolean highlight,

        @DecimalMin(value = "0.0", message = "diversity must be between 0 and 1")
        @DecimalMax(value = "1.0", message = "diversity must be between 0 and 1")
        Double diversity) {

    public static final int DEFAULT_TOP_K = 10;

    /** The most collections one search may name. */
    public static final int MAX_COLLECTIONS = 100;

    /** A plain search: no filters, equal weights, no HyDE, the configured re-ranking default. */
    public SearchRequest(String query, String collection, SearchMode mode, Integer topK) {
        this(query, collection, null, mode, topK, null, null, null, null, null, null, null, null, null, null);
    }

    public SearchRequest {
        collections = checkedCollections(collection, collections);
        topK = topK == null ? DEFAULT_TOP_K : topK;
        exact = exact != null && exact;
        highlight = highlight != null && highlight;
        filters = filters == null ? SearchFilters.NONE : filters;
        weights = weights == null ? null : Map.copyOf(weights);
        for (var weight : weights == null ? Map.<String, Double>of().entrySet() : weights.entrySet()) {
            if (!SearchMode.HYBRID.sources().contains(weight.getKey())) {
                throw new IllegalArgumentException("weights must name retrievers among " + SearchMode.HYBRID.sources()
                        + ", got: '" + weight.getKey() + "'");
            }
            if (weight.getValue() == null || !Double.isFinite(weight.getValue()) || weight.getValue() < 0) {
                throw new IllegalArgumentException(
                        "weights." + weight.getKey() + " must be a finite number >= 0, got: " + weight.getValue());
            }
        }
    }

    /** The retrievers the search runs: hybrid unless the request or its collections say otherwise. */
    @Override
    public SearchMode mode() {
        return mode == null ? SearchMode.HYBRID : mode;
    }

    /** The weight of each retriever in the fusion; a retriever not named weighs 1. */
    @Override
    public Map<String, Double> weights() {
        return weights == null ? Map.of() : weights;
    }

    /** How much variety the results trade relevance for: 0 (none) unless the request or its collections say. */
    @Override
    public Double diversity() {
        return diversity == null ? 0.0 : diversity;
    }

    /**
     * This request with each ranking option it leaves unset taken from {@code defaults} (those of the collections it
     * searches); what it sets itself stays.
     */
    public SearchRequest withDefaults(SearchDefaults defaults) {
        return new SearchRequest(
                query,
                collection,
                collections,
                mode != null ? mode : defaults.mode(),
                topK,
                filters,
                weights != null ? weights : defaults.weights(),
                hyde != null ? hyde : defaults.hyde(),
                hydeWeight != null ? hydeWeight : defaults.hydeWeight(),
                rerank != null ? rerank : defaults.rerank(),
                rerankBudgetMs != null ? rerankBudgetMs : defaults.rerankBudgetMs(),
                efSearch != null ? efSearch : defaults.efSearch(),
                exact,
                highlight,
                diversity != null ? diversity : defaults.diversity());
    }

    /** The collections the request names: {@code collection}, or {@code collections}, or none (every collection). */
    public List<String> collectionNames() {
        return collection != null ? List.of(collection) : collections == null ? List.of() : collections;
    }

    /**
     * {@code collections} as given, checked: not together with {@code collection}, at least one and at most
     * {@value #MAX_COLLECTIONS} names, none blank.
     */
    public static List<String> checkedCollections(String collection, List<String> collections) {
        if (collections == null) {
            return null;
        }
        if (collection != null) {
            throw new IllegalArgumentException("give collection or collections, not both");
        }
        if (collections.isEmpty() || collections.size() > MAX_COLLECTIONS) {
            throw new IllegalArgumentException("collections must name between 1 and " + MAX_COLLECTIONS
                    + " collections, got: " + collections.size());
        }
        for (String name : collections) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("collections must not hold a blank name, got: " + collections);
            }
        }
        return collections.stream().distinct().toList();
    }
}

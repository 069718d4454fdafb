package org.jrag.retrieval.search;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A collection's search defaults (its {@code search}, which ingest-service checks when it is set): the ranking options a
 * search of the collection takes where the request sets none. Null members are not set.
 */
public record SearchDefaults(
        SearchMode mode,
        Map<String, Double> weights,
        Boolean hyde,
        Double hydeWeight,
        Boolean rerank,
        Integer rerankBudgetMs,
        Integer efSearch,
        Double diversity) {

    /** Sets nothing: the service's defaults apply. */
    public static final SearchDefaults NONE = new SearchDefaults(null, null, null, null, null, null, null, null);

    /**
     * What a search of several collections takes: each option that every one of them sets, and sets alike; an option
     * one of them leaves unset or sets otherwise is not set. One collection's defaults are its own; none, {@link #NONE}.
     */
    public static SearchDefaults common(List<SearchDefaults> each) {
        if (each.isEmpty()) {
            return NONE;
        }
        return new SearchDefaults(
                alike(each, SearchDefaults::mode),
                alike(each, SearchDefaults::weights),
                alike(each, SearchDefaults::hyde),
                alike(each, SearchDefaults::hydeWeight),
                alike(each, SearchDefaults::rerank),
                alike(each, SearchDefaults::rerankBudgetMs),
                alike(each, SearchDefaults::efSearch),
                alike(each, SearchDefaults::diversity));
    }

    private static <T> T alike(List<SearchDefaults> each, Function<SearchDefaults, T> option) {
        T first = option.apply(each.getFirst());
        return each.stream().allMatch(d -> Objects.equals(option.apply(d), first)) ? first : null;
    }
}

package org.jrag.ingest.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.jrag.ingest.problem.InvalidParameterException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SearchDefaultsTests {

    private final JsonMapper json = JsonMapper.builder().build();

    private SearchDefaults of(String given) {
        return SearchDefaults.of(json.readTree(given));
    }

    @Test
    void readsEveryOptionOfItsType() {
        SearchDefaults defaults = of("""
                {"mode": "dense", "weights": {"dense": 1.5, "bm25": 0}, "hyde": true, "hydeWeight": 0.25,
                 "rerank": false, "rerankBudgetMs": 300, "efSearch": 120, "diversity": 1}
                """);

        assertThat(defaults)
                .isEqualTo(new SearchDefaults(
                        "dense", Map.of("bm25", 0.0, "dense", 1.5), true, 0.25, false, 300, 120, 1.0));
        // weights come out in a fixed order, whatever order they came in
        assertThat(json.writeValueAsString(defaults))
                .isEqualTo("{\"mode\":\"dense\",\"weights\":{\"bm25\":0.0,\"dense\":1.5},\"hyde\":true,"
                        + "\"hydeWeight\":0.25,\"rerank\":false,\"rerankBudgetMs\":300,\"efSearch\":120,"
                        + "\"diversity\":1.0}");
    }

    @Test
    void givesNoneForNullOrAnObjectThatSetsNothing() {
        assertThat(SearchDefaults.of(null)).isNull();
        assertThat(of("null")).isNull();
        assertThat(of("{}")).isNull();
        assertThat(of("{\"mode\": null, \"weights\": {}}")).isNull();
    }

    @Test
    void writesOnlyWhatItSets() {
        assertThat(json.writeValueAsString(of("{\"rerank\": true, \"mode\": null}")))
                .isEqualTo("{\"rerank\":true}");
    }

    @Test
    void namesTheMemberThatBreaksItsRule() {
        assertRefused("[]", "search", "search must be an object or null, got: []");
        assertRefused(
                "{\"k\": 60}",
                "search.k",
                "search.k is not a search option: the options are mode, weights, hyde, hydeWeight, rerank,"
                        + " rerankBudgetMs, efSearch, diversity");
        assertRefused("{\"mode\": \"HYBRID\"}", "search.mode", "must be one of hybrid, bm25, dense, got: 'HYBRID'");
        assertRefused("{\"mode\": 1}", "search.mode", "must be a string or null, got: 1");
        assertRefused("{\"weights\": [1]}", "search.weights", "must be an object of retrievers' weights, got: [1]");
        assertRefused("{\"weights\": {\"splade\": 1}}", "search.weights", "must name retrievers among [bm25, dense]");
        assertRefused("{\"weights\": {\"dense\": \"1\"}}", "search.weights.dense", "must be a number or null");
        assertRefused("{\"weights\": {\"dense\": null}}", "search.weights.dense", "must be a finite number >= 0");
        assertRefused("{\"hyde\": 1}", "search.hyde", "must be true, false or null, got: 1");
        assertRefused("{\"hydeWeight\": 1.5}", "search.hydeWeight", "must be between 0 and 1, got: 1.5");
        assertRefused("{\"rerankBudgetMs\": 0}", "search.rerankBudgetMs", "must be between 1 and 60000, got: 0");
        assertRefused("{\"rerankBudgetMs\": 2.5}", "search.rerankBudgetMs", "must be a whole number or null");
        assertRefused("{\"efSearch\": 1e12}", "search.efSearch", "must be a whole number or null");
        assertRefused("{\"efSearch\": 10000000000}", "search.efSearch", "must be a whole number or null");
        assertRefused("{\"diversity\": -0.1}", "search.diversity", "must be between 0 and 1, got: -0.1");
    }

    private void assertRefused(String given, String parameter, String message) {
        JsonNode node = json.readTree(given);
        assertThatThrownBy(() -> SearchDefaults.of(node))
                .isInstanceOfSatisfying(
                        InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo(parameter))
                .hasMessageContaining(message);
    }
}

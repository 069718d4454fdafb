package org.jrag.ingest.collection;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jrag.ingest.problem.InvalidParameterException;
import tools.jackson.databind.JsonNode;

/**
 * A collection's search defaults: the ranking options retrieval-service applies to a search, ask or RAG chat of the
 * collection that does not set them itself, under the rules of {@code POST /v1/search} ({@code mode} {@code hybrid},
 * {@code bm25} or {@code dense}; {@code weights} of {@code bm25} and {@code dense}, finite and at least 0;
 * {@code hydeWeight} and {@code diversity} 0 to 1; {@code rerankBudgetMs} 1 to 60,000; {@code efSearch} 1 to 1,000).
 * Null members are not set: the request's own option or the service's default applies.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchDefaults(
        String mode,
        Map<String, Double> weights,
        Boolean hyde,
        Double hydeWeight,
        Boolean rerank,
        Integer rerankBudgetMs,
        Integer efSearch,
        Double diversity) {

    /** The members a collection's search defaults may set. */
    public static final List<String> MEMBERS =
            List.of("mode", "weights", "hyde", "hydeWeight", "rerank", "rerankBudgetMs", "efSearch", "diversity");

    private static final List<String> MODES = List.of("hybrid", "bm25", "dense");
    private static final List<String> RETRIEVERS = List.of("bm25", "dense");

    public SearchDefaults {
        if (mode != null && !MODES.contains(mode)) {
            throw invalid("mode", "must be one of " + String.join(", ", MODES) + ", got: '" + mode + "'");
        }
        if (weights != null) {
            for (var weight : weights.entrySet()) {
                if (!RETRIEVERS.contains(weight.getKey())) {
                    throw invalid(
                            "weights", "must name retrievers among " + RETRIEVERS + ", got: '" + weight.getKey() + "'");
                }
                if (weight.getValue() == null || !Double.isFinite(weight.getValue()) || weight.getValue() < 0) {
                    throw invalid(
                            "weights." + weight.getKey(), "must be a finite number >= 0, got: " + weight.getValue());
                }
            }
            weights = weights.isEmpty() ? null : Collections.unmodifiableMap(new TreeMap<>(weights));
        }
        between("hydeWeight", hydeWeight, 0, 1);
        between("rerankBudgetMs", rerankBudgetMs, 1, 60_000);
        between("efSearch", efSearch, 1, 1_000);
        between("diversity", diversity, 0, 1);
    }

    /**
     * The defaults a request or an export gives (a JSON object of {@link #MEMBERS}, each of its type or null); null
     * when it gives none (null, or an object that sets nothing).
     *
     * @throws InvalidParameterException naming the member that breaks its rule, or is none of them
     */
    public static SearchDefaults of(JsonNode given) {
        if (given == null || given.isNull() || given.isMissingNode()) {
            return null;
        }
        if (!given.isObject()) {
            throw new InvalidParameterException("search", "must be an object or null, got: " + given);
        }
        for (String member : given.propertyNames()) {
            if (!MEMBERS.contains(member)) {
                throw invalid(member, "is not a search option: the options are " + String.join(", ", MEMBERS));
            }
        }
        Map<String, Double> weights = null;
        JsonNode givenWeights = given.get("weights");
        if (givenWeights != null && !givenWeights.isNull()) {
            if (!givenWeights.isObject()) {
                throw invalid("weights", "must be an object of retrievers' weights, got: " + givenWeights);
            }
            weights = new LinkedHashMap<>();
            for (String retriever : givenWeights.propertyNames()) {
                weights.put(retriever, number(givenWeights, retriever, "weights." + retriever));
            }
        }
        var defaults = new SearchDefaults(
                text(given, "mode"),
                weights,
                bool(given, "hyde"),
                number(given, "hydeWeight", "hydeWeight"),
                bool(given, "rerank"),
                integer(given, "rerankBudgetMs"),
                integer(given, "efSearch"),
                number(given, "diversity", "diversity"));
        return defaults.isEmpty() ? null : defaults;
    }

    /** Whether these defaults set nothing. */
    @JsonIgnore
    public boolean isEmpty() {
        return mode == null
                && weights == null
                && hyde == null
                && hydeWeight == null
                && rerank == null
                && rerankBudgetMs == null
                && efSearch == null
                && diversity == null;
    }

    private static String text(JsonNode given, String member) {
        JsonNode value = given.get(member);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw invalid(member, "must be a string or null, got: " + value);
        }
        return value.asString();
    }

    private static Boolean bool(JsonNode given, String member) {
        JsonNode value = given.get(member);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            throw invalid(member, "must be true, false or null, got: " + value);
        }
        return value.asBoolean();
    }

    private static Double number(JsonNode given, String member, String name) {
        JsonNode value = given.get(member);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            throw invalid(name, "must be a number or null, got: " + value);
        }
        return value.asDouble();
    }

    private static Integer integer(JsonNode given, String member) {
        JsonNode value = given.get(member);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw invalid(member, "must be a whole number or null, got: " + value);
        }
        return value.asInt();
    }

    private static void between(String member, Number value, double min, double max) {
        if (value != null && !(value.doubleValue() >= min && value.doubleValue() <= max)) {
            throw invalid(member, "must be between " + format(min) + " and " + format(max) + ", got: " + value);
        }
    }

    private static String format(double bound) {
        return bound == Math.rint(bound) ? String.valueOf((long) bound) : String.valueOf(bound);
    }

    private static InvalidParameterException invalid(String member, String rule) {
        return new InvalidParameterException("search." + member, rule);
    }
}

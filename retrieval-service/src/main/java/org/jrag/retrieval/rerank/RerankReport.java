package org.jrag.retrieval.rerank;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How re-ranking went for one search, reported in the response: which re-ranker, how many candidates it re-scored
 * (the depth the latency budget allowed), how long it took; or why it did not run.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RerankReport(boolean applied, String reason, String model, Integer depth, Double millis) {

    public static RerankReport applied(String model, int depth, double millis) {
        return new RerankReport(true, null, model, depth, millis);
    }

    public static RerankReport unavailable(String reason) {
        return new RerankReport(false, reason, null, null, null);
    }
}

package org.jrag.retrieval.hyde;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How HyDE went for one search, reported in the response: applied (with the drafted passage and the weight its
 * embedding had against the query's) or not, and why not.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HydeReport(boolean applied, String reason, String passage, Double weight) {

    public static HydeReport applied(String passage, double weight) {
        return new HydeReport(true, null, passage, weight);
    }

    public static HydeReport unavailable(String reason) {
        return new HydeReport(false, reason, null, null);
    }
}

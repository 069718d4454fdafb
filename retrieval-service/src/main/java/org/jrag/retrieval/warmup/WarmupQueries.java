package org.jrag.retrieval.warmup;

import java.util.List;
import java.util.StringJoiner;

/**
 * Made-up search queries for the start-up warm-up: distinct (so that each one runs the embedding model rather than
 * the query-vector cache), deterministic, and about as long as real questions (8 to 15 words).
 */
final class WarmupQueries {

    private static final List<String> WORDS = List.of(
            "how",
            "does",
            "the",
            "cell",
            "protein",
            "gene",
            "expression",
            "increase",
            "risk",
            "of",
            "disease",
            "patients",
            "with",
            "treatment",
            "reduces",
            "blood",
            "pressure",
            "in",
            "children",
            "is",
            "associated",
            "cancer",
            "mortality",
            "higher",
            "levels",
            "vitamin",
            "effect",
            "on",
            "memory",
            "sleep",
            "index",
            "search",
            "document",
            "model",
            "network",
            "energy",
            "water",
            "climate",
            "change",
            "city",
            "market",
            "price",
            "policy",
            "security",
            "language",
            "learning",
            "data",
            "what",
            "when",
            "which",
            "why");

    private WarmupQueries() {}

    /** The {@code index}-th query; two indexes below {@code WORDS.size()^2} never give the same text. */
    static String query(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0, got: " + index);
        }
        int n = WORDS.size();
        // the first two words spell the index in base n, the rest come from a small linear congruential sequence
        var query = new StringJoiner(" ");
        query.add(WORDS.get(index % n)).add(WORDS.get(index / n % n));
        long state = index * 2_654_435_761L + 1;
        int length = 8 + index % 8;
        for (int i = 2; i < length; i++) {
            state = state * 6_364_136_223_846_793_005L + 1_442_695_040_888_963_407L;
            query.add(WORDS.get((int) Long.remainderUnsigned(state >>> 33, n)));
        }
        return query.toString();
    }
}

package org.jrag.eval.beir;

import java.util.List;
import java.util.Map;

/**
 * A BEIR dataset as evaluation needs it: the corpus, the queries that have judgements in the chosen split (in file
 * order), and the judgements, query id to document id to graded relevance (0 = judged not relevant).
 */
public record BeirDataset(
        String name,
        String split,
        List<BeirDocument> corpus,
        List<BeirQuery> queries,
        Map<String, Map<String, Integer>> qrels) {

    public BeirDataset {
        corpus = List.copyOf(corpus);
        queries = List.copyOf(queries);
        qrels = Map.copyOf(qrels);
    }
}

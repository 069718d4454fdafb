package org.jrag.eval.beir;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /**
     * The first {@code n} corpus documents with the judgements about them, and only the queries that still have a
     * relevant document among them: a quick smoke run. Its scores are not comparable with the full dataset's.
     */
    public BeirDataset firstDocuments(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be >= 1, got: " + n);
        }
        List<BeirDocument> kept = corpus.subList(0, Math.min(n, corpus.size()));
        Set<String> ids = new HashSet<>();
        kept.forEach(document -> ids.add(document.id()));
        Map<String, Map<String, Integer>> keptQrels = new LinkedHashMap<>();
        qrels.forEach((queryId, judged) -> {
            Map<String, Integer> inSubset = new LinkedHashMap<>();
            judged.forEach((documentId, relevance) -> {
                if (ids.contains(documentId)) {
                    inSubset.put(documentId, relevance);
                }
            });
            if (inSubset.values().stream().anyMatch(relevance -> relevance > 0)) {
                keptQrels.put(queryId, inSubset);
            }
        });
        List<BeirQuery> keptQueries = queries.stream()
                .filter(query -> keptQrels.containsKey(query.id()))
                .toList();
        return new BeirDataset(name + "-first" + kept.size(), split, kept, keptQueries, keptQrels);
    }
}

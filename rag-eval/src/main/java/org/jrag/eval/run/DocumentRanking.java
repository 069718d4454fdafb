package org.jrag.eval.run;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jrag.eval.service.RetrievalClient.Hit;

/**
 * Turns a chunk ranking into the document ranking BEIR judges: each document takes the rank of its best chunk (max
 * score per document, i.e. its first occurrence in rank order) and later chunks of it are dropped. A hit on a document
 * this evaluation did not upload keeps its place as {@code jrag:<id>}, which no judgement names, so it counts as not
 * relevant instead of silently lifting the documents after it.
 */
public final class DocumentRanking {

    private DocumentRanking() {}

    public static List<String> of(List<Hit> hits, Map<Long, List<String>> beirIds) {
        Set<String> ranking = new LinkedHashSet<>();
        for (Hit hit : hits) {
            List<String> ids = beirIds.get(hit.documentId());
            if (ids == null) {
                ranking.add("jrag:" + hit.documentId());
            } else {
                ranking.addAll(ids);
            }
        }
        return new ArrayList<>(ranking);
    }
}

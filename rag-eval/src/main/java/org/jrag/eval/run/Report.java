package org.jrag.eval.run;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything one evaluation run measured, printed as a table and written as JSON. {@code reference} holds the
 * in-process whole-document BM25 (absent when skipped); {@code settings} records what the run was given.
 */
public record Report(
        String dataset,
        String split,
        String collection,
        int documents,
        int queries,
        Map<String, Object> ingest,
        List<ModeScores> modes,
        List<ModeScores> reference,
        List<HnswRecall> hnsw,
        Map<String, Object> settings) {

    public Report {
        modes = List.copyOf(modes);
        reference = List.copyOf(reference);
        hnsw = List.copyOf(hnsw);
    }

    /** The metrics as a fixed-width text table. */
    public String table() {
        var out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "%s (%s split): %d queries, %d documents, collection '%s'%n",
                dataset,
                split,
                queries,
                documents,
                collection));
        out.append(String.format(
                Locale.ROOT, "%-28s %9s %10s %8s %9s%n", "mode", "nDCG@10", "Recall@100", "MRR@10", "seconds"));
        for (ModeScores m : modes) {
            out.append(row(m.mode(), m));
        }
        for (ModeScores m : reference) {
            out.append(row(m.mode(), m));
        }
        if (!hnsw.isEmpty()) {
            out.append(
                    String.format(Locale.ROOT, "%-28s %9s %10s%n", "HNSW vs exact (dense)", "efSearch", "recall@10"));
            for (HnswRecall h : hnsw) {
                out.append(String.format(
                        Locale.ROOT,
                        "%-28s %9s %10.4f %8s %9.1f%n",
                        "",
                        h.efSearch() == null ? "config" : h.efSearch(),
                        h.recallAt10(),
                        "",
                        h.seconds()));
            }
        }
        return out.toString();
    }

    private static String row(String name, ModeScores m) {
        return String.format(
                Locale.ROOT,
                "%-28s %9.4f %10.4f %8.4f %9.1f%n",
                name,
                m.ndcgAt10(),
                m.recallAt100(),
                m.mrrAt10(),
                m.seconds());
    }
}

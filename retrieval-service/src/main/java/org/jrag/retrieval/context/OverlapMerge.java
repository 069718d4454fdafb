package org.jrag.retrieval.context;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * De-duplication: chunking with overlap, parent expansion and sentence windows all make passages of one document
 * that share text; sending both wastes the token budget and repeats evidence. Verbatim passages of one document
 * whose offsets overlap are stitched into one (text from both, offsets spanning both); a passage that is not verbatim
 * is dropped only when its document already contributed the same text. A merged passage keeps the best position and
 * score of its parts.
 */
public final class OverlapMerge implements ContextPostProcessor {

    @Override
    public List<ContextChunk> process(List<ContextChunk> chunks) {
        // rank of each passage, so merged passages can be put back in best-first order
        Map<ContextChunk, Integer> rank = new LinkedHashMap<>();
        for (int i = 0; i < chunks.size(); i++) {
            rank.putIfAbsent(chunks.get(i), i);
        }
        Map<Long, List<ContextChunk>> verbatimByDocument = new LinkedHashMap<>();
        List<Ranked> merged = new ArrayList<>();
        Map<Long, Set<String>> seenTexts = new LinkedHashMap<>();
        for (ContextChunk chunk : chunks) {
            if (chunk.verbatim()) {
                verbatimByDocument
                        .computeIfAbsent(chunk.documentId(), d -> new ArrayList<>())
                        .add(chunk);
            } else if (seenTexts
                    .computeIfAbsent(chunk.documentId(), d -> new HashSet<>())
                    .add(chunk.text())) {
                merged.add(new Ranked(chunk, rank.get(chunk)));
            }
        }
        for (List<ContextChunk> passages : verbatimByDocument.values()) {
            passages.sort(Comparator.comparingInt(ContextChunk::startOffset).thenComparingInt(ContextChunk::endOffset));
            ContextChunk current = null;
            int bestRank = Integer.MAX_VALUE;
            for (ContextChunk next : passages) {
                if (current != null && next.startOffset() < current.endOffset()) {
                    current = stitch(current, next);
                    bestRank = Math.min(bestRank, rank.get(next));
                    continue;
                }
                if (current != null) {
                    merged.add(new Ranked(current, bestRank));
                }
                current = next;
                bestRank = rank.get(next);
            }
            if (current != null) {
                merged.add(new Ranked(current, bestRank));
            }
        }
        merged.sort(Comparator.comparingInt(Ranked::rank));
        return merged.stream().map(Ranked::chunk).toList();
    }

    /** Two overlapping verbatim passages, {@code a} starting first: a's text, then what b adds past a's end. */
    static ContextChunk stitch(ContextChunk a, ContextChunk b) {
        String text = b.endOffset() <= a.endOffset()
                ? a.text()
                : a.text() + b.text().substring(a.endOffset() - b.startOffset());
        boolean aFirst = a.score() >= b.score();
        return new ContextChunk(
                aFirst ? a.chunkId() : b.chunkId(),
                a.documentId(),
                a.title(),
                text,
                a.startOffset(),
                Math.max(a.endOffset(), b.endOffset()),
                Math.max(a.score(), b.score()),
                true);
    }

    private record Ranked(ContextChunk chunk, int rank) {}
}

package org.jrag.ingest.chunking;

import java.util.ArrayList;
import java.util.List;
import org.jrag.embedding.TextEmbedder;
import org.jrag.embedding.VectorMath;

/**
 * Cuts where the topic changes: every sentence is embedded, and a chunk ends between two neighbouring sentences
 * whose cosine distance ({@code 1 - similarity}) is above the {@code breakpointPercentile}-th percentile of all
 * neighbour distances in the document (Kamradt's "semantic chunking"). A run of sentences longer than
 * {@code chunkTokens} is packed into several chunks by whole sentences. Costs one extra embedding per sentence.
 */
public final class SemanticChunker implements Chunker {

    private final TextEmbedder embedder;
    private final int chunkTokens;
    private final double breakpointPercentile;

    public SemanticChunker(TextEmbedder embedder, int chunkTokens, double breakpointPercentile) {
        if (embedder == null) {
            throw new IllegalArgumentException("embedder must not be null");
        }
        ChunkLimits.requireRange("chunkTokens", chunkTokens, 1, ChunkLimits.modelLimit(embedder.tokenizer()));
        if (!(breakpointPercentile >= 1 && breakpointPercentile <= 99)) {
            throw new IllegalArgumentException(
                    "breakpointPercentile must be between 1 and 99, got: " + breakpointPercentile);
        }
        this.embedder = embedder;
        this.chunkTokens = chunkTokens;
        this.breakpointPercentile = breakpointPercentile;
    }

    @Override
    public List<ChunkSpan> chunk(String text) {
        TokenIndex tokens = TokenIndex.of(embedder.tokenizer(), text);
        List<ChunkSpan> sentences = SentenceChunker.sentences(tokens);
        if (sentences.isEmpty()) {
            return List.of();
        }
        // 1. embed every sentence
        List<float[]> vectors =
                embedder.embedPassages(sentences.stream().map(ChunkSpan::text).toList());
        // 2. distance between each sentence and the next
        double[] distances = new double[sentences.size() - 1];
        for (int i = 0; i < distances.length; i++) {
            distances[i] = 1 - VectorMath.cosine(vectors.get(i), vectors.get(i + 1));
        }
        // 3. break where the distance is above the percentile
        double threshold = distances.length == 0 ? Double.MAX_VALUE : Percentile.of(distances, breakpointPercentile);
        var out = new ArrayList<ChunkSpan>();
        int groupStart = 0; // first sentence of the current group
        for (int i = 0; i < sentences.size(); i++) {
            boolean last = i == sentences.size() - 1;
            if (last || distances[i] > threshold) {
                emitGroup(tokens, sentences, groupStart, i, out);
                groupStart = i + 1;
            }
        }
        return List.copyOf(out);
    }

    /** Sentences {@code [first, last]} as one chunk, or packed into several when over budget. */
    private void emitGroup(TokenIndex tokens, List<ChunkSpan> sentences, int first, int last, List<ChunkSpan> out) {
        int from = sentences.get(first).startOffset();
        int to = sentences.get(last).endOffset();
        var bounds = new ArrayList<Integer>(last - first + 2);
        bounds.add(from);
        for (int i = first + 1; i <= last; i++) {
            bounds.add(sentences.get(i).startOffset());
        }
        bounds.add(to);
        GreedyPacking.pack(tokens, bounds, chunkTokens, (f, t, o) -> tokens.windows(f, t, chunkTokens, 0, o), out);
    }
}

package org.jrag.embedding.bench;

import java.util.List;
import org.jrag.embedding.EmbedderOptions;
import org.jrag.embedding.EmbeddingModelSpec;
import org.jrag.embedding.ExecutionDevice;
import org.jrag.embedding.OnnxTextEmbedder;

/** jrag's embedder with {@code threads} workers. */
record JragContender(OnnxTextEmbedder embedder) implements Contender {

    static JragContender load(int threads) {
        return new JragContender(OnnxTextEmbedder.load(
                EmbeddingModelSpec.bgeSmallEnV15(), new EmbedderOptions(threads, ExecutionDevice.CPU)));
    }

    @Override
    public String name() {
        return "jrag";
    }

    @Override
    public List<float[]> embedAll(List<String> chunks) {
        return embedder.embedPassages(chunks);
    }

    @Override
    public void close() {
        embedder.close();
    }
}

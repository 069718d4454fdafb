package org.jrag.embedding.bench;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * LangChain4j's in-process int8 bge as its users run it: {@code embedAll} on an executor of {@code threads} threads
 * (its default is one per processor), one text per task, on its one shared session with ONNX Runtime's default
 * options (which LangChain4j does not expose).
 */
record LangChain4jContender(BgeSmallEnV15QuantizedEmbeddingModel model, ExecutorService executor) implements Contender {

    static LangChain4jContender load(int threads) {
        ExecutorService executor = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "langchain4j-embedding");
            thread.setDaemon(true);
            return thread;
        });
        return new LangChain4jContender(new BgeSmallEnV15QuantizedEmbeddingModel(executor), executor);
    }

    @Override
    public String name() {
        return "langchain4j";
    }

    @Override
    public List<float[]> embedAll(List<String> chunks) {
        return model.embedAll(chunks.stream().map(TextSegment::from).toList()).content().stream()
                .map(Embedding::vector)
                .toList();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}

package org.jrag.embedding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a BERT-style ONNX embedding model and its Hugging Face {@code tokenizer.json} come from, and how to use them.
 *
 * @param name short model name
 * @param onnxModel the ONNX file: {@code classpath:/x.onnx} or a file path
 * @param tokenizer the {@code tokenizer.json}: {@code classpath:/x.json} or a file path
 * @param pooling how token vectors become one vector
 * @param queryInstruction text put before every query ("" for none)
 * @param maxTokens the model's input limit, special tokens included
 * @param maxBatch most texts in one forward pass; 1 for int8 models with dynamic quantisation, whose activations are
 *     quantised with one range over the whole batch, so that batching would change every text's vector
 */
public record EmbeddingModelSpec(
        String name,
        String onnxModel,
        String tokenizer,
        Pooling pooling,
        String queryInstruction,
        int maxTokens,
        int maxBatch) {

    public EmbeddingModelSpec {
        requireText("name", name);
        requireText("onnxModel", onnxModel);
        requireText("tokenizer", tokenizer);
        if (pooling == null) {
            throw new IllegalArgumentException("pooling must be set");
        }
        queryInstruction = queryInstruction == null ? "" : queryInstruction;
        if (maxTokens < 8) {
            throw new IllegalArgumentException("maxTokens must be >= 8, got: " + maxTokens);
        }
        if (maxBatch < 1) {
            throw new IllegalArgumentException("maxBatch must be >= 1, got: " + maxBatch);
        }
    }

    /** BAAI bge-small-en-v1.5, int8-quantised ONNX, shipped in LangChain4j's model jar (384 dimensions). */
    public static EmbeddingModelSpec bgeSmallEnV15() {
        return new EmbeddingModelSpec(
                "bge-small-en-v1.5-q",
                "classpath:/bge-small-en-v1.5-q.onnx",
                "classpath:/bge-small-en-v1.5-q-tokenizer.json",
                Pooling.CLS,
                "Represent this sentence for searching relevant passages: ",
                512,
                1);
    }

    static byte[] read(String location) {
        try {
            if (location.startsWith("classpath:")) {
                String resource = location.substring("classpath:".length());
                try (InputStream in = EmbeddingModelSpec.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalArgumentException(
                                "no classpath resource " + resource + ": is the model jar on the classpath?");
                    }
                    return in.readAllBytes();
                }
            }
            return Files.readAllBytes(Path.of(location));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + location, e);
        }
    }

    private static void requireText(String what, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }
}

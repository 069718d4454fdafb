package org.jrag.ingest.embedding;

import org.jrag.embedding.EmbeddingModelSettings;
import org.jrag.embedding.Pooling;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedding model ({@code rag.embedding.*}, the same in ingest-service and retrieval-service): a built-in one by
 * name, or any BERT-style ONNX model by path with its {@code tokenizer.json} and pooling. Blank values (an unset
 * {@code RAG_EMBEDDING_*} variable) take the model's defaults.
 *
 * @param model {@code bge-small-en-v1.5} (the default), or a name for a custom model
 * @param onnxModel a custom model's ONNX file
 * @param tokenizer a custom model's Hugging Face {@code tokenizer.json}
 * @param pooling {@code CLS} or {@code MEAN}; required for a custom model
 * @param queryInstruction text put before every query (e5 models: {@code "query: "})
 * @param maxTokens the model's input limit, special tokens included
 * @param passageInstruction text put before every passage (e5 models: {@code "passage: "})
 * @param reEmbed whether stored vectors of another model are re-embedded with this one at start-up (in the
 *     background, the service out of readiness until done) instead of refused
 */
@ConfigurationProperties("rag.embedding")
record EmbeddingProperties(
        String model,
        String onnxModel,
        String tokenizer,
        Pooling pooling,
        String queryInstruction,
        Integer maxTokens,
        String passageInstruction,
        boolean reEmbed) {

    /** What the embedding library reads: blank values left to the model's defaults. */
    EmbeddingModelSettings settings() {
        return new EmbeddingModelSettings(
                model,
                onnxModel,
                tokenizer,
                pooling,
                queryInstruction == null || queryInstruction.isEmpty() ? null : queryInstruction,
                maxTokens,
                null,
                passageInstruction == null || passageInstruction.isEmpty() ? null : passageInstruction);
    }
}

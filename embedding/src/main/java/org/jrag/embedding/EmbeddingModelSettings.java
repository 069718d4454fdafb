package org.jrag.embedding;

/**
 * What a service's configuration says about its embedding model, every field optional, so that a
 * {@code @ConfigurationProperties} record can hold it unchanged and {@link EmbeddingModelSpec#of(EmbeddingModelSettings)}
 * applies the defaults in one place.
 *
 * @param name a built-in model ({@code bge-small-en-v1.5-q}, {@code all-minilm-l6-v2-q}), or the name of a custom one
 * @param onnxModel path (or {@code classpath:/x.onnx}) of a custom model's ONNX file
 * @param tokenizer path (or {@code classpath:/x.json}) of a custom model's Hugging Face {@code tokenizer.json}
 * @param pooling how token vectors become one vector; required for a custom model
 * @param queryInstruction text put before every query
 * @param maxTokens the model's input limit, special tokens included
 * @param maxBatch most texts in one forward pass
 * @param passageInstruction text put before every passage
 */
public record EmbeddingModelSettings(
        String name,
        String onnxModel,
        String tokenizer,
        Pooling pooling,
        String queryInstruction,
        Integer maxTokens,
        Integer maxBatch,
        String passageInstruction) {

    /** Settings without a passage instruction (the model's own, none for the built-in ones). */
    public EmbeddingModelSettings(
            String name,
            String onnxModel,
            String tokenizer,
            Pooling pooling,
            String queryInstruction,
            Integer maxTokens,
            Integer maxBatch) {
        this(name, onnxModel, tokenizer, pooling, queryInstruction, maxTokens, maxBatch, null);
    }

    public EmbeddingModelSettings {
        name = blankToNull(name);
        onnxModel = blankToNull(onnxModel);
        tokenizer = blankToNull(tokenizer);
    }

    /** Settings that name a built-in model and change nothing else. */
    public static EmbeddingModelSettings named(String name) {
        return new EmbeddingModelSettings(name, null, null, null, null, null, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package org.jrag.generation.model;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which language model the service should serve.
 *
 * @param modelPath path of a GGUF file (env {@code RAG_MODEL_PATH}); null or blank means none, and the
 *     service answers in extractive mode only
 */
@ConfigurationProperties("rag.generation")
public record ModelProperties(String modelPath) {

    public ModelProperties {
        modelPath = modelPath == null ? "" : modelPath.strip();
    }
}

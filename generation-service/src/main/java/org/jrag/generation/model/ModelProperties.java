package org.jrag.generation.model;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which language model the service serves.
 *
 * @param modelPath path of a GGUF file (env {@code RAG_MODEL_PATH}); null or blank means none, and the
 *     service answers in extractive mode only
 * @param modelName the id clients pass as {@code model} (env {@code RAG_MODEL_NAME}); blank means the file
 *     name without {@code .gguf}
 */
@ConfigurationProperties("rag.generation")
public record ModelProperties(String modelPath, String modelName) {

    public ModelProperties {
        modelPath = modelPath == null ? "" : modelPath.strip();
        modelName = modelName == null ? "" : modelName.strip();
    }

    /** The served id: the configured name, else the file name of {@code path} without its extension. */
    public String idFor(Path path) {
        if (!modelName.isEmpty()) {
            return modelName;
        }
        String file = path.getFileName().toString();
        return file.endsWith(".gguf") ? file.substring(0, file.length() - ".gguf".length()) : file;
    }
}

package org.jrag.generation.model;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the configured model path points at. A missing file is not fatal: the service still answers in
 * extractive mode and reports the problem in its health details.
 */
public sealed interface ModelSource {

    /** No model path configured. */
    record None() implements ModelSource {}

    /** A model path is configured but no regular file is there. */
    record Missing(Path path) implements ModelSource {}

    /** A model file exists; {@link ModelLoader} loads it. */
    record Found(Path path) implements ModelSource {}

    static ModelSource of(ModelProperties properties) {
        if (properties.modelPath().isEmpty()) {
            return new None();
        }
        Path path = Path.of(properties.modelPath());
        return Files.isRegularFile(path) ? new Found(path) : new Missing(path);
    }

    /** One line for health details and logs. */
    default String describe() {
        return switch (this) {
            case None none -> "none configured";
            case Missing(Path path) -> path + " (file not found)";
            case Found(Path path) -> path.toString();
        };
    }
}

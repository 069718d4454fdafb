package org.jrag.engine.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the project's shared folder (models and llama.cpp reference outputs): system property {@code
 * jrag.shared}, else the first {@code shared/} with {@code models/stories260K.gguf} found walking up from the
 * working directory (as a child or a sibling). Fails, never skips, when it is missing.
 */
public final class SharedFolder {
    private static Path root;

    private SharedFolder() {}

    public static synchronized Path root() {
        if (root != null) {
            return root;
        }
        String prop = System.getProperty("jrag.shared");
        if (prop != null) {
            Path p = Path.of(prop).toAbsolutePath();
            if (!Files.isRegularFile(p.resolve("models/stories260K.gguf"))) {
                throw new IllegalStateException("jrag.shared=" + p + " has no models/stories260K.gguf");
            }
            return root = p;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            for (Path candidate : new Path[] {dir.resolve("shared"), dir.resolveSibling("shared")}) {
                if (Files.isRegularFile(candidate.resolve("models/stories260K.gguf"))) {
                    return root = candidate;
                }
            }
        }
        throw new IllegalStateException("shared folder with models/stories260K.gguf not found above "
                + Path.of("").toAbsolutePath() + "; set -Djrag.shared=/path/to/shared");
    }

    public static Path stories260K() {
        return root().resolve("models/stories260K.gguf");
    }

    public static Path reference(String relative) {
        return root().resolve("reference").resolve(relative);
    }

    public static Object json(String relative) {
        try {
            return Json.parse(Files.readString(reference(relative), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

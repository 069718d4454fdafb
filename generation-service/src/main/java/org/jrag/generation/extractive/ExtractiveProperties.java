package org.jrag.generation.extractive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the extractive answer mode.
 *
 * @param minSimilarity the cosine similarity a sentence needs to the question to be quoted; below it the
 *     passages are taken not to answer the question
 */
@ConfigurationProperties("rag.generation.extractive")
public record ExtractiveProperties(@DefaultValue("0.3") double minSimilarity) {

    public ExtractiveProperties {
        if (!(minSimilarity >= -1.0 && minSimilarity <= 1.0)) {
            throw new IllegalArgumentException(
                    "rag.generation.extractive.min-similarity must be within [-1, 1], got: " + minSimilarity);
        }
    }
}

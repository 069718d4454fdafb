package org.jrag.retrieval.rerank;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code rag.retrieval.rerank.*}: which re-ranker runs ({@code none}, {@code cross-encoder} with its ONNX model and
 * {@code tokenizer.json}, or {@code late-interaction} over the bundled bge model), whether a search re-ranks when it
 * does not say ({@code enabled-by-default}, off until an evaluation shows a gain), how many candidates at most
 * ({@code max-depth}) and the default latency budget the depth adapts to.
 */
@ConfigurationProperties("rag.retrieval.rerank")
public record RerankProperties(
        Model model,
        Path modelPath,
        Path tokenizerPath,
        boolean enabledByDefault,
        int maxDepth,
        int probeDepth,
        int batchSize,
        int maxLength,
        Duration budget) {

    /** The re-rankers this service can run. */
    public enum Model {
        NONE,
        CROSS_ENCODER,
        LATE_INTERACTION;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public RerankProperties {
        model = model == null ? Model.NONE : model;
        if (model == Model.CROSS_ENCODER && (modelPath == null || tokenizerPath == null)) {
            throw new IllegalArgumentException("rag.retrieval.rerank.model-path and tokenizer-path must be set for"
                    + " the cross-encoder, got: " + modelPath + ", " + tokenizerPath);
        }
        if (maxDepth < 1) {
            throw new IllegalArgumentException("rag.retrieval.rerank.max-depth must be >= 1, got: " + maxDepth);
        }
        if (probeDepth < 1 || probeDepth > maxDepth) {
            throw new IllegalArgumentException(
                    "rag.retrieval.rerank.probe-depth must be in [1, max-depth], got: " + probeDepth);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("rag.retrieval.rerank.batch-size must be >= 1, got: " + batchSize);
        }
        if (maxLength < 8) {
            throw new IllegalArgumentException("rag.retrieval.rerank.max-length must be >= 8, got: " + maxLength);
        }
        if (budget == null || budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("rag.retrieval.rerank.budget must be > 0, got: " + budget);
        }
    }
}

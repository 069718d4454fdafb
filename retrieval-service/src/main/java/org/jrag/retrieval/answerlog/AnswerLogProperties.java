package org.jrag.retrieval.answerlog;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code rag.retrieval.answer-log.*}: whether the answers given are kept for review and feedback, and for how long.
 *
 * @param enabled false keeps no answer (answers carry no {@code answerId}, the log's endpoints answer 404)
 * @param retention how long an answer is kept after it was given, its feedback with it
 */
@ConfigurationProperties("rag.retrieval.answer-log")
public record AnswerLogProperties(boolean enabled, Duration retention) {

    public AnswerLogProperties {
        if (retention == null || retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("rag.retrieval.answer-log.retention must be > 0, got: " + retention);
        }
    }
}

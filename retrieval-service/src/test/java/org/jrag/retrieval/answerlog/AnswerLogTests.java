package org.jrag.retrieval.answerlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import org.jrag.retrieval.answer.Citation;
import org.jrag.retrieval.collection.Visibility;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.json.JsonMapper;

class AnswerLogTests {

    /** A database nothing listens for: every statement fails to connect. */
    private static final JdbcClient UNREACHABLE =
            JdbcClient.create(new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=1"));

    private static final NewAnswer ANSWER = new NewAnswer(
            "Which planet?",
            null,
            List.of("space", "handbook", "space"),
            "Jupiter [1].",
            "generative",
            List.of(new Citation(1, 2, "Planets", "Jupiter is the largest.")),
            List.of(new PassageRef(1, 2, "Planets")),
            false,
            null);

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void anAnswerThatCannotBeLoggedIsCountedAndGivenWithoutAnId() {
        var log = new AnswerLog(UNREACHABLE, JsonMapper.builder().build(), enabled(true), registry);

        assertThat(log.record(ANSWER)).isEmpty();
        assertThat(registry.counter("rag.retrieval.answer.log.failures").count())
                .isEqualTo(1);
        assertThat(log.purge()).isZero();
        assertThatThrownBy(() -> log.list(null, null, null, null, Visibility.ALL))
                .isInstanceOf(AnswerLogUnavailableException.class)
                .hasMessageStartingWith("the answer log cannot be read now: ");
    }

    @Test
    void offItKeepsNothingAndItsEndpointsSaySo() {
        var log = new AnswerLog(UNREACHABLE, JsonMapper.builder().build(), enabled(false), registry);

        assertThat(log.record(ANSWER)).isEmpty();
        assertThat(registry.find("rag.retrieval.answer.log.failures").counter()).isNull();
        assertThatThrownBy(() -> log.find("00000000-0000-4000-8000-000000000000", Visibility.ALL))
                .isInstanceOf(AnswerLogDisabledException.class)
                .hasMessageStartingWith("the answer log is off (rag.retrieval.answer-log.enabled=false)");
        assertThatThrownBy(() -> log.list(null, null, null, null, Visibility.ALL))
                .isInstanceOf(AnswerLogDisabledException.class);
    }

    @Test
    void collectionsAreKeptSortedOnceAndRetentionMustBePositive() {
        assertThat(ANSWER.collections()).containsExactly("handbook", "space");
        assertThatThrownBy(() -> new AnswerLogProperties(true, Duration.ZERO))
                .hasMessage("rag.retrieval.answer-log.retention must be > 0, got: PT0S");
        assertThat(Rating.parse(" Down ")).isEqualTo(Rating.DOWN);
    }

    private static AnswerLogProperties enabled(boolean enabled) {
        return new AnswerLogProperties(enabled, Duration.ofDays(30));
    }
}

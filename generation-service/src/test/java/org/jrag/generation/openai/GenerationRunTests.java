package org.jrag.generation.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jrag.engine.serving.FinishReason;
import org.junit.jupiter.api.Test;

class GenerationRunTests {

    @Test
    void deliversEventsInOrderUntilEveryChoiceFinished() throws Exception {
        GenerationRun run = new GenerationRun(2, Duration.ofSeconds(5));
        run.offer(new ChoiceEvent.Text(1, "a", List.of()));
        run.offer(new ChoiceEvent.Finished(1, ChoiceStreamTests.completion(FinishReason.STOP, 1), false));
        run.offer(new ChoiceEvent.Finished(0, ChoiceStreamTests.completion(FinishReason.LENGTH, 4), false));

        assertThat(run.next()).isInstanceOf(ChoiceEvent.Text.class);
        assertThat(run.next().index()).isEqualTo(1);
        assertThat(run.done()).isFalse();
        assertThat(run.next().index()).isZero();
        assertThat(run.done()).isTrue();
        assertThat(run.timedOut()).isFalse();
        assertThatThrownBy(run::next)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("all 2 choices have finished");
    }

    @Test
    void cancelsEverySequenceAtTheDeadlineAndStillAwaitsTheirEnds() throws Exception {
        GenerationRun run = new GenerationRun(1, Duration.ofMillis(50));
        AtomicInteger cancels = new AtomicInteger();
        run.started(() -> {
            cancels.incrementAndGet();
            run.offer(new ChoiceEvent.Finished(0, ChoiceStreamTests.completion(FinishReason.CANCELLED, 2), false));
        });

        ChoiceEvent event = run.next();

        assertThat(event).isInstanceOf(ChoiceEvent.Finished.class);
        assertThat(run.timedOut()).isTrue();
        assertThat(cancels).hasValue(1);
    }

    @Test
    void returnsNothingWhenTheWaitEndsBeforeTheDeadline() throws Exception {
        GenerationRun run = new GenerationRun(1, Duration.ofSeconds(5));
        AtomicInteger cancels = new AtomicInteger();
        run.started(cancels::incrementAndGet);

        assertThat(run.next(Duration.ofMillis(20))).isNull();
        assertThat(run.timedOut()).isFalse();
        assertThat(cancels).hasValue(0);
    }

    @Test
    void cancelsOnceAndCancelsSequencesStartedAfterwards() {
        GenerationRun run = new GenerationRun(2, Duration.ofSeconds(5));
        AtomicInteger cancels = new AtomicInteger();
        run.started(cancels::incrementAndGet);

        run.cancel();
        run.cancel();
        run.started(cancels::incrementAndGet);

        assertThat(cancels).hasValue(2);
        assertThat(run.timedOut()).isFalse();
    }
}

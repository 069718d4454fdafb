package org.jrag.generation.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jrag.generation.extractive.BreakIteratorSentenceSplitter;
import org.junit.jupiter.api.Test;

class GroundingRailTests {

    private static final String CATS = "Cats sleep sixteen hours a day. Cats purr when they are content.";
    private static final String EIFFEL = "The Eiffel Tower was completed in 1889. It is about 330 metres tall.";

    private final HashingEmbedder embedder = new HashingEmbedder();
    private final GroundingRail rail = new GroundingRail(new BreakIteratorSentenceSplitter(), embedder, 0.92, 0.75);

    @Test
    void supportsEachSentenceFromItsBestChunkAndFlagsTheRest() {
        String answer = "The Eiffel Tower was completed in 1889. Cats purr when they are content."
                + " Dogs bark at the postman daily.";

        GroundingReport report = rail.check(answer, List.of(CATS, EIFFEL), Action.FLAG);

        assertThat(report.grounded()).isFalse();
        assertThat(report.sentences())
                .extracting(SentenceSupport::supported, SentenceSupport::chunk)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(true, 1),
                        org.assertj.core.groups.Tuple.tuple(true, 0),
                        org.assertj.core.groups.Tuple.tuple(false, 0));
        assertThat(report.sentences().get(0).similarity()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
        assertThat(report.sentences().get(0).overlap()).isEqualTo(1.0);
        Intervention flag = report.interventions().getFirst();
        assertThat(report.interventions()).hasSize(1);
        assertThat(flag.rail()).isEqualTo("grounding");
        assertThat(flag.action()).isEqualTo(Action.FLAG);
        assertThat(answer.substring(flag.start(), flag.end())).isEqualTo("Dogs bark at the postman daily.");
        assertThat(flag.detail()).startsWith("sentence not supported by any cited chunk: best is chunk 0");
    }

    @Test
    void acceptsAStatementAssembledFromSeveralChunkSentencesByWordOverlap() {
        // no single chunk sentence is close enough, but every content word is in the chunk
        String answer = "The Eiffel Tower, completed in 1889, is about 330 metres tall.";

        SentenceSupport support =
                rail.check(answer, List.of(EIFFEL), Action.FLAG).sentences().getFirst();

        assertThat(support.similarity()).isLessThan(0.92);
        assertThat(support.overlap()).isEqualTo(1.0);
        assertThat(support.supported()).isTrue();
    }

    @Test
    void rejectsASentenceWhoseNumberTheChunkDoesNotHold() {
        String answer = "The Eiffel Tower was completed in 1925.";

        GroundingReport report = rail.check(answer, List.of(EIFFEL), Action.FLAG);

        assertThat(report.sentences().getFirst().supported()).isFalse();
        assertThat(report.interventions().getFirst().detail()).endsWith(", and a number of the sentence is not in it");
    }

    @Test
    void blocksInBlockModeAndReportsWithoutInterventionsWhenOff() {
        String answer = "Dogs bark at the postman daily.";

        GroundingReport blocked = rail.check(answer, List.of(CATS), Action.BLOCK);
        GroundingReport off = rail.check(answer, List.of(CATS), Action.ALLOW);

        assertThat(blocked.blocked()).isTrue();
        assertThat(off.grounded()).isFalse();
        assertThat(off.interventions()).isEmpty();
    }

    @Test
    void flagsEverySentenceWhenNothingIsCited() {
        GroundingReport report = rail.check("Cats sleep sixteen hours a day.", List.of(), Action.FLAG);

        assertThat(report.sentences()).singleElement().satisfies(s -> {
            assertThat(s.supported()).isFalse();
            assertThat(s.chunk()).isEqualTo(-1);
        });
        assertThat(report.interventions().getFirst().detail()).isEqualTo("sentence not supported: no chunk was cited");
    }

    @Test
    void embedsAnswerAndChunkSentencesInOneBatch() {
        rail.check(
                "Cats sleep sixteen hours a day. Cats purr when they are content.", List.of(CATS, EIFFEL), Action.FLAG);

        assertThat(embedder.batchSizes()).containsExactly(2 + 2 + 2);
    }

    @Test
    void treatsAnAnswerWithoutWholeSentencesAsGrounded() {
        GroundingReport report = rail.check("Yes.", List.of(CATS), Action.FLAG);

        assertThat(report.grounded()).isTrue();
        assertThat(report.sentences()).isEmpty();
        assertThat(embedder.batchSizes()).isEmpty();
    }

    @Test
    void rejectsThresholdsOutOfRange() {
        var splitter = new BreakIteratorSentenceSplitter();
        assertThatThrownBy(() -> new GroundingRail(splitter, embedder, 1.5, 0.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("minSimilarity must be within [-1, 1], got: 1.5");
        assertThatThrownBy(() -> new GroundingRail(splitter, embedder, 0.9, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("minOverlap must be within (0, 1], got: 0.0");
    }
}

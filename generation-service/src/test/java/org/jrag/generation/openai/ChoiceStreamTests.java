package org.jrag.generation.openai;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jrag.engine.serving.Completion;
import org.jrag.engine.serving.FinishReason;
import org.jrag.engine.serving.TokenLogprobs;
import org.jrag.engine.tokenizer.Tokenizer;
import org.jrag.engine.tokenizer.Vocabulary;
import org.junit.jupiter.api.Test;

class ChoiceStreamTests {

    /** Token i stands for PIECES[i] (as UTF-8 bytes); 9 and 10 are the two halves of "é". */
    private static final String[] PIECES = {"Once", " upon", " a", " time", " E", "ND", "!", " there", "", "", ""};

    private static final Tokenizer TOKENIZER = new Tokenizer() {
        @Override
        public int[] encode(String text, boolean addBos) {
            throw new UnsupportedOperationException("not used");
        }

        @Override
        public byte[] pieceBytes(int token, boolean special) {
            return switch (token) {
                case 9 -> new byte[] {(byte) 0xC3};
                case 10 -> new byte[] {(byte) 0xA9};
                default -> PIECES[token].getBytes(StandardCharsets.UTF_8);
            };
        }

        @Override
        public Vocabulary vocabulary() {
            throw new UnsupportedOperationException("not used");
        }
    };

    private final List<ChoiceEvent> events = new ArrayList<>();

    @Test
    void stopsWhenAStopStringCompletesAcrossTokensAndNeverEmitsIt() {
        ChoiceStream stream = new ChoiceStream(2, TOKENIZER, List.of(" END"), false, 0, null, false, events::add);

        assertThat(stream.onToken(0, null)).isTrue();
        assertThat(stream.onToken(4, null)).isTrue(); // " E" may start " END": held back
        assertThat(stream.onToken(5, null)).isFalse(); // " END" complete: stop now
        stream.onComplete(completion(FinishReason.STOP, 3));

        assertThat(text(events)).isEqualTo("Once");
        assertThat(events.getLast()).isInstanceOf(ChoiceEvent.Finished.class);
        var finished = (ChoiceEvent.Finished) events.getLast();
        assertThat(finished.index()).isEqualTo(2);
        assertThat(finished.stopString()).isTrue();
    }

    @Test
    void releasesHeldBackTextThatDidNotBecomeAStopString() {
        ChoiceStream stream = new ChoiceStream(0, TOKENIZER, List.of(" END"), false, 0, null, false, events::add);

        stream.onToken(0, null);
        stream.onToken(4, null);
        assertThat(text(events)).isEqualTo("Once");
        stream.onToken(6, null); // " E!" is no stop string
        stream.onComplete(completion(FinishReason.LENGTH, 3));

        assertThat(text(events)).isEqualTo("Once E!");
        assertThat(((ChoiceEvent.Finished) events.getLast()).stopString()).isFalse();
    }

    @Test
    void holdsBackHalfACharacterUntilItsLastByte() {
        ChoiceStream stream = new ChoiceStream(0, TOKENIZER, List.of(), false, 0, null, false, events::add);

        stream.onToken(9, null);
        assertThat(events).isEmpty();
        stream.onToken(10, null);

        assertThat(text(events)).isEqualTo("é");
    }

    @Test
    void reportsLogprobsWithOffsetsAndCutsAlternativesToTheRequestedCount() {
        ChoiceStream stream = new ChoiceStream(0, TOKENIZER, List.of(), true, 1, null, false, events::add);

        stream.onToken(0, new TokenLogprobs(-0.5f, new int[] {0, 7}, new float[] {-0.5f, -1.5f}));
        stream.onToken(1, new TokenLogprobs(Float.NEGATIVE_INFINITY, new int[] {3, 1}, new float[] {-0.1f, -2f}));

        List<TokenLogprob> logprobs = events.stream()
                .map(e -> (ChoiceEvent.Text) e)
                .flatMap(t -> t.logprobs().stream())
                .toList();
        assertThat(logprobs).hasSize(2);
        assertThat(logprobs.get(0).token()).isEqualTo("Once");
        assertThat(logprobs.get(0).logprob()).isEqualTo(-0.5);
        assertThat(logprobs.get(0).textOffset()).isZero();
        assertThat(logprobs.get(0).bytes()).containsExactly(79, 110, 99, 101);
        assertThat(logprobs.get(0).top()).hasSize(1);
        assertThat(logprobs.get(1).token()).isEqualTo(" upon");
        assertThat(logprobs.get(1).textOffset()).isEqualTo(4);
        assertThat(logprobs.get(1).logprob()).isEqualTo(TokenLogprob.ZERO_PROBABILITY);
        assertThat(logprobs.get(1).top().getFirst().token()).isEqualTo(" time");
    }

    @Test
    void withLogprobsButNoAlternativesReportsOnlyTheChosenToken() {
        ChoiceStream stream = new ChoiceStream(0, TOKENIZER, List.of(), true, 0, null, false, events::add);

        stream.onToken(2, new TokenLogprobs(-0.25f, new int[] {2}, new float[] {-0.25f}));

        TokenLogprob logprob = ((ChoiceEvent.Text) events.getFirst()).logprobs().getFirst();
        assertThat(logprob.logprob()).isEqualTo(-0.25);
        assertThat(logprob.top()).isEmpty();
    }

    @Test
    void finishesExactlyOnceWithTheEnginesCompletion() {
        ChoiceStream stream = new ChoiceStream(1, TOKENIZER, List.of(), false, 0, null, false, events::add);
        Completion completion = completion(FinishReason.CANCELLED, 0);

        stream.onComplete(completion);

        assertThat(events).containsExactly(new ChoiceEvent.Finished(1, completion, false));
    }

    static Completion completion(FinishReason reason, int tokens) {
        return new Completion(reason, 5, tokens, 0, 1_000, 2_000, 10_000, null);
    }

    private static String text(List<ChoiceEvent> events) {
        StringBuilder sb = new StringBuilder();
        for (ChoiceEvent e : events) {
            if (e instanceof ChoiceEvent.Text t) {
                sb.append(t.text());
            }
        }
        return sb.toString();
    }
}

package org.jrag.generation.openai;

import java.util.List;
import org.jrag.engine.serving.Completion;

/** What one choice of a running generation reports, in order: text pieces, then exactly one {@link Finished}. */
public sealed interface ChoiceEvent {

    int index();

    /**
     * New text of a choice (possibly empty when only log-probabilities are new: text held back because it may
     * start a stop string or ends inside a UTF-8 character).
     */
    record Text(int index, String text, List<TokenLogprob> logprobs) implements ChoiceEvent {

        public Text {
            logprobs = List.copyOf(logprobs);
        }
    }

    /**
     * The log-probabilities of the prompt's tokens after the first (requests that echo their prompt with logprobs),
     * before any text of the choice.
     */
    record Prompt(int index, List<TokenLogprob> logprobs) implements ChoiceEvent {

        public Prompt {
            logprobs = List.copyOf(logprobs);
        }
    }

    /**
     * The sum of the log-probabilities of the choice's tokens and how many there were (sent before {@link Finished}
     * when candidates are ranked, {@code best_of}).
     */
    record Score(int index, double logprob, int tokens) implements ChoiceEvent {}

    /**
     * The choice ended.
     *
     * @param completion the engine's account (reason, token counts, timings)
     * @param stopString whether a stop string ended it (the engine then reports STOP, as for a stop token)
     */
    record Finished(int index, Completion completion, boolean stopString) implements ChoiceEvent {}
}

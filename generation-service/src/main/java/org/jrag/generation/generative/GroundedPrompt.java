package org.jrag.generation.generative;

import java.util.List;
import org.jrag.generation.extractive.Passage;

/**
 * The prompt a generative answer is written from.
 *
 * @param text the rendered prompt
 * @param tokens its token ids, as submitted to the engine
 * @param passages the passages in the prompt, in their numbering ({@code [1]} is the first); the last one cut short
 *     when {@code truncated}
 * @param dropped how many of the lowest-ranked passages did not fit and were left out
 * @param truncated whether the best passage alone did not fit and only its first words are in the prompt
 * @param format {@value GroundedPromptBuilder#CHAT_TEMPLATE} or {@value GroundedPromptBuilder#PLAIN}
 * @param historyTurns how many of the conversation's latest turns the prompt holds
 * @param historyDropped how many of its oldest turns did not fit and were left out
 */
public record GroundedPrompt(
        String text,
        int[] tokens,
        List<Passage> passages,
        int dropped,
        boolean truncated,
        String format,
        int historyTurns,
        int historyDropped) {

    public GroundedPrompt {
        passages = List.copyOf(passages);
        if (passages.isEmpty()) {
            throw new IllegalArgumentException("a grounded prompt must hold at least one passage");
        }
        if (dropped < 0 || historyTurns < 0 || historyDropped < 0) {
            throw new IllegalArgumentException("counts must be >= 0, got: dropped " + dropped + ", historyTurns "
                    + historyTurns + ", historyDropped " + historyDropped);
        }
    }
}

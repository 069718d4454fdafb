package org.jrag.generation.generative;

import java.util.List;
import org.jrag.generation.openai.Usage;

/**
 * How a generative answer was made, so that a caller can tell a short or uncited answer from a cut one.
 *
 * @param model the served model's id
 * @param promptFormat {@value GroundedPromptBuilder#CHAT_TEMPLATE}, or {@value GroundedPromptBuilder#PLAIN} for a
 *     model without one
 * @param passagesInPrompt how many passages the prompt held (numbered from 1)
 * @param passagesDropped how many of the lowest-ranked passages did not fit the context
 * @param passageTruncated whether only the first words of the best passage fit
 * @param historyTurnsInPrompt how many of the conversation's latest turns the prompt held
 * @param historyTurnsDropped how many of its oldest turns did not fit the context
 * @param unresolvedCitations marker numbers in the generated text that named no passage; they were removed
 * @param finishReason {@code stop} (the model ended its answer) or {@code length} (the token budget ran out)
 * @param usage prompt and answer tokens
 */
public record GenerationReport(
        String model,
        String promptFormat,
        int passagesInPrompt,
        int passagesDropped,
        boolean passageTruncated,
        int historyTurnsInPrompt,
        int historyTurnsDropped,
        List<Integer> unresolvedCitations,
        String finishReason,
        Usage usage) {

    public GenerationReport {
        unresolvedCitations = List.copyOf(unresolvedCitations);
    }
}

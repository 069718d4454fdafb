package org.jrag.retrieval.answerlog;

import java.util.List;
import org.jrag.retrieval.answer.Citation;

/**
 * An answer just given, for the log.
 *
 * @param searchQuery what was searched when it differs from the question, else null
 * @param collections the collections the answer could draw on; null for every collection
 * @param passages the passages the answer was given to write from, best first
 * @param instructions the instructions the answer was given with (its collections' and its request's), or null
 */
public record NewAnswer(
        String question,
        String searchQuery,
        List<String> collections,
        String answer,
        String mode,
        List<Citation> citations,
        List<PassageRef> passages,
        boolean streamed,
        String instructions) {

    public NewAnswer {
        collections = collections == null
                ? null
                : collections.stream().sorted().distinct().toList();
        citations = List.copyOf(citations);
        passages = List.copyOf(passages);
    }
}

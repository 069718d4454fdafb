package org.jrag.retrieval.answerlog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jrag.retrieval.answer.Citation;

/**
 * An answer as the log keeps it.
 *
 * @param searchQuery what was searched, when it differs from the question (a follow-up made standalone)
 * @param collections the collections the answer could draw on; null when it could draw on every collection
 * @param passages the passages the answer was given to write from, best first (null for answers logged before they
 *     were kept)
 * @param instructions the instructions the answer was given with (its collections' and its request's); null for none
 * @param feedback the user's verdict, or null before one came
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LoggedAnswer(
        UUID id,
        Instant createdAt,
        String question,
        String searchQuery,
        List<String> collections,
        String answer,
        String mode,
        List<Citation> citations,
        List<PassageRef> passages,
        boolean streamed,
        String instructions,
        Feedback feedback) {

    /** A user's verdict on an answer; {@code comment} left out when the user wrote none. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Feedback(Rating rating, String comment, Instant ratedAt) {}
}

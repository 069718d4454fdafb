package org.jrag.retrieval.answerlog;

/**
 * Body of {@code POST /v1/asks/{id}/feedback}. Sending feedback again replaces the earlier one.
 *
 * @param rating {@code up} or {@code down}
 * @param comment what the user said about the answer, up to {@value #MAX_COMMENT} characters; optional
 */
public record FeedbackRequest(Rating rating, String comment) {

    static final int MAX_COMMENT = 2000;

    public FeedbackRequest {
        if (rating == null) {
            throw new IllegalArgumentException("rating is required: 'up' or 'down'");
        }
        if (comment != null) {
            comment = comment.strip();
            if (comment.isEmpty()) {
                comment = null;
            } else if (comment.length() > MAX_COMMENT) {
                throw new IllegalArgumentException(
                        "comment must be at most " + MAX_COMMENT + " characters, got: " + comment.length());
            }
        }
    }
}

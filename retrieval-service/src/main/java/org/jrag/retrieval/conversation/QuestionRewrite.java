package org.jrag.retrieval.conversation;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How a follow-up question was made a standalone query for the search.
 *
 * @param query what was searched
 * @param method {@value #MODEL} (the served model rewrote it from the conversation) or {@value #PREVIOUS_QUESTION}
 *     (the user's previous question and the follow-up, searched together)
 * @param reason why the model did not rewrite it, or null
 */
public record QuestionRewrite(
        String query,
        String method,
        @JsonInclude(JsonInclude.Include.NON_NULL) String reason) {

    public static final String MODEL = "model";
    public static final String PREVIOUS_QUESTION = "previous-question";
}

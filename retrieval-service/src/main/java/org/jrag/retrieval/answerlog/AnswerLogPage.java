package org.jrag.retrieval.answerlog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A page of {@code GET /v1/asks}, newest first.
 *
 * @param next the cursor of the following page ({@code ?cursor=}), or null on the last one
 */
public record AnswerLogPage(
        List<LoggedAnswer> asks,
        @JsonInclude(JsonInclude.Include.NON_NULL) String next) {}

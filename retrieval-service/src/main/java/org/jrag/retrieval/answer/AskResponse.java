package org.jrag.retrieval.answer;

import java.util.List;

/** Body returned by {@code POST /v1/ask}: generation-service's answer, never text of our own. */
public record AskResponse(String answer, String mode, List<Citation> citations) {

    public AskResponse {
        citations = citations == null ? List.of() : List.copyOf(citations);
    }
}

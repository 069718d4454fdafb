package org.jrag.retrieval.answer;

import java.util.List;

/** Body of generation-service's {@code POST /v1/answers} (its default answer length applies). */
public record AnswerRequest(String question, List<Passage> passages) {

    public AnswerRequest {
        passages = List.copyOf(passages);
    }
}

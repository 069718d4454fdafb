package org.jrag.retrieval.answer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;
import org.jrag.retrieval.conversation.QuestionRewrite;
import org.jrag.retrieval.hyde.HydeReport;
import org.jrag.retrieval.rerank.RerankReport;
import tools.jackson.databind.JsonNode;

/**
 * Body returned by {@code POST /v1/ask}: generation-service's answer, never text of our own, with its mode, guardrail
 * report, generation details and mode reason passed on unchanged (each left out when generation-service sent none),
 * and, when the request asked for them, what HyDE and re-ranking did in the search for its passages (or why they
 * could not run); for a follow-up question, the standalone query it was searched as ({@code rewrite}); and the
 * answer's id in the answer log ({@code answerId}, for feedback), unless the log is off or could not keep it; and
 * {@code cached: true} when generation-service's answer came from the answer cache (the same request answered before).
 */
public record AskResponse(
        String answer,
        String mode,
        List<Citation> citations,
        @JsonInclude(JsonInclude.Include.NON_NULL) JsonNode guardrails,
        @JsonInclude(JsonInclude.Include.NON_NULL) JsonNode generation,
        @JsonInclude(JsonInclude.Include.NON_NULL) String reason,
        @JsonInclude(JsonInclude.Include.NON_NULL) HydeReport hyde,
        @JsonInclude(JsonInclude.Include.NON_NULL) RerankReport rerank,
        @JsonInclude(JsonInclude.Include.NON_NULL) QuestionRewrite rewrite,
        @JsonInclude(JsonInclude.Include.NON_NULL) UUID answerId,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean cached) {

    public AskResponse {
        citations = citations == null ? List.of() : List.copyOf(citations);
    }

    /** This answer with other citations (the same, with more said of them). */
    public AskResponse withCitations(List<Citation> cited) {
        return new AskResponse(
                answer, mode, cited, guardrails, generation, reason, hyde, rerank, rewrite, answerId, cached);
    }

    /** This answer with its id in the answer log. */
    public AskResponse withAnswerId(UUID id) {
        return new AskResponse(
                answer, mode, citations, guardrails, generation, reason, hyde, rerank, rewrite, id, cached);
    }
}

package org.jrag.retrieval.answer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jrag.retrieval.conversation.ConversationTurn;

/**
 * Body of generation-service's {@code POST /v1/answers}: the question, the passages, and the answer mode
 * ({@code extractive | generative | auto}), answer length and temperature the caller chose; options left null are
 * not sent, so generation-service's defaults apply. {@code history} is the conversation the question follows up on;
 * {@code stream} true asks for server-sent events; {@code instructions} what the answer should be like beyond the
 * grounded prompt's own instruction.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AnswerRequest(
        String question,
        List<Passage> passages,
        String mode,
        Integer maxTokens,
        Double temperature,
        List<ConversationTurn> history,
        Boolean stream,
        String instructions) {

    public AnswerRequest {
        passages = List.copyOf(passages);
    }

    public AnswerRequest(String question, List<Passage> passages) {
        this(question, passages, null, null, null, null, null, null);
    }

    /** This request asking for server-sent events. */
    public AnswerRequest streamed() {
        return new AnswerRequest(question, passages, mode, maxTokens, temperature, history, true, instructions);
    }
}

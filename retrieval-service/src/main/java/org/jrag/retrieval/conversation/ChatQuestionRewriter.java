package org.jrag.retrieval.conversation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Asks generation-service's served model, through its OpenAI-compatible {@code POST /v1/chat/completions}, to rewrite
 * a follow-up as a standalone question (greedy, one line), as conversational retrieval chains do. Where it cannot (no
 * model loaded, a model without a chat template, an error or an empty reply), the search reads the user's previous
 * question with the follow-up instead, and the report says why; a search never fails because the rewrite could not
 * run.
 */
public final class ChatQuestionRewriter implements QuestionRewriter {

    private final RestClient http;
    private final String baseUrl;
    private final ConversationProperties properties;

    public ChatQuestionRewriter(RestClient http, String baseUrl, ConversationProperties properties) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.properties = properties;
    }

    @Override
    public QuestionRewrite rewrite(String question, List<ConversationTurn> history) {
        String fallback = QuestionRewriter.withPreviousQuestion(question, history);
        try {
            ChatCompletion completion = http.post()
                    .uri("/v1/chat/completions")
                    .body(new ChatRequest(
                            List.of(
                                    new Message("system", properties.rewriteInstruction()),
                                    new Message("user", conversation(question, history))),
                            properties.rewriteMaxTokens(),
                            0.0))
                    .retrieve()
                    .body(ChatCompletion.class);
            String text = completion == null
                            || completion.choices() == null
                            || completion.choices().isEmpty()
                            || completion.choices().getFirst().message() == null
                    ? null
                    : completion.choices().getFirst().message().content();
            String line = text == null
                    ? ""
                    : text.strip().lines().findFirst().orElse("").strip();
            if (line.isEmpty()) {
                return new QuestionRewrite(
                        fallback,
                        QuestionRewrite.PREVIOUS_QUESTION,
                        "generation-service at " + baseUrl + " returned an empty rewrite");
            }
            return new QuestionRewrite(line, QuestionRewrite.MODEL, null);
        } catch (RestClientResponseException e) {
            return new QuestionRewrite(
                    fallback,
                    QuestionRewrite.PREVIOUS_QUESTION,
                    "generation-service at " + baseUrl + " answered "
                            + e.getStatusCode().value() + ": " + detail(e));
        } catch (RestClientException e) {
            return new QuestionRewrite(
                    fallback,
                    QuestionRewrite.PREVIOUS_QUESTION,
                    "generation-service at " + baseUrl + " is unreachable: " + e.getMessage());
        }
    }

    /** The conversation and the follow-up, as one message for the model to rewrite. */
    static String conversation(String question, List<ConversationTurn> history) {
        var text = new StringBuilder("Conversation:\n");
        for (ConversationTurn turn : history) {
            text.append(ConversationTurn.USER.equals(turn.role()) ? "User: " : "Assistant: ")
                    .append(turn.content().strip())
                    .append('\n');
        }
        return text.append("\nFollow-up question: ")
                .append(question.strip())
                .append("\n\nStandalone question:")
                .toString();
    }

    /** A problem's {@code detail}, or the body as it came. */
    private static String detail(RestClientResponseException e) {
        try {
            Problem problem = e.getResponseBodyAs(Problem.class);
            if (problem != null && problem.detail() != null) {
                return problem.detail();
            }
        } catch (RuntimeException notAProblem) {
            // the body as it came, below
        }
        return e.getResponseBodyAsString();
    }

    record Problem(String detail) {}

    /** OpenAI chat request; {@code max_tokens} keeps the wire name. */
    record ChatRequest(
            List<Message> messages,
            @JsonProperty("max_tokens") int maxTokens,
            double temperature) {}

    record Message(String role, String content) {}

    record ChatCompletion(List<Choice> choices) {}

    record Choice(Message message) {}
}

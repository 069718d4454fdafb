package org.jrag.generation.openai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import dev.langchain4j.model.output.FinishReason;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** LangChain4j's OpenAI chat models against the service, blocking and streaming. */
class LangChain4jClientIT extends StoriesService {

    private static final String QUESTION = "Once there was a cat.";

    private JsonNode reference() throws Exception {
        return postOk("/v1/chat/completions", """
                {"model": "stories", "messages": [{"role": "user", "content": "%s"}], "max_tokens": 16,
                 "temperature": 0}
                """.formatted(QUESTION));
    }

    private static FinishReason finishReason(JsonNode reference) {
        return switch (reference.at("/choices/0/finish_reason").asString()) {
            case "stop" -> FinishReason.STOP;
            case "length" -> FinishReason.LENGTH;
            default -> throw new AssertionError("unexpected finish reason: " + reference);
        };
    }

    private ChatRequest request() {
        return ChatRequest.builder().messages(UserMessage.from(QUESTION)).build();
    }

    @Test
    void chatsWithTheServiceAndReadsTextUsageAndFinishReason() throws Exception {
        JsonNode reference = reference();
        OpenAiChatModel model = OpenAiChatModel.builder()
                .baseUrl(baseUrl())
                .apiKey("not-checked")
                .modelName(MODEL)
                .temperature(0.0)
                .maxTokens(16)
                .maxRetries(0)
                .timeout(Duration.ofSeconds(60))
                .build();

        ChatResponse response = model.chat(request());

        assertThat(response.aiMessage().text())
                .isNotBlank()
                .isEqualTo(reference.at("/choices/0/message/content").asString());
        assertThat(response.finishReason()).isEqualTo(finishReason(reference));
        assertThat(response.tokenUsage().inputTokenCount())
                .isEqualTo(reference.at("/usage/prompt_tokens").asInt());
        assertThat(response.tokenUsage().outputTokenCount())
                .isEqualTo(reference.at("/usage/completion_tokens").asInt());
        assertThat(response.tokenUsage().totalTokenCount())
                .isEqualTo(reference.at("/usage/total_tokens").asInt());
        assertThat(response.modelName()).isEqualTo(MODEL);
    }

    @Test
    void streamsTheSameTextWithUsageAndFinishReason() throws Exception {
        JsonNode reference = reference();
        OpenAiStreamingChatModel model = OpenAiStreamingChatModel.builder()
                .baseUrl(baseUrl())
                .apiKey("not-checked")
                .modelName(MODEL)
                .temperature(0.0)
                .maxTokens(16)
                .timeout(Duration.ofSeconds(60))
                .build();
        StringBuilder partials = new StringBuilder();
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();

        model.chat(request(), new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String partialResponse) {
                partials.append(partialResponse);
            }

            @Override
            public void onCompleteResponse(ChatResponse completeResponse) {
                done.complete(completeResponse);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }
        });
        ChatResponse response = done.get(60, TimeUnit.SECONDS);

        String expected = reference.at("/choices/0/message/content").asString();
        assertThat(partials.toString()).isEqualTo(expected);
        assertThat(response.aiMessage().text()).isEqualTo(expected);
        assertThat(response.finishReason()).isEqualTo(finishReason(reference));
        assertThat(response.tokenUsage().inputTokenCount())
                .isEqualTo(reference.at("/usage/prompt_tokens").asInt());
        assertThat(response.tokenUsage().outputTokenCount())
                .isEqualTo(reference.at("/usage/completion_tokens").asInt());
    }
}

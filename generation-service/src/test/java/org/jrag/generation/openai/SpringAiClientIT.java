package org.jrag.generation.openai;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;
import tools.jackson.databind.JsonNode;

/** Spring AI's OpenAI chat model (on the official OpenAI Java SDK) against the service, blocking and streaming. */
class SpringAiClientIT extends StoriesService {

    private static final String QUESTION = "Tell me a story.";

    private OpenAiChatModel chatModel() {
        return OpenAiChatModel.builder()
                .options(OpenAiChatOptions.builder()
                        .baseUrl(baseUrl())
                        .apiKey("not-checked")
                        .model(MODEL)
                        .temperature(0.0)
                        .maxTokens(16)
                        .streamUsage(true)
                        .maxRetries(0)
                        .timeout(Duration.ofSeconds(60))
                        .build())
                .build();
    }

    /** The same request by hand, to compare with what the client saw. */
    private JsonNode reference() throws Exception {
        return postOk("/v1/chat/completions", """
                {"model": "stories", "messages": [{"role": "user", "content": "%s"}], "max_tokens": 16,
                 "temperature": 0}
                """.formatted(QUESTION));
    }

    @Test
    void callsTheServiceAndReadsTextUsageAndFinishReason() throws Exception {
        JsonNode reference = reference();

        ChatResponse response = chatModel().call(new Prompt(QUESTION));

        assertThat(response.getResult().getOutput().getText())
                .isNotBlank()
                .isEqualTo(reference.at("/choices/0/message/content").asString());
        assertThat(response.getResult().getMetadata().getFinishReason())
                .isEqualToIgnoringCase(reference.at("/choices/0/finish_reason").asString());
        var usage = response.getMetadata().getUsage();
        assertThat(usage.getPromptTokens())
                .isEqualTo(reference.at("/usage/prompt_tokens").asInt());
        assertThat(usage.getCompletionTokens())
                .isEqualTo(reference.at("/usage/completion_tokens").asInt());
        assertThat(usage.getTotalTokens())
                .isEqualTo(reference.at("/usage/total_tokens").asInt());
        assertThat(response.getMetadata().getModel()).isEqualTo(MODEL);
    }

    @Test
    void streamsTheSameTextWithUsageAndFinishReason() throws Exception {
        JsonNode reference = reference();

        List<ChatResponse> responses =
                chatModel().stream(new Prompt(QUESTION)).collectList().block(Duration.ofSeconds(60));

        assertThat(responses).isNotEmpty();
        String text = responses.stream()
                .flatMap(r -> r.getResults().stream())
                .map(g -> g.getOutput().getText())
                .filter(Objects::nonNull)
                .reduce("", String::concat);
        assertThat(text).isEqualTo(reference.at("/choices/0/message/content").asString());
        assertThat(responses.stream()
                        .flatMap(r -> r.getResults().stream())
                        .map(g -> g.getMetadata().getFinishReason())
                        .filter(reason -> reason != null && !reason.isEmpty()))
                .last()
                .asString()
                .isEqualToIgnoringCase(reference.at("/choices/0/finish_reason").asString());
        assertThat(responses.stream()
                        .map(r -> r.getMetadata().getUsage())
                        .filter(u -> u != null && u.getTotalTokens() != null && u.getTotalTokens() > 0))
                .last()
                .satisfies(usage -> {
                    assertThat(usage.getPromptTokens())
                            .isEqualTo(reference.at("/usage/prompt_tokens").asInt());
                    assertThat(usage.getCompletionTokens())
                            .isEqualTo(reference.at("/usage/completion_tokens").asInt());
                });
    }
}

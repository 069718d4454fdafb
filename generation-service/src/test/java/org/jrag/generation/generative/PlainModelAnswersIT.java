package org.jrag.generation.generative;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jrag.generation.TestModels;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /v1/answers} with the real stories260K as it is, without a chat template: {@code auto} quotes the passages
 * and says why, {@code generative} uses the plain completion prompt.
 */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "rag.generation.model-name=stories-plain",
            "rag.generation.engine.kv-memory=16MB",
            "rag.generation.answers.instruction=Answer from the passages. Cite as [1]."
        })
class PlainModelAnswersIT {

    private static final String PASSAGES = """
            [{"documentId": 1, "chunkId": 11, "title": "Lily",
              "text": "Lily had a red ball. She liked to play with it in the park."},
             {"documentId": 2, "chunkId": 22, "title": "Eiffel Tower",
              "text": "The Eiffel Tower was completed in 1889 for the World's Fair in Paris."}]
            """;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void model(DynamicPropertyRegistry registry) {
        registry.add("rag.generation.model-path", () -> TestModels.stories260K().toString());
    }

    @Test
    void autoQuotesThePassagesAndSaysTheModelHasNoChatTemplate() throws Exception {
        JsonNode body = postOk("""
                {"question": "In which year was the Eiffel Tower finished?", "maxSentences": 1, "passages": %s}
                """.formatted(PASSAGES));

        assertThat(body.path("mode").asString()).isEqualTo("extractive");
        assertThat(body.path("answer").asString())
                .isEqualTo("The Eiffel Tower was completed in 1889 for the World's Fair in Paris.");
        assertThat(body.path("reason").asString())
                .startsWith("mode auto answered extractively: the model 'stories-plain' has no chat template (")
                .endsWith("); mode generative uses a plain completion prompt instead");
    }

    @Test
    void generativeUsesThePlainCompletionPrompt() throws Exception {
        JsonNode body = postOk("""
                {"question": "What did Lily have?", "mode": "generative", "maxTokens": 16, "passages": %s}
                """.formatted(PASSAGES));

        assertThat(body.path("mode").asString()).isEqualTo("generative");
        assertThat(body.path("answer").asString()).isNotBlank();
        assertThat(body.path("generation").path("promptFormat").asString()).isEqualTo("plain");
        assertThat(body.path("generation").path("model").asString()).isEqualTo("stories-plain");
        assertThat(body.path("generation")
                        .path("usage")
                        .path("completion_tokens")
                        .asInt())
                .isBetween(1, 16);
        assertThat(body.path("guardrails").path("grounding").isArray()).isTrue();
    }

    private JsonNode postOk(String body) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/answers"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }
}

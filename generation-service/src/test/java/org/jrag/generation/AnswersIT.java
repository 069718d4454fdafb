package org.jrag.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The service over real HTTP with the real bge embedder. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "rag.generation.model-path=")
class AnswersIT {

    private static final String PASSAGES = """
            [{"documentId": 1, "chunkId": 11, "title": "Photosynthesis",
              "text": "Photosynthesis converts sunlight, water and carbon dioxide into glucose and oxygen. It takes place in the chloroplasts of plant cells."},
             {"documentId": 2, "chunkId": 22, "title": "Eiffel Tower",
              "text": "The Eiffel Tower was completed in 1889 for the World's Fair in Paris. It is about 330 metres tall and made of wrought iron."},
             {"documentId": 3, "chunkId": 33, "title": "Great Wall",
              "text": "The Great Wall of China stretches for more than 21,000 kilometres. Its oldest parts were built in the 7th century BC."}]
            """;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void answersFromThePassageThatHoldsTheFactAndCitesItsChunk() throws Exception {
        // when
        var response = post("/v1/answers", """
                {"question": "In which year was the Eiffel Tower finished?", "maxSentences": 1, "passages": %s}
                """.formatted(PASSAGES), null);

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("mode").asString()).isEqualTo("extractive");
        assertThat(body.path("answer").asString())
                .isEqualTo("The Eiffel Tower was completed in 1889 for the World's Fair in Paris.");
        assertThat(body.path("citations")).hasSize(1);
        JsonNode citation = body.path("citations").get(0);
        assertThat(citation.path("chunkId").asLong()).isEqualTo(22);
        assertThat(citation.path("documentId").asLong()).isEqualTo(2);
        assertThat(citation.path("title").asString()).isEqualTo("Eiffel Tower");
        assertThat(citation.path("text").asString())
                .isEqualTo(body.path("answer").asString());
        // the guardrails found nothing, and the quoted answer is grounded in its chunk
        JsonNode guardrails = body.path("guardrails");
        assertThat(guardrails.path("interventions")).isEmpty();
        assertThat(guardrails.path("grounded").asBoolean()).isTrue();
        assertThat(guardrails.path("grounding")).hasSize(1);
        assertThat(guardrails.path("grounding").get(0).path("supported").asBoolean())
                .isTrue();
        // auto (the default) without a model answers extractively and says why
        assertThat(body.path("reason").asString())
                .isEqualTo("mode auto answered extractively: no model is loaded (none configured)");
        assertThat(body.has("generation")).isFalse();
    }

    @Test
    void answersTheGenerativeModeWith503WithoutAModel() throws Exception {
        var response = post(
                "/v1/answers",
                "{\"question\": \"Why?\", \"mode\": \"generative\", \"passages\": %s}".formatted(PASSAGES),
                null);

        assertProblem(response, 503, "no-model", "no model is loaded (none configured)");
    }

    @Test
    void reportsEmptyPassagesAsProblem() throws Exception {
        var response = post("/v1/answers", "{\"question\": \"Why?\", \"passages\": []}", null);

        assertProblem(response, 422, "no-passages", "passages must not be empty");
    }

    @Test
    void reportsBlankQuestionAsProblem() throws Exception {
        var response = post("/v1/answers", "{\"question\": \"  \", \"passages\": %s}".formatted(PASSAGES), null);

        assertProblem(response, 400, "invalid-request", "question must not be blank");
    }

    @Test
    void reportsMaxSentencesOutOfRangeAsProblem() throws Exception {
        var response = post(
                "/v1/answers",
                "{\"question\": \"Why?\", \"maxSentences\": 0, \"passages\": %s}".formatted(PASSAGES),
                null);

        assertProblem(response, 400, "invalid-request", "maxSentences must be between 1 and 10, got: 0");
    }

    @Test
    void listsNoModelsInOpenAiShape() throws Exception {
        var response = get("/v1/models");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("object").asString()).isEqualTo("list");
        assertThat(body.path("data").isArray()).isTrue();
        assertThat(body.path("data")).isEmpty();
    }

    @Test
    void isReadyInExtractiveMode() throws Exception {
        var response = get("/actuator/health/readiness");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("status").asString()).isEqualTo("UP");
        JsonNode details = body.path("components").path("generation").path("details");
        assertThat(details.path("mode").asString()).isEqualTo("extractive");
        assertThat(details.path("model").asString()).isEqualTo("none configured");
    }

    @Test
    void answersCompletionsWith503AndTheReasonWithoutAModel() throws Exception {
        var chat = post("/v1/chat/completions", "{\"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}]}", null);
        var text = post("/v1/completions", "{\"prompt\": \"Once\"}", null);

        assertProblem(chat, 503, "no-model", "no model is loaded (none configured); set rag.generation.model-path");
        assertProblem(text, 503, "no-model", "no model is loaded (none configured)");
    }

    @Test
    void servesOpenApiDocs() throws Exception {
        var response = get("/v3/api-docs");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode paths = json.readTree(response.body()).path("paths");
        assertThat(paths.has("/v1/answers")).isTrue();
        assertThat(paths.has("/v1/models")).isTrue();
        assertThat(paths.has("/v1/chat/completions")).isTrue();
        assertThat(paths.has("/v1/completions")).isTrue();
    }

    @Test
    void createsARequestIdOrEchoesTheGivenOne() throws Exception {
        var created = get("/v1/models");
        var echoed = post("/v1/answers", "{\"question\": \"Why?\", \"passages\": []}", "it-request-42");

        assertThat(created.headers().firstValue("X-Request-Id"))
                .hasValueSatisfying(id -> assertThat(id).isNotBlank());
        assertThat(echoed.headers().firstValue("X-Request-Id")).hasValue("it-request-42");
    }

    private void assertProblem(HttpResponse<String> response, int status, String slug, String detailStart) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("type").asString()).isEqualTo("https://jrag.dev/problems/" + slug);
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("title").asString()).isNotBlank();
        assertThat(body.path("detail").asString()).startsWith(detailStart);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body, String requestId)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (requestId != null) {
            request.header("X-Request-Id", requestId);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}

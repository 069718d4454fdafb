package org.jrag.generation.openai;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jrag.generation.TestModels;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service over real HTTP serving the real stories260K (with a chat template added) as {@code stories}. One
 * Spring context for every integration test that extends it.
 */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "rag.generation.model-name=stories",
            "rag.generation.engine.kv-memory=16MB",
            "rag.generation.engine.max-running=8"
        })
public abstract class StoriesService {

    protected static final String MODEL = "stories";

    protected final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    protected final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void model(DynamicPropertyRegistry registry) {
        registry.add(
                "rag.generation.model-path",
                () -> TestModels.storiesWithChatTemplate().toString());
    }

    /** What OpenAI clients take as their base URL. */
    protected String baseUrl() {
        return "http://127.0.0.1:" + port + "/v1";
    }

    protected URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    protected HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    protected HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    protected JsonNode postOk(String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = post(path, body);
        if (response.statusCode() != 200) {
            throw new AssertionError(
                    "expected 200 from " + path + ", got " + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body());
    }
}

package org.jrag.generation.openai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** HTTP helpers for integration tests of the service on a random port (the subclass is the Spring Boot test). */
public abstract class ServiceClient {

    protected final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    protected final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    protected int port;

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

    /** The JSON chunks of a streamed request (the data lines before {@code [DONE]}). */
    protected List<JsonNode> streamChunks(String path, String body) throws Exception {
        HttpResponse<java.util.stream.Stream<String>> response = postForLines(path, body);
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> data = response.body()
                .filter(line -> line.startsWith("data: "))
                .map(line -> line.substring("data: ".length()))
                .toList();
        assertThat(data.getLast()).isEqualTo("[DONE]");
        return data.subList(0, data.size() - 1).stream().map(json::readTree).toList();
    }

    /** A named server-sent event and its JSON data. */
    public record Event(String name, JsonNode data) {}

    /** The named events of a streamed request ({@code event:} and {@code data:} lines), comments skipped. */
    protected List<Event> streamEvents(String path, String body) throws Exception {
        HttpResponse<java.util.stream.Stream<String>> response = postForLines(path, body);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
        var events = new java.util.ArrayList<Event>();
        String name = null;
        for (String line : (Iterable<String>) response.body()::iterator) {
            if (line.startsWith("event: ")) {
                name = line.substring("event: ".length());
            } else if (line.startsWith("data: ")) {
                events.add(new Event(name, json.readTree(line.substring("data: ".length()))));
            }
        }
        return events;
    }

    private HttpResponse<java.util.stream.Stream<String>> postForLines(String path, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofLines());
    }
}

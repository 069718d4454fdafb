package org.jrag.ingest.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.segment.TextSegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jrag.embedding.TextEmbedder;
import org.jrag.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.ai.embedding.EmbeddingResponse;
import org.springframework.ai.openai.OpenAiEmbeddingModel;
import org.springframework.ai.openai.OpenAiEmbeddingOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /v1/embeddings} over real HTTP, by hand and through Spring AI's and LangChain4j's OpenAI embedding
 * models: the vectors are the indexing model's own, bit for bit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmbeddingsIT {

    private static final String PASSAGE = "HNSW builds a layered proximity graph of the vectors.";
    private static final String QUERY = "how does HNSW index vectors";

    private final int port;
    private final RestClient http;
    private final TextEmbedder embedder;

    EmbeddingsIT(@LocalServerPort int port, @Autowired TextEmbedder embedder) {
        this.port = port;
        this.http = RestClient.builder()
                .baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> {})
                .build();
        this.embedder = embedder;
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        var db = TestDatabase.recreate("jrag_embeddings_it");
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
    }

    private ResponseEntity<JsonNode> post(String body) {
        return http.post()
                .uri("/v1/embeddings")
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .toEntity(JsonNode.class);
    }

    private static float[] floats(JsonNode embedding) {
        float[] out = new float[embedding.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = embedding.get(i).floatValue();
        }
        return out;
    }

    @Test
    void embedsPassagesInOrderAsIngestionDoes() {
        ResponseEntity<JsonNode> response = post("""
                {"input": ["%s", "Reciprocal rank fusion adds 1 / (k + rank)."], "model": "%s"}
                """.formatted(PASSAGE, embedder.modelName()));

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        JsonNode body = response.getBody();
        assertThat(body.path("object").asString()).isEqualTo("list");
        assertThat(body.path("model").asString()).isEqualTo(embedder.modelName());
        List<float[]> expected =
                embedder.embedPassages(List.of(PASSAGE, "Reciprocal rank fusion adds 1 / (k + rank)."));
        for (int i = 0; i < 2; i++) {
            JsonNode item = body.path("data").get(i);
            assertThat(item.path("object").asString()).isEqualTo("embedding");
            assertThat(item.path("index").asInt()).isEqualTo(i);
            assertThat(floats(item.path("embedding"))).containsExactly(expected.get(i));
        }
        int tokens = embedder.tokenizer().countTokens(PASSAGE)
                + embedder.tokenizer().countTokens("Reciprocal rank fusion adds 1 / (k + rank).")
                + 2 * embedder.tokenizer().specialTokens();
        assertThat(body.at("/usage/prompt_tokens").asInt()).isEqualTo(tokens);
        assertThat(body.at("/usage/total_tokens").asInt()).isEqualTo(tokens);
    }

    @Test
    void embedsQueriesWithTheModelsInstructionAndAnswersBase64() {
        JsonNode query = post("{\"input\": \"%s\", \"input_type\": \"query\"}".formatted(QUERY))
                .getBody();
        JsonNode passage = post("{\"input\": \"%s\", \"encoding_format\": \"base64\"}".formatted(QUERY))
                .getBody();

        assertThat(floats(query.at("/data/0/embedding"))).containsExactly(embedder.embedQuery(QUERY));
        ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder()
                        .decode(passage.at("/data/0/embedding").asString()))
                .order(ByteOrder.LITTLE_ENDIAN);
        float[] decoded = new float[bytes.remaining() / Float.BYTES];
        bytes.asFloatBuffer().get(decoded);
        assertThat(decoded)
                .containsExactly(embedder.embedPassages(List.of(QUERY)).getFirst());
        assertThat(decoded).isNotEqualTo(floats(query.at("/data/0/embedding")));
        assertThat(query.at("/usage/prompt_tokens").asInt())
                .isGreaterThan(passage.at("/usage/prompt_tokens").asInt());
    }

    @Test
    void refusesWhatItCannotEmbedWithProblemDetails() {
        String longText = "vector ".repeat(600);
        record Case(String body, int status, String parameter, String detail) {}
        for (Case c : List.of(
                new Case("{}", 400, "input", "input is required: a string or an array of strings"),
                new Case("{\"input\": []}", 400, "input", "input must hold at least one string"),
                new Case("{\"input\": [\"a\", \" \"]}", 400, "input[1]", "input[1] must not be empty or blank"),
                new Case(
                        "{\"input\": [[101, 2023]]}",
                        400,
                        "input[0]",
                        "input[0] is a token id or an array of them; send text (ids of another tokenizer mean nothing"
                                + " to this model)"),
                new Case(
                        "{\"input\": \"" + longText + "\"}",
                        400,
                        "input",
                        "input has 600 tokens, more than the 510 " + embedder.modelName()
                                + " reads (split it, as ingestion chunks documents)"),
                new Case(
                        "{\"input\": \"a\", \"dimensions\": 256}",
                        400,
                        "dimensions",
                        "dimensions must be 384, the length of " + embedder.modelName()
                                + "'s vectors (it cannot shorten them), got: 256"),
                new Case(
                        "{\"input\": \"a\", \"encoding_format\": \"int8\"}",
                        400,
                        "encoding_format",
                        "encoding_format must be float or base64, got: 'int8'"),
                new Case(
                        "{\"input\": \"a\", \"input_type\": \"code\"}",
                        400,
                        "input_type",
                        "input_type must be passage or query, got: 'code'"),
                new Case(
                        "{\"input\": \"a\", \"model\": \"text-embedding-3-small\"}",
                        404,
                        null,
                        "model 'text-embedding-3-small' is not served here; this service embeds with '"
                                + embedder.modelName() + "'"))) {
            ResponseEntity<JsonNode> response = post(c.body());
            assertThat(response.getStatusCode().value()).as(c.body()).isEqualTo(c.status());
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(response.getBody().path("detail").asString()).isEqualTo(c.detail());
            if (c.parameter() != null) {
                assertThat(response.getBody().path("parameter").asString()).isEqualTo(c.parameter());
            }
        }
    }

    @Test
    void springAiEmbedsThroughTheService() {
        OpenAiEmbeddingModel model = OpenAiEmbeddingModel.builder()
                .options(OpenAiEmbeddingOptions.builder()
                        .baseUrl("http://127.0.0.1:" + port + "/v1")
                        .apiKey("not-checked")
                        .model(embedder.modelName())
                        .maxRetries(0)
                        .timeout(Duration.ofSeconds(60))
                        .build())
                .build();

        EmbeddingResponse passages = model.embedForResponse(List.of(PASSAGE, QUERY));
        float[] query = model.call(new org.springframework.ai.embedding.EmbeddingRequest(
                        List.of(QUERY),
                        OpenAiEmbeddingOptions.builder()
                                .model(embedder.modelName())
                                .extraBody(Map.of("input_type", "query"))
                                .build()))
                .getResult()
                .getOutput();

        List<float[]> expected = embedder.embedPassages(List.of(PASSAGE, QUERY));
        assertThat(passages.getResults().get(0).getOutput()).containsExactly(expected.get(0));
        assertThat(passages.getResults().get(1).getOutput()).containsExactly(expected.get(1));
        assertThat(query).containsExactly(embedder.embedQuery(QUERY));
        assertThat(model.dimensions()).isEqualTo(384);
    }

    @Test
    void langChain4jEmbedsThroughTheService() {
        var model = dev.langchain4j.model.openai.OpenAiEmbeddingModel.builder()
                .baseUrl("http://127.0.0.1:" + port + "/v1")
                .apiKey("not-checked")
                .modelName(embedder.modelName())
                .maxRetries(0)
                .timeout(Duration.ofSeconds(60))
                .build();

        var response = model.embedAll(List.of(TextSegment.from(PASSAGE), TextSegment.from(QUERY)));

        List<float[]> expected = embedder.embedPassages(List.of(PASSAGE, QUERY));
        assertThat(response.content()).hasSize(2);
        assertThat(response.content().get(0).vector()).containsExactly(expected.get(0));
        assertThat(response.content().get(1).vector()).containsExactly(expected.get(1));
        assertThat(response.tokenUsage().inputTokenCount()).isPositive();
    }
}

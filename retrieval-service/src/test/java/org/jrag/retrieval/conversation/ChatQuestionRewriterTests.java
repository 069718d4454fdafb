package org.jrag.retrieval.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The follow-up rewriter against a stub generation-service speaking the OpenAI-compatible chat API. */
class ChatQuestionRewriterTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ConversationProperties PROPERTIES = new ConversationProperties("Rewrite it.", 32);
    private static final List<ConversationTurn> HISTORY = List.of(
            new ConversationTurn("user", "Tell me about Jupiter."),
            new ConversationTurn("assistant", "Jupiter is the largest planet [1]."));

    private HttpServer server;
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void asksTheModelForAStandaloneQuestionAndSearchesItsFirstLine() throws IOException {
        start(200, """
                {"choices":[{"index":0,"message":{"role":"assistant",
                 "content":"  How big is Jupiter's Great Red Spot?\\nIt is a storm."},"finish_reason":"stop"}]}""");

        QuestionRewrite rewrite = rewriter().rewrite("How big is its storm?", HISTORY);

        assertThat(rewrite).isEqualTo(new QuestionRewrite("How big is Jupiter's Great Red Spot?", "model", null));
        assertThat(requests).singleElement().satisfies(request -> {
            assertThat(request.at("/messages/0/role").asString()).isEqualTo("system");
            assertThat(request.at("/messages/0/content").asString()).isEqualTo("Rewrite it.");
            assertThat(request.at("/messages/1/content").asString())
                    .isEqualTo("Conversation:\nUser: Tell me about Jupiter.\nAssistant: Jupiter is the largest planet"
                            + " [1].\n\nFollow-up question: How big is its storm?\n\nStandalone question:");
            assertThat(request.get("max_tokens").asInt()).isEqualTo(32);
            assertThat(request.get("temperature").asDouble()).isZero();
        });
    }

    @Test
    void searchesThePreviousQuestionWithTheFollowUpWhenTheModelCannotRewrite() throws IOException {
        start(400, """
                {"type":"https://jrag.dev/problems/no-chat-template","title":"Model has no chat template",
                 "status":400,"detail":"the model 'stories' has no chat template"}""");

        QuestionRewrite rewrite = rewriter().rewrite("How big is its storm?", HISTORY);

        assertThat(rewrite.query()).isEqualTo("Tell me about Jupiter.\nHow big is its storm?");
        assertThat(rewrite.method()).isEqualTo("previous-question");
        assertThat(rewrite.reason())
                .isEqualTo("generation-service at " + baseUrl()
                        + " answered 400: the model 'stories' has no chat template");
    }

    @Test
    void fallsBackWhenGenerationIsUnreachableOrRepliesWithNothing() throws IOException {
        QuestionRewrite unreachable = new ChatQuestionRewriter(
                        RestClient.builder().baseUrl("http://127.0.0.1:1").build(), "http://127.0.0.1:1", PROPERTIES)
                .rewrite("And its moons?", HISTORY);
        start(200, """
                {"choices":[{"index":0,"message":{"role":"assistant","content":"  \\n "}}]}""");
        QuestionRewrite empty = rewriter().rewrite("And its moons?", List.of(HISTORY.get(1)));

        assertThat(unreachable.query()).isEqualTo("Tell me about Jupiter.\nAnd its moons?");
        assertThat(unreachable.reason()).startsWith("generation-service at http://127.0.0.1:1 is unreachable: ");
        // no user turn to add: the follow-up alone
        assertThat(empty)
                .isEqualTo(new QuestionRewrite(
                        "And its moons?",
                        "previous-question",
                        "generation-service at " + baseUrl() + " returned an empty rewrite"));
    }

    private ChatQuestionRewriter rewriter() {
        return new ChatQuestionRewriter(RestClient.builder().baseUrl(baseUrl()).build(), baseUrl(), PROPERTIES);
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void start(int status, String body) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", exchange -> {
            requests.add(JSON.readTree(exchange.getRequestBody().readAllBytes()));
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders()
                    .add("Content-Type", status == 200 ? "application/json" : "application/problem+json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }
}

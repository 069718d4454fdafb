package org.jrag.retrieval.openai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.jrag.retrieval.answer.AskEventRelay;
import org.jrag.retrieval.answer.AskResponse;
import org.jrag.retrieval.answer.Citation;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ChatCompletionsTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AskResponse ANSWER = new AskResponse(
            "Jupiter [1].",
            "generative",
            List.of(new Citation(3, 7, "Planets", "Jupiter is the largest planet.")),
            null,
            JSON.readTree(
                    "{\"finishReason\": \"length\", \"usage\": {\"prompt_tokens\": 40, \"completion_tokens\": 9}}"),
            null,
            null,
            null,
            null,
            null,
            null);

    /** The JSON of each {@code data:} event, {@code [DONE]} as a text node. */
    private static List<JsonNode> data(String events) {
        return Arrays.stream(events.split("\n\n"))
                .map(event -> event.substring("data: ".length()))
                .map(data -> data.equals("[DONE]") ? JSON.getNodeFactory().stringNode(data) : JSON.readTree(data))
                .toList();
    }

    @Test
    void streamsTheAnswerAsChunksThenTheSourcesTheFinishReasonCitationsUsageAndDone() {
        AskEventRelay.Format format =
                new ChatCompletions("chatcmpl-1", 1700000000, "rag/docs", true, JSON).stream(true);

        List<JsonNode> opening = data(format.opening());
        List<JsonNode> delta = data(format.delta("Jupiter [1]."));
        List<JsonNode> end = data(format.answer(ANSWER));

        assertThat(opening.getFirst().at("/choices/0/delta/role").asString()).isEqualTo("assistant");
        assertThat(opening.getFirst().get("object").asString()).isEqualTo("chat.completion.chunk");
        assertThat(delta.getFirst().at("/choices/0/delta/content").asString()).isEqualTo("Jupiter [1].");
        assertThat(delta.getFirst().at("/choices/0/finish_reason").isNull()).isTrue();
        // the sources, the last choice chunk (finish reason, citations, rag), the usage chunk, [DONE]
        assertThat(end).hasSize(4);
        assertThat(end.get(0).at("/choices/0/delta/content").asString())
                .isEqualTo("\n\nSources:\n[1] Planets (document 3, chunk 7)");
        assertThat(end.get(1).at("/choices/0/finish_reason").asString()).isEqualTo("length");
        assertThat(end.get(1).at("/citations/0/chunkId").asLong()).isEqualTo(7);
        assertThat(end.get(1).at("/rag/mode").asString()).isEqualTo("generative");
        assertThat(end.get(2).get("choices").isEmpty()).isTrue();
        assertThat(end.get(2).at("/usage/total_tokens").asInt()).isEqualTo(49);
        assertThat(end.get(3).asString()).isEqualTo("[DONE]");
        assertThat(end).allSatisfy(chunk -> {
            if (chunk.isObject()) {
                assertThat(chunk.get("id").asString()).isEqualTo("chatcmpl-1");
                assertThat(chunk.get("model").asString()).isEqualTo("rag/docs");
            }
        });
    }

    @Test
    void endsAStreamWithAProblemAsOpenAiClientsReadErrors() {
        AskEventRelay.Format format = new ChatCompletions("chatcmpl-1", 0, "rag", false, JSON).stream(false);

        List<JsonNode> error = data(format.error(JSON.readTree("""
                {"type": "https://jrag.dev/problems/generation-timeout", "title": "Generation timed out",
                 "status": 504, "detail": "the generation did not finish within 120000 ms"}""")));

        assertThat(error).singleElement().satisfies(event -> {
            assertThat(event.at("/error/message").asString())
                    .isEqualTo("the generation did not finish within 120000 ms");
            assertThat(event.at("/error/type").asString()).isEqualTo("generation-timeout");
            assertThat(event.at("/error/code").asInt()).isEqualTo(504);
        });
    }

    @Test
    void answersWholeWithoutSourcesUnlessAskedFor() {
        var completion = new ChatCompletions("chatcmpl-2", 0, "rag", false, JSON).whole(ANSWER);

        JsonNode body = JSON.valueToTree(completion);
        assertThat(body.at("/choices/0/message/content").asString()).isEqualTo("Jupiter [1].");
        assertThat(body.at("/choices/0/finish_reason").asString()).isEqualTo("length");
        assertThat(body.at("/usage/prompt_tokens").asInt()).isEqualTo(40);
    }
}

package org.jrag.generation.openai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jrag.engine.serving.Completion;
import org.jrag.engine.serving.FinishReason;
import org.jrag.generation.guard.GuardrailOptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ChunkFormatTests {

    private final JsonMapper json = JsonMapper.builder().build();
    private final ChunkFormat chat = ChunkFormat.chat("chatcmpl-1", 1700000000L, "stories");
    private final ChunkFormat text = ChunkFormat.text("cmpl-1", 1700000000L, "stories");

    @Test
    void chatChunksAnnounceTheRoleThenCarryContentThenTheFinishReason() {
        JsonNode opening = tree(chat.opening(2).get(1));
        JsonNode content = tree(chat.text(new ChoiceEvent.Text(0, "Once", List.of())));
        JsonNode finished = tree(chat.finished(1, "length"));

        assertThat(opening.path("object").asString()).isEqualTo("chat.completion.chunk");
        assertThat(opening.path("id").asString()).isEqualTo("chatcmpl-1");
        assertThat(opening.path("model").asString()).isEqualTo("stories");
        assertThat(opening.path("created").asLong()).isEqualTo(1700000000L);
        assertThat(opening.has("usage")).isFalse();
        assertThat(opening.at("/choices/0/index").asInt()).isEqualTo(1);
        assertThat(opening.at("/choices/0/delta/role").asString()).isEqualTo("assistant");
        assertThat(content.at("/choices/0/delta/content").asString()).isEqualTo("Once");
        assertThat(content.at("/choices/0/delta").has("role")).isFalse();
        assertThat(content.at("/choices/0/finish_reason").isNull()).isTrue();
        assertThat(finished.at("/choices/0/delta").isEmpty()).isTrue();
        assertThat(finished.at("/choices/0/finish_reason").asString()).isEqualTo("length");
    }

    @Test
    void theUsageChunkHasNoChoices() {
        JsonNode usage = tree(chat.usage(Usage.of(7, 5, 3)));

        assertThat(usage.path("choices")).isEmpty();
        assertThat(usage.at("/usage/prompt_tokens").asInt()).isEqualTo(7);
        assertThat(usage.at("/usage/completion_tokens").asInt()).isEqualTo(5);
        assertThat(usage.at("/usage/total_tokens").asInt()).isEqualTo(12);
        assertThat(usage.at("/usage/prompt_tokens_details/cached_tokens").asInt())
                .isEqualTo(3);
    }

    @Test
    void chatLogprobsFollowOpenAisShape() {
        TokenLogprob token = new TokenLogprob(
                " a", -0.5, List.of(32, 97), 4, List.of(new TokenLogprob.Alternative(" a", -0.5, List.of(32, 97))));

        JsonNode chunk = tree(chat.text(new ChoiceEvent.Text(0, " a", List.of(token))));

        JsonNode entry = chunk.at("/choices/0/logprobs/content/0");
        assertThat(entry.path("token").asString()).isEqualTo(" a");
        assertThat(entry.path("logprob").asDouble()).isEqualTo(-0.5);
        assertThat(entry.path("bytes").get(1).asInt()).isEqualTo(97);
        assertThat(entry.at("/top_logprobs/0/token").asString()).isEqualTo(" a");
    }

    @Test
    void textChunksCarryTextAndLegacyLogprobs() {
        TokenLogprob token = new TokenLogprob(
                " a", -0.5, List.of(32, 97), 4, List.of(new TokenLogprob.Alternative(" b", -1.0, List.of(32, 98))));

        JsonNode chunk = tree(text.text(new ChoiceEvent.Text(3, " a", List.of(token))));
        JsonNode finished = tree(text.finished(3, "stop"));

        assertThat(chunk.path("object").asString()).isEqualTo("text_completion");
        assertThat(chunk.at("/choices/0/text").asString()).isEqualTo(" a");
        assertThat(chunk.at("/choices/0/index").asInt()).isEqualTo(3);
        assertThat(chunk.at("/choices/0/logprobs/tokens/0").asString()).isEqualTo(" a");
        assertThat(chunk.at("/choices/0/logprobs/token_logprobs/0").asDouble()).isEqualTo(-0.5);
        assertThat(chunk.at("/choices/0/logprobs/top_logprobs/0/ b").asDouble()).isEqualTo(-1.0);
        assertThat(chunk.at("/choices/0/logprobs/text_offset/0").asInt()).isEqualTo(4);
        assertThat(finished.at("/choices/0/finish_reason").asString()).isEqualTo("stop");
    }

    @Test
    void mapsEngineFinishReasonsToOpenAis() {
        assertThat(CollectedChoices.finishReason(completion(FinishReason.STOP), false))
                .isEqualTo("stop");
        assertThat(CollectedChoices.finishReason(completion(FinishReason.LENGTH), false))
                .isEqualTo("length");
        assertThat(CollectedChoices.finishReason(completion(FinishReason.CANCELLED), true))
                .isEqualTo("timeout");
        assertThat(CollectedChoices.finishReason(completion(FinishReason.CANCELLED), false))
                .isEqualTo("cancelled");
    }

    @Test
    void countsEachPromptOnceHoweverManyChoicesItHas() {
        var prompts = new GenerationRunner.Prompts(
                null,
                List.of(new int[4], new int[6]),
                java.util.Set.of(),
                GuardrailOptions.defaults(),
                List.of(),
                null,
                null);
        List<Completion> completions = List.of(
                new Completion(FinishReason.STOP, 4, 3, 0, 0, 0, 0, null),
                new Completion(FinishReason.STOP, 4, 5, 4, 0, 0, 0, null),
                new Completion(FinishReason.LENGTH, 6, 2, 2, 0, 0, 0, null),
                new Completion(FinishReason.STOP, 6, 1, 6, 0, 0, 0, null));

        Usage usage = CollectedChoices.usage(prompts, completions);

        assertThat(usage).isEqualTo(Usage.of(10, 11, 2));
    }

    private static Completion completion(FinishReason reason) {
        return new Completion(reason, 1, 1, 0, 0, 0, 0, null);
    }

    private JsonNode tree(Object chunk) {
        return json.readTree(json.writeValueAsString(chunk));
    }
}

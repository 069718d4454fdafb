package org.jrag.retrieval.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.jrag.retrieval.answer.AskRequest;
import org.jrag.retrieval.conversation.ConversationTurn;
import org.jrag.retrieval.search.SearchMode;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class RagChatRequestTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static RagChatRequest.Message message(String role, String content) {
        return new RagChatRequest.Message(role, JSON.getNodeFactory().stringNode(content));
    }

    @Test
    void readsTheLastUserMessageAsTheQuestionAndTheTurnsBeforeItAsTheConversation() {
        var request = new RagChatRequest(
                "rag/handbook",
                List.of(
                        message("system", "Be brief."),
                        message("user", "Tell me about bread."),
                        message("assistant", ""),
                        message("assistant", "Sourdough rises slowly [1]."),
                        message("user", "How hot is the oven?")),
                true,
                null,
                100,
                50,
                0.2,
                new RagChatRequest.Options(
                        null,
                        SearchMode.BM25,
                        8,
                        null,
                        null,
                        null,
                        null,
                        true,
                        null,
                        null,
                        0.3,
                        500,
                        "extractive",
                        true,
                        null));

        AskRequest ask = request.ask();

        assertThat(ask.question()).isEqualTo("How hot is the oven?");
        assertThat(ask.collection()).isEqualTo("handbook");
        // system messages are the instructions, not turns; blank turns are left out
        assertThat(ask.instructions()).isEqualTo("Be brief.");
        assertThat(ask.history())
                .containsExactly(
                        new ConversationTurn("user", "Tell me about bread."),
                        new ConversationTurn("assistant", "Sourdough rises slowly [1]."));
        // max_completion_tokens (the newer name) wins over max_tokens
        assertThat(ask.maxTokens()).isEqualTo(50);
        assertThat(ask.temperature()).isEqualTo(0.2);
        assertThat(ask.streamed()).isTrue();
        // the options of /v1/ask, from the client's extra body
        assertThat(ask.mode()).isEqualTo(SearchMode.BM25);
        assertThat(ask.topK()).isEqualTo(8);
        assertThat(ask.rerank()).isTrue();
        assertThat(ask.contextTokens()).isEqualTo(500);
        assertThat(ask.search().diversity()).isEqualTo(0.3);
        assertThat(ask.answerMode()).isEqualTo("extractive");
        assertThat(request.sourcesInContent()).isTrue();
    }

    @Test
    void keepsTheLatestTurnsOfALongConversation() {
        var messages = new ArrayList<RagChatRequest.Message>();
        for (int i = 0; i < 60; i++) {
            messages.add(message(i % 2 == 0 ? "user" : "assistant", "turn " + i));
        }
        messages.add(message("user", "And now?"));

        AskRequest ask = new RagChatRequest("rag", messages, null, null, null, null, null, null).ask();

        assertThat(ask.collection()).isNull();
        assertThat(ask.history()).hasSize(RagChatRequest.MAX_HISTORY);
        assertThat(ask.history().getFirst().content()).isEqualTo("turn 10");
        assertThat(ask.history().getLast().content()).isEqualTo("turn 59");
    }

    @Test
    void takesTheInstructionsFromTheExtraBodyOverTheSystemMessagesAndRefusesLongOnes() {
        var messages = List.of(
                message("system", "Answer in German."),
                message("developer", "Be brief."),
                message("user", "Wie heiss ist der Ofen?"));
        assertThat(new RagChatRequest("rag", messages, null, null, null, null, null, null)
                        .ask()
                        .instructions())
                .isEqualTo("Answer in German.\n\nBe brief.");
        var options = new RagChatRequest.Options(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "Answer in French.");
        assertThat(new RagChatRequest("rag", messages, null, null, null, null, null, options)
                        .ask()
                        .instructions())
                .isEqualTo("Answer in French.");
        assertThat(new RagChatRequest("rag", List.of(message("user", "Why?")), null, null, null, null, null, null)
                        .ask()
                        .instructions())
                .isNull();

        var longSystem = List.of(message("system", "x".repeat(4001)), message("user", "Why?"));
        assertThatThrownBy(() -> new RagChatRequest("rag", longSystem, null, null, null, null, null, null).ask())
                .hasMessage("the system messages must be at most 4000 characters (they are the answer's instructions),"
                        + " got: 4001");
    }

    @Test
    void namesTheModelsItServes() {
        assertThat(RagModels.collection(null)).isNull();
        assertThat(RagModels.collection("rag")).isNull();
        assertThat(RagModels.collection("rag/docs")).isEqualTo("docs");
        assertThatThrownBy(() -> RagModels.collection("rag/")).isInstanceOf(UnknownRagModelException.class);
        assertThatThrownBy(() -> RagModels.collection("gpt-4o"))
                .hasMessageStartingWith("model 'gpt-4o' is not served here");
    }
}

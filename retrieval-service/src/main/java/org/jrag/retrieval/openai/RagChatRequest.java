package org.jrag.retrieval.openai;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jrag.retrieval.answer.AskRequest;
import org.jrag.retrieval.conversation.ConversationTurn;
import org.jrag.retrieval.search.InvalidQueryException;
import org.jrag.retrieval.search.SearchFilters;
import org.jrag.retrieval.search.SearchMode;
import tools.jackson.databind.JsonNode;

/**
 * Body of {@code POST /v1/rag/chat/completions}: OpenAI's chat request, as far as a RAG answer reads it. The last
 * message is the question, the user and assistant messages before it the conversation; system (and developer) messages
 * are the answer's instructions unless {@code rag.instructions} gives them, added to the answer's own grounded
 * instruction, which they cannot replace. Other OpenAI parameters are accepted and not used.
 *
 * @param model {@value RagModels#ALL} (every collection) or {@code rag/<collection>}; null means {@value RagModels#ALL}
 * @param rag the search and answer options of {@code /v1/ask} (an OpenAI client's extra body); null takes the defaults
 */
public record RagChatRequest(
        String model,
        List<Message> messages,
        Boolean stream,
        @JsonProperty("stream_options") StreamOptions streamOptions,
        @JsonProperty("max_tokens") Integer maxTokens,
        @JsonProperty("max_completion_tokens") Integer maxCompletionTokens,
        Double temperature,
        Options rag) {

    /** The most recent turns kept as the conversation; older ones are left out. */
    static final int MAX_HISTORY = 50;

    /** A chat message; {@code content} a string or an array of text parts. */
    public record Message(String role, JsonNode content) {}

    public record StreamOptions(
            @JsonProperty("include_usage") Boolean includeUsage) {}

    /**
     * What {@code /v1/ask} takes besides the question and the conversation, under the same names ({@code collections}
     * only with the model {@value RagModels#ALL}: the collections it answers from), and
     * {@code sourcesInContent}: true appends the cited sources to the message's text (for chat UIs that show only
     * the text).
     */
    public record Options(
            List<String> collections,
            SearchMode mode,
            Integer topK,
            SearchFilters filters,
            Map<String, Double> weights,
            Boolean hyde,
            Double hydeWeight,
            Boolean rerank,
            Integer rerankBudgetMs,
            Integer efSearch,
            Double diversity,
            Integer contextTokens,
            String answerMode,
            Boolean sourcesInContent,
            String instructions) {

        static final Options DEFAULTS =
                new Options(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    boolean streamed() {
        return Boolean.TRUE.equals(stream);
    }

    /** Whether the cited sources are to follow the answer in the message's text. */
    boolean sourcesInContent() {
        return rag != null && Boolean.TRUE.equals(rag.sourcesInContent());
    }

    boolean includeUsage() {
        return streamOptions != null && Boolean.TRUE.equals(streamOptions.includeUsage());
    }

    /**
     * The ask this chat request means.
     *
     * @throws InvalidQueryException when the messages are not a conversation ending with a user's question
     * @throws UnknownRagModelException when the model names no collection
     */
    AskRequest ask() {
        if (messages == null || messages.isEmpty()) {
            throw new InvalidQueryException("messages must hold at least the user's question");
        }
        var turns = new ArrayList<ConversationTurn>();
        var system = new ArrayList<String>();
        for (int i = 0; i < messages.size(); i++) {
            Message message = messages.get(i);
            String role = message.role();
            if ("system".equals(role) || "developer".equals(role)) {
                String text = text(message, i).strip();
                if (!text.isEmpty()) {
                    system.add(text);
                }
                continue;
            }
            if (!ConversationTurn.USER.equals(role) && !"assistant".equals(role)) {
                throw new InvalidQueryException("messages[" + i + "]: role must be system, developer, user or"
                        + " assistant (tools are not supported), got: " + role);
            }
            String text = text(message, i);
            if (!text.isBlank() || i == messages.size() - 1) {
                turns.add(new ConversationTurn(role, text));
            }
        }
        if (turns.isEmpty() || !ConversationTurn.USER.equals(turns.getLast().role())) {
            throw new InvalidQueryException("the last message must be the user's question");
        }
        List<ConversationTurn> history = turns.subList(Math.max(0, turns.size() - 1 - MAX_HISTORY), turns.size() - 1);
        Options options = rag == null ? Options.DEFAULTS : rag;
        String instructions = options.instructions() != null ? options.instructions() : String.join("\n\n", system);
        if (instructions.length() > AskRequest.MAX_INSTRUCTIONS_LENGTH) {
            throw new InvalidQueryException(
                    (options.instructions() != null ? "rag.instructions" : "the system messages")
                            + " must be at most " + AskRequest.MAX_INSTRUCTIONS_LENGTH
                            + " characters (they are the answer's instructions), got: " + instructions.length());
        }
        String collection = RagModels.collection(model);
        if (collection != null && options.collections() != null) {
            throw new InvalidQueryException("rag.collections narrows model '" + RagModels.ALL + "'; model '" + model
                    + "' already names its collection");
        }
        try {
            return new AskRequest(
                    turns.getLast().content(),
                    collection,
                    options.collections(),
                    options.mode(),
                    options.topK(),
                    options.filters(),
                    options.weights(),
                    options.hyde(),
                    options.hydeWeight(),
                    options.rerank(),
                    options.rerankBudgetMs(),
                    options.efSearch(),
                    options.diversity(),
                    options.contextTokens(),
                    options.answerMode(),
                    maxCompletionTokens != null ? maxCompletionTokens : maxTokens,
                    temperature,
                    List.copyOf(history),
                    streamed(),
                    instructions);
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException("rag." + e.getMessage()); // the collections in the extra body
        }
    }

    /** A message's text: the string, or its text parts joined. */
    private static String text(Message message, int index) {
        JsonNode content = message.content();
        if (content != null && content.isString()) {
            return content.asString();
        }
        if (content != null && content.isArray()) {
            var text = new StringBuilder();
            for (JsonNode part : content) {
                if (!"text".equals(part.path("type").asString())) {
                    throw new InvalidQueryException("messages[" + index + "]: only text content is supported, got a "
                            + part.path("type").asString() + " part");
                }
                text.append(part.path("text").asString());
            }
            return text.toString();
        }
        throw new InvalidQueryException("messages[" + index + "]: content must be a string or text parts");
    }
}

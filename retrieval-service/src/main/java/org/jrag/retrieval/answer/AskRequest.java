package org.jrag.retrieval.answer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.jrag.retrieval.conversation.ConversationTurn;
import org.jrag.retrieval.search.SearchFilters;
import org.jrag.retrieval.search.SearchMode;
import org.jrag.retrieval.search.SearchRequest;

/**
 * Body of {@code POST /v1/ask}. {@code collection} or {@code collections} name what to search, as for
 * {@code POST /v1/search} (neither: every collection); {@code topK} (chunks retrieved)
 * defaults to 5; {@code contextTokens} caps the assembled context (null: the configured default). The search options
 * ({@code mode}, {@code filters}, {@code weights}, {@code hyde}, {@code hydeWeight}, {@code rerank},
 * {@code rerankBudgetMs}, {@code efSearch}) mean what they mean for {@code POST /v1/search} and reach the search
 * unchanged; null options take the service's defaults (mode hybrid). The answer options reach generation-service's
 * {@code /v1/answers}: {@code answerMode} ({@code extractive | generative | auto}, its {@code mode}; null: auto),
 * {@code maxTokens} and {@code temperature} (generative answers; null: generation-service's defaults). {@code history}
 * holds the earlier turns of the conversation (oldest first, at most 50): the question is then searched as a standalone
 * question and answered with the conversation in the prompt. {@code stream}
 * true answers with server-sent events: the answer's text as it is generated ({@code delta}), then the whole answer
 * ({@code answer}, the body returned without it) or a problem ({@code error}). {@code instructions} say what a
 * generative answer should be like ("Answer in German."), added to the grounded prompt's own instruction after the
 * instructions of the collections the passages come from (at most {@value #MAX_INSTRUCTIONS_LENGTH} characters).
 */
public record AskRequest(
        @NotBlank(message = "question must not be blank") String question,
        String collection,
        List<String> collections,
        SearchMode mode,

        @Min(value = 1, message = "topK must be between 1 and 100")
        @Max(value = 100, message = "topK must be between 1 and 100")
        Integer topK,

        SearchFilters filters,
        Map<String, Double> weights,
        Boolean hyde,

        @DecimalMin(value = "0.0", message = "hydeWeight must be between 0 and 1")
        @DecimalMax(value = "1.0", message = "hydeWeight must be between 0 and 1")
        Double hydeWeight,

        Boolean rerank,

        @Min(value = 1, message = "rerankBudgetMs must be between 1 and 60000")
        @Max(value = 60000, message = "rerankBudgetMs must be between 1 and 60000")
        Integer rerankBudgetMs,

        @Min(value = 1, message = "efSearch must be between 1 and 1000")
        @Max(value = 1000, message = "efSearch must be between 1 and 1000")
        Integer efSearch,

        @DecimalMin(value = "0.0", message = "diversity must be between 0 and 1")
        @DecimalMax(value = "1.0", message = "diversity must be between 0 and 1")
        Double diversity,

        @Min(value = 16, message = "contextTokens must be between 16 and 32768")
        @Max(value = 32768, message = "contextTokens must be between 16 and 32768")
        Integer contextTokens,

        @Pattern(
                regexp = "extractive|generative|auto",
                message = "answerMode must be one of extractive, generative, auto")
        String answerMode,

        @Min(value = 1, message = "maxTokens must be between 1 and 4096")
        @Max(value = 4096, message = "maxTokens must be between 1 and 4096")
        Integer maxTokens,

        @DecimalMin(value = "0.0", message = "temperature must be between 0 and 2")
        @DecimalMax(value = "2.0", message = "temperature must be between 0 and 2")
        Double temperature,

        @Size(max = 50, message = "history must hold at most 50 turns")
        List<@Valid ConversationTurn> history,

        Boolean stream,

        @Size(max = MAX_INSTRUCTIONS_LENGTH, message = "instructions must be at most 4000 characters")
        String instructions) {

    public static final int DEFAULT_TOP_K = 5;
    public static final int MAX_INSTRUCTIONS_LENGTH = 4000;

    /** A plain question: hybrid search with the service's defaults. */
    public AskRequest(String question, String collection, Integer topK) {
        this(
                question,
                collection,
                null,
                null,
                topK,
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
                null);
    }

    public AskRequest {
        collections = SearchRequest.checkedCollections(collection, collections);
        topK = topK == null ? DEFAULT_TOP_K : topK;
        history = history == null ? List.of() : List.copyOf(history);
        instructions = instructions == null || instructions.isBlank() ? null : instructions.strip();
    }

    /**
     * What generation-service is asked: the question, the passages and this request's answer options, its instructions
     * after {@code collectionInstructions} (those of the passages' collections; null: none).
     */
    public AnswerRequest answer(List<Passage> passages, String collectionInstructions) {
        return new AnswerRequest(
                question,
                passages,
                answerMode,
                maxTokens,
                temperature,
                history.isEmpty() ? null : history,
                null,
                instructionsAfter(collectionInstructions));
    }

    /** The instructions the answer is given: {@code collectionInstructions} (or none), then this request's. */
    public String instructionsAfter(String collectionInstructions) {
        return collectionInstructions == null
                ? instructions
                : instructions == null ? collectionInstructions : collectionInstructions + "\n\n" + instructions;
    }

    /** Whether the caller asked for the answer as server-sent events. */
    public boolean streamed() {
        return Boolean.TRUE.equals(stream);
    }

    /** The search that retrieves the passages: this request's question and search options. */
    public SearchRequest search() {
        return search(question);
    }

    /** The search for {@code query} (a follow-up's standalone question) with this request's search options. */
    public SearchRequest search(String query) {
        return new SearchRequest(
                query,
                collection,
                collections,
                mode,
                topK,
                filters,
                weights,
                hyde,
                hydeWeight,
                rerank,
                rerankBudgetMs,
                efSearch,
                false,
                false,
                diversity);
    }
}

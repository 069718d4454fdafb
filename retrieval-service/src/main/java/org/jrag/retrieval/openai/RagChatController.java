package org.jrag.retrieval.openai;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jrag.retrieval.answer.AnswerService;
import org.jrag.retrieval.answer.AskEventRelay;
import org.jrag.retrieval.answer.AskRequest;
import org.jrag.retrieval.collection.Visibility;
import org.jrag.retrieval.search.InvalidQueryException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * RAG as an OpenAI-compatible chat model: point an OpenAI client (a chat UI, Spring AI, LangChain4j) at
 * {@code /v1/rag} and it asks {@code /v1/ask} with each chat, the conversation included, blocking or streaming.
 */
@RestController
class RagChatController {

    private final AnswerService answers;
    private final RagModels models;
    private final Validator validator;
    private final JsonMapper json;

    RagChatController(AnswerService answers, RagModels models, Validator validator, JsonMapper json) {
        this.answers = answers;
        this.models = models;
        this.validator = validator;
        this.json = json;
    }

    @GetMapping("/v1/rag/models")
    Map<String, Object> models(Visibility visible) {
        return models.list(visible);
    }

    @PostMapping(path = "/v1/rag/chat/completions", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> chat(@RequestBody RagChatRequest request, Visibility visible) {
        AskRequest ask = request.ask();
        var violations = validator.validate(ask);
        if (!violations.isEmpty()) {
            throw new InvalidQueryException(violations.stream()
                    .map(ConstraintViolation::getMessage)
                    .sorted()
                    .collect(Collectors.joining("; ")));
        }
        String model = request.model() == null || request.model().isBlank() ? RagModels.ALL : request.model();
        var completions = new ChatCompletions(
                "chatcmpl-" + UUID.randomUUID(),
                Instant.now().getEpochSecond(),
                model,
                request.sourcesInContent(),
                json);
        if (!request.streamed()) {
            return ResponseEntity.ok(completions.whole(answers.ask(ask, visible)));
        }
        return ResponseEntity.ok()
                .contentType(MediaType.TEXT_EVENT_STREAM)
                .cacheControl(CacheControl.noCache())
                .header("X-Accel-Buffering", "no")
                .body(AskEventRelay.start(
                        answers.askStreamed(ask, visible), completions.stream(request.includeUsage()), json));
    }
}

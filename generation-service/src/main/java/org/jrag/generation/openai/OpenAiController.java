package org.jrag.generation.openai;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * OpenAI's chat and text completions over the inference engine: a JSON answer, or with {@code stream: true}
 * server-sent events. Errors (bad parameters, unknown model, no model, context overflow, full queue) are
 * problem details, mapped in {@code ProblemDetailsAdvice}.
 */
@RestController
class OpenAiController {

    private final GenerationRunner runner;
    private final GenerationMetrics metrics;
    private final JsonMapper json;

    OpenAiController(GenerationRunner runner, GenerationMetrics metrics, JsonMapper json) {
        this.runner = runner;
        this.metrics = metrics;
        this.json = json;
    }

    @PostMapping(path = "/v1/chat/completions", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> chatCompletions(@RequestBody ChatCompletionRequest request) throws InterruptedException {
        // 1. check, render and tokenize
        GenerationParameters parameters = request.parameters();
        GenerationRunner.Prompts prompts = runner.chat(request);
        // 2. submit every choice
        GenerationRun run = runner.start(prompts, parameters);
        String id = "chatcmpl-" + UUID.randomUUID();
        long created = Instant.now().getEpochSecond();
        String model = prompts.model().id();
        // 3. stream, or wait and answer at once
        if (parameters.stream()) {
            return stream(EventStreamWriter.start(
                    run, prompts, ChunkFormat.chat(id, created, model), parameters.includeUsage(), json, metrics));
        }
        CollectedChoices collected = CollectedChoices.collect(run, prompts, metrics);
        List<ChatCompletion.Choice> choices = new ArrayList<>();
        for (int i = 0; i < run.choices(); i++) {
            choices.add(new ChatCompletion.Choice(
                    i,
                    ChatCompletion.Message.assistant(collected.texts().get(i)),
                    parameters.logprobs()
                            ? ChatCompletion.Logprobs.of(collected.logprobs().get(i))
                            : null,
                    collected.finishReasons().get(i)));
        }
        return ResponseEntity.ok(ChatCompletion.of(id, created, model, choices, collected.usage()));
    }

    @PostMapping(path = "/v1/completions", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> completions(@RequestBody CompletionRequest request) throws InterruptedException {
        // 1. check and tokenize
        GenerationParameters parameters = request.parameters();
        GenerationRunner.Prompts prompts = runner.text(request);
        // 2. submit every choice
        GenerationRun run = runner.start(prompts, parameters);
        String id = "cmpl-" + UUID.randomUUID();
        long created = Instant.now().getEpochSecond();
        String model = prompts.model().id();
        // 3. stream, or wait and answer at once
        if (parameters.stream()) {
            return stream(EventStreamWriter.start(
                    run, prompts, ChunkFormat.text(id, created, model), parameters.includeUsage(), json, metrics));
        }
        CollectedChoices collected = CollectedChoices.collect(run, prompts, metrics);
        List<TextCompletion.Choice> choices = new ArrayList<>();
        for (int i = 0; i < run.choices(); i++) {
            choices.add(new TextCompletion.Choice(
                    collected.texts().get(i),
                    i,
                    parameters.logprobs()
                            ? TextCompletion.Logprobs.of(collected.logprobs().get(i))
                            : null,
                    collected.finishReasons().get(i)));
        }
        return ResponseEntity.ok(TextCompletion.of(id, created, model, choices, collected.usage()));
    }

    private static ResponseEntity<?> stream(Object emitter) {
        return ResponseEntity.ok()
                .contentType(MediaType.TEXT_EVENT_STREAM)
                .cacheControl(CacheControl.noCache())
                .header("X-Accel-Buffering", "no")
                .body(emitter);
    }
}

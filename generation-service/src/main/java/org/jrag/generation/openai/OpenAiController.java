package org.jrag.generation.openai;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jrag.generation.guard.Guardrails;
import org.jrag.generation.openai.tools.ToolReply;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * OpenAI's chat and text completions over the inference engine: a JSON answer, or with {@code stream: true}
 * server-sent events. The guardrails check the user's input before and the output after generation; what they
 * find comes back in a {@code guardrails} field. Errors (bad parameters, unknown model, no model, context overflow,
 * full queue, a guardrail block) are problem details, mapped in {@code ProblemDetailsAdvice}.
 */
@RestController
class OpenAiController {

    private final GenerationRunner runner;
    private final GenerationMetrics metrics;
    private final Guardrails guardrails;
    private final JsonMapper json;

    OpenAiController(GenerationRunner runner, GenerationMetrics metrics, Guardrails guardrails, JsonMapper json) {
        this.runner = runner;
        this.metrics = metrics;
        this.guardrails = guardrails;
        this.json = json;
    }

    @PostMapping(path = "/v1/chat/completions", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> chatCompletions(@RequestBody ChatCompletionRequest request) throws InterruptedException {
        // 1. check, guard, render and tokenize
        GenerationParameters parameters = request.parameters();
        GenerationRunner.Prompts prompts = runner.chat(request, parameters);
        // 2. submit every choice
        GenerationRun run = runner.start(prompts, parameters);
        String id = "chatcmpl-" + UUID.randomUUID();
        long created = Instant.now().getEpochSecond();
        String model = prompts.model().id();
        // 3. stream, or wait and answer at once
        if (parameters.stream()) {
            return stream(run, prompts, ChunkFormat.chat(id, created, model), parameters);
        }
        // 4. the output rails on each whole choice
        CollectedChoices collected = CollectedChoices.collect(run, prompts, metrics);
        OutputGuard.Checked checked =
                OutputGuard.checkAll(collected.texts(), collected.logprobs(), guardrails, prompts);
        // 5. each reply read for function calls when the model may call
        List<ChatCompletion.Choice> choices = new ArrayList<>();
        for (int i = 0; i < run.choices(); i++) {
            String text = checked.texts().get(i);
            ToolReply reply = prompts.toolUse() == null
                    ? new ToolReply(text, List.of())
                    : prompts.toolUse().reply(text);
            String finishReason = collected.finishReasons().get(i);
            if (prompts.toolUse() != null) {
                metrics.toolCalls(prompts.toolUse().choice(), reply.calls().size());
            }
            choices.add(new ChatCompletion.Choice(
                    i,
                    ChatCompletion.Message.assistant(reply.content(), reply.calls()),
                    parameters.logprobs()
                            ? ChatCompletion.Logprobs.of(checked.logprobs().get(i))
                            : null,
                    reply.calls().isEmpty() ? finishReason : toolCallsReason(finishReason)));
        }
        return ResponseEntity.ok(ChatCompletion.of(id, created, model, choices, collected.usage(), checked.report()));
    }

    @PostMapping(path = "/v1/completions", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> completions(@RequestBody CompletionRequest request) throws InterruptedException {
        // 1. check, guard and tokenize
        GenerationParameters parameters = request.parameters();
        GenerationRunner.Prompts prompts = runner.text(request, parameters);
        // 2. submit every choice
        GenerationRun run = runner.start(prompts, parameters);
        String id = "cmpl-" + UUID.randomUUID();
        long created = Instant.now().getEpochSecond();
        String model = prompts.model().id();
        // 3. stream, or wait and answer at once
        if (parameters.stream()) {
            return stream(run, prompts, ChunkFormat.text(id, created, model), parameters);
        }
        // 4. best_of: the n candidates of each prompt with the highest log-probability per token, then the output
        // rails on each whole choice
        CollectedChoices collected = CollectedChoices.collect(run, prompts, metrics);
        List<Integer> kept = collected.best(parameters.candidates(), parameters.n());
        OutputGuard.Checked checked = OutputGuard.checkAll(
                kept.stream().map(collected.texts()::get).toList(),
                kept.stream().map(collected.logprobs()::get).toList(),
                guardrails,
                prompts);
        // 5. echo: each choice's prompt, as the model read it, before its text (and its tokens' logprobs before the
        // completion's)
        List<PromptText> echoed = parameters.echo()
                ? prompts.prompts().stream()
                        .map(ids -> PromptText.of(ids, prompts.model().tokenizer()))
                        .toList()
                : List.of();
        List<TextCompletion.Choice> choices = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            int candidate = kept.get(i);
            String text = checked.texts().get(i);
            TextCompletion.Logprobs logprobs = parameters.logprobs()
                    ? TextCompletion.Logprobs.of(checked.logprobs().get(i))
                    : null;
            if (parameters.echo()) {
                PromptText prompt = echoed.get(candidate / parameters.candidates());
                text = prompt.text() + text;
                logprobs = parameters.logprobs()
                        ? TextCompletion.Logprobs.echoed(
                                prompt,
                                collected.promptLogprobs().get(candidate),
                                checked.logprobs().get(i))
                        : null;
            }
            choices.add(new TextCompletion.Choice(
                    text, i, logprobs, collected.finishReasons().get(candidate)));
        }
        return ResponseEntity.ok(
                TextCompletion.guarded(id, created, model, choices, collected.usage(), checked.report()));
    }

    /** A reply that called functions ends with {@code tool_calls} where it would have said {@code stop}. */
    static String toolCallsReason(String finishReason) {
        return finishReason.equals("stop") ? "tool_calls" : finishReason;
    }

    /** The run as server-sent events in {@code format}. */
    private ResponseEntity<?> stream(
            GenerationRun run, GenerationRunner.Prompts prompts, ChunkFormat format, GenerationParameters parameters) {
        Object emitter =
                EventStreamWriter.start(run, prompts, format, parameters.includeUsage(), guardrails, json, metrics);
        return ResponseEntity.ok()
                .contentType(MediaType.TEXT_EVENT_STREAM)
                .cacheControl(CacheControl.noCache())
                .header("X-Accel-Buffering", "no")
                .body(emitter);
    }
}

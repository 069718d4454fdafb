package org.jrag.generation.generative;

import org.jrag.generation.ProblemDetailsAdvice;
import org.jrag.generation.extractive.Answer;
import org.jrag.generation.extractive.AnswerRequest;
import org.jrag.generation.guard.Guardrails;
import org.jrag.generation.openai.OpenAiProperties;
import org.jrag.generation.openai.PromptCompleter;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

@RestController
class AnswersController {

    private final AnswerRouter answers;
    private final GenerativeAnswerService generative;
    private final Guardrails guardrails;
    private final OpenAiProperties openAi;
    private final JsonMapper json;
    private final ProblemDetailsAdvice problems;

    AnswersController(
            AnswerRouter answers,
            GenerativeAnswerService generative,
            Guardrails guardrails,
            OpenAiProperties openAi,
            JsonMapper json,
            ProblemDetailsAdvice problems) {
        this.answers = answers;
        this.generative = generative;
        this.guardrails = guardrails;
        this.openAi = openAi;
        this.json = json;
        this.problems = problems;
    }

    /**
     * Answers the question from the passages behind the guardrails, in the mode the request asks for
     * ({@code mode: extractive | generative | auto}, default auto): quoted sentences, or text the served model wrote
     * and cited as {@code [n]}; the response's {@code mode} labels which. The guardrails' findings, with the grounding
     * of each sentence, come back in the {@code guardrails} field, a block as a 422 problem detail. With
     * {@code stream: true} the answer comes as server-sent events (see {@link AnswerEventStream}); what fails before
     * the first event (a blocked question, no passages, no model, a prompt over the context, a full queue) is still a
     * problem response.
     */
    @PostMapping("/v1/answers")
    ResponseEntity<?> answer(@RequestBody AnswerRequest request) throws InterruptedException {
        if (!request.streamed()) {
            return ResponseEntity.ok(answers.answer(request));
        }
        Object events = switch (answers.route(request)) {
            case AnswerRouter.Route.Extractive(String reason) -> {
                Answer answer = answers.extractive(request, reason);
                yield AnswerEventStream.whole(answer.answer(), answer, json);
            }
            case AnswerRouter.Route.Generative(var model) -> {
                GenerativeAnswerService.Prepared prepared = generative.prepare(request, model);
                PromptCompleter.Generation generation = generative.start(prepared);
                yield AnswerEventStream.generative(
                        generative, prepared, generation, guardrails, openAi.requestTimeout(), json, problems::problem);
            }
        };
        return ResponseEntity.ok()
                .contentType(MediaType.TEXT_EVENT_STREAM)
                .cacheControl(CacheControl.noCache())
                .header("X-Accel-Buffering", "no")
                .body(events);
    }
}

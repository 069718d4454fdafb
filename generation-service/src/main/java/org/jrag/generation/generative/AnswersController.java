package org.jrag.generation.generative;

import org.jrag.generation.extractive.AnswerRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AnswersController {

    private final AnswerRouter answers;

    AnswersController(AnswerRouter answers) {
        this.answers = answers;
    }

    /**
     * Answers the question from the passages behind the guardrails, in the mode the request asks for
     * ({@code mode: extractive | generative | auto}, default auto): quoted sentences, or text the served model wrote
     * and cited as {@code [n]}; the response's {@code mode} labels which. The guardrails' findings, with the grounding
     * of each sentence, come back in the {@code guardrails} field, a block as a 422 problem detail.
     */
    @PostMapping("/v1/answers")
    Object answer(@RequestBody AnswerRequest request) throws InterruptedException {
        return answers.answer(request);
    }
}

package org.jrag.generation.extractive;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AnswersController {

    private final GuardedAnswerService answers;

    AnswersController(GuardedAnswerService answers) {
        this.answers = answers;
    }

    /**
     * Answers the question by quoting the passages (extractive mode, labelled in the response), behind the
     * guardrails: their findings come back in the {@code guardrails} field, a block as a 422 problem detail.
     */
    @PostMapping("/v1/answers")
    Answer answer(@RequestBody AnswerRequest request) {
        return answers.answer(request);
    }
}

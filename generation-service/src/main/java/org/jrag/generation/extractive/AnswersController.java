package org.jrag.generation.extractive;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AnswersController {

    private final ExtractiveAnswerer answerer;

    AnswersController(ExtractiveAnswerer answerer) {
        this.answerer = answerer;
    }

    /** Answers the question by quoting the passages (extractive mode, labelled in the response). */
    @PostMapping("/v1/answers")
    Answer answer(@RequestBody AnswerRequest request) {
        return answerer.answer(request);
    }
}

package org.jrag.retrieval.answer;

import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /v1/ask}: retrieval-augmented answer with citations. */
@RestController
class AskController {

    private final AnswerService answers;

    AskController(AnswerService answers) {
        this.answers = answers;
    }

    @PostMapping("/v1/ask")
    AskResponse ask(@Valid @RequestBody AskRequest request) {
        return answers.ask(request);
    }
}

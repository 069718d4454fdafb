package org.jrag.retrieval.answer;

import jakarta.validation.Valid;
import org.jrag.retrieval.collection.Visibility;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /v1/ask}: retrieval-augmented answer with citations, whole or as server-sent events. */
@RestController
class AskController {

    private final AnswerService answers;
    private final JsonMapper json;

    AskController(AnswerService answers, JsonMapper json) {
        this.answers = answers;
        this.json = json;
    }

    @PostMapping("/v1/ask")
    ResponseEntity<?> ask(@Valid @RequestBody AskRequest request, Visibility visible) {
        if (!request.streamed()) {
            return ResponseEntity.ok(answers.ask(request, visible));
        }
        return ResponseEntity.ok()
                .contentType(MediaType.TEXT_EVENT_STREAM)
                .cacheControl(CacheControl.noCache())
                .header("X-Accel-Buffering", "no")
                .body(AskEventRelay.start(answers.askStreamed(request, visible), AskEventRelay.askEvents(json), json));
    }
}

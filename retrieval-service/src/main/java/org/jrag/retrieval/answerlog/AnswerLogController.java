package org.jrag.retrieval.answerlog;

import org.jrag.retrieval.collection.Visibility;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The answer log: {@code GET /v1/asks} (newest first, {@code ?rating=up|down|none&collection=&limit=&cursor=}),
 * {@code GET /v1/asks/{id}}, and {@code POST /v1/asks/{id}/feedback} for a user's verdict on an answer.
 */
@RestController
class AnswerLogController {

    private final AnswerLog log;

    AnswerLogController(AnswerLog log) {
        this.log = log;
    }

    @GetMapping("/v1/asks")
    AnswerLogPage list(
            @RequestParam(required = false) String rating,
            @RequestParam(required = false) String collection,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor,
            Visibility visible) {
        return log.list(rating, collection, limit, cursor, visible);
    }

    @GetMapping("/v1/asks/{id}")
    LoggedAnswer get(@PathVariable String id, Visibility visible) {
        return log.find(id, visible);
    }

    @PostMapping("/v1/asks/{id}/feedback")
    LoggedAnswer feedback(@PathVariable String id, @RequestBody FeedbackRequest feedback, Visibility visible) {
        return log.rate(id, feedback, visible);
    }
}

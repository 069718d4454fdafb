package org.jrag.retrieval.answer;

import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/** HTTP interface of generation-service, as far as the ask pipeline uses it. */
@HttpExchange
public interface GenerationClient {

    @PostExchange("/v1/answers")
    GeneratedAnswer answer(@RequestBody AnswerRequest request);
}

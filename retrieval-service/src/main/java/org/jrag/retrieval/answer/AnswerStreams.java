package org.jrag.retrieval.answer;

import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.RestClient;

/** Opens generation-service's answer as server-sent events: {@code POST /v1/answers} with {@code stream: true}. */
public class AnswerStreams {

    private final RestClient http;

    AnswerStreams(RestClient http) {
        this.http = http;
    }

    /**
     * The open response, its body the events; the caller reads and closes it.
     *
     * @throws org.springframework.web.client.RestClientResponseException when generation-service answered with an
     *     error status (a problem before its first event)
     * @throws org.springframework.web.client.ResourceAccessException when generation-service is unreachable
     */
    ClientHttpResponse open(AnswerRequest request) {
        return http.post()
                .uri("/v1/answers")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.TEXT_EVENT_STREAM, MediaType.APPLICATION_PROBLEM_JSON)
                .body(request)
                .exchange(
                        (sent, response) -> {
                            if (!response.getStatusCode().isError()) {
                                return response;
                            }
                            try (response) {
                                throw response.createException();
                            }
                        },
                        false);
    }
}

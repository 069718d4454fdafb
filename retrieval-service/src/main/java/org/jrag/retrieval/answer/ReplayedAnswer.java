package org.jrag.retrieval.answer;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * A kept answer as the event stream generation-service would have sent: its text in one {@code delta}, then the
 * {@code answer}, so that {@link AskEventRelay} hands it on as it hands on a live one.
 */
final class ReplayedAnswer implements ClientHttpResponse {

    private final byte[] events;

    ReplayedAnswer(GeneratedAnswer answer, JsonMapper json) {
        var delta = new LinkedHashMap<String, Object>();
        delta.put("text", answer.answer());
        this.events = ("event: delta\ndata: " + json.writeValueAsString(delta) + "\n\n" + "event: answer\ndata: "
                        + json.writeValueAsString(answer) + "\n\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public HttpStatusCode getStatusCode() {
        return HttpStatus.OK;
    }

    @Override
    public String getStatusText() {
        return "OK";
    }

    @Override
    public HttpHeaders getHeaders() {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.TEXT_EVENT_STREAM);
        return headers;
    }

    @Override
    public InputStream getBody() {
        return new ByteArrayInputStream(events);
    }

    @Override
    public void close() {}
}

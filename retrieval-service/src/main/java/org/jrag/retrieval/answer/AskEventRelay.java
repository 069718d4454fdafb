package org.jrag.retrieval.answer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hands generation-service's answer events on to the client of {@code /v1/ask} from a virtual thread of its own:
 * {@code delta} and {@code error} events and keep-alive comments as they come, the {@code answer} event as this
 * service's answer (generation-service's with what the search reports, the body {@code /v1/ask} answers without
 * {@code stream}). A stream that ends without an answer or an error ends here with a {@code generation-failed}
 * problem event. A client that leaves closes generation-service's stream, which cancels the generation there.
 */
final class AskEventRelay {

    private static final Logger log = LoggerFactory.getLogger(AskEventRelay.class);

    /** How long an answer may stream; generation-service's own request timeout ends it first. */
    private static final Duration STREAM_LIMIT = Duration.ofHours(1);

    private final ClientHttpResponse upstream;
    private final Function<GeneratedAnswer, AskResponse> answers;
    private final JsonMapper json;
    private final String source;
    private final ResponseBodyEmitter emitter = new ResponseBodyEmitter(STREAM_LIMIT.toMillis());
    private volatile boolean clientGone;

    private AskEventRelay(
            ClientHttpResponse upstream,
            Function<GeneratedAnswer, AskResponse> answers,
            JsonMapper json,
            String source) {
        this.upstream = upstream;
        this.answers = answers;
        this.json = json;
        this.source = source;
    }

    /**
     * Starts relaying {@code upstream}'s events; the returned emitter is the response body.
     *
     * @param answers this service's answer from generation-service's
     * @param source generation-service's address, for problems
     */
    static ResponseBodyEmitter start(
            ClientHttpResponse upstream,
            Function<GeneratedAnswer, AskResponse> answers,
            JsonMapper json,
            String source) {
        var relay = new AskEventRelay(upstream, answers, json, source);
        relay.emitter.onCompletion(relay::clientGone);
        relay.emitter.onError(e -> relay.clientGone());
        relay.emitter.onTimeout(relay::clientGone);
        Thread.ofVirtual().name("ask-stream").start(relay::relay);
        return relay.emitter;
    }

    private void relay() {
        // the reader closes before the response: closing the body of a stream not yet ended drops the connection
        // (which generation-service notices and cancels); closing the response first would read it to its end
        try (upstream;
                var lines = new BufferedReader(new InputStreamReader(upstream.getBody(), StandardCharsets.UTF_8))) {
            String name = null;
            String data = null;
            String line;
            while (!clientGone && (line = lines.readLine()) != null) {
                if (line.startsWith(":")) {
                    send(line + "\n\n");
                } else if (line.startsWith("event:")) {
                    name = line.substring("event:".length()).strip();
                } else if (line.startsWith("data:")) {
                    data = line.substring("data:".length()).strip();
                } else if (line.isEmpty() && name != null && data != null) {
                    if (name.equals("answer")) {
                        send(event(
                                "answer",
                                json.writeValueAsString(answers.apply(json.readValue(data, GeneratedAnswer.class)))));
                        finish();
                        return;
                    }
                    send(event(name, data));
                    if (name.equals("error")) {
                        finish();
                        return;
                    }
                    name = null;
                    data = null;
                }
            }
            if (!clientGone) {
                send(event("error", problem(source + " ended its answer stream without an answer")));
                finish();
            }
        } catch (IOException | RuntimeException e) {
            if (!clientGone) {
                log.warn("Relaying the answer stream of {} failed: {}", source, e.toString());
                send(event("error", problem("the answer stream of " + source + " failed: " + e.getMessage())));
                finish();
            }
        }
    }

    private String problem(String detail) {
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", "https://jrag.dev/problems/generation-failed");
        problem.put("title", "Generation failed");
        problem.put("status", 502);
        problem.put("detail", detail);
        return json.writeValueAsString(problem);
    }

    private static String event(String name, String data) {
        return "event: " + name + "\ndata: " + data + "\n\n";
    }

    private void finish() {
        clientGone = true; // nothing more is sent
        emitter.complete();
    }

    private void clientGone() {
        clientGone = true;
    }

    /** A write that fails means the client went away: closing the upstream response then cancels the generation. */
    private void send(String event) {
        if (clientGone) {
            return;
        }
        try {
            emitter.send(event.getBytes(StandardCharsets.UTF_8), MediaType.TEXT_EVENT_STREAM);
        } catch (IOException | IllegalStateException e) {
            log.debug("Client left an answer stream: closing generation-service's ({})", e.toString());
            clientGone = true;
        }
    }
}

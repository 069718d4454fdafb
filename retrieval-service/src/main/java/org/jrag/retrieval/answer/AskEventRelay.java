package org.jrag.retrieval.answer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hands generation-service's answer events on to the client from a virtual thread of its own, in the client's
 * {@link Format}: the text as it comes, then this service's answer (generation-service's with what the search
 * reports), or a problem. A stream that ends without an answer or an error ends here with a {@code generation-failed}
 * problem. A client that leaves closes generation-service's stream, which cancels the generation there.
 */
public final class AskEventRelay {

    private static final Logger log = LoggerFactory.getLogger(AskEventRelay.class);

    /** How long an answer may stream; generation-service's own request timeout ends it first. */
    private static final Duration STREAM_LIMIT = Duration.ofHours(1);

    /** How the client reads the answer: each method returns the text of the events to send (possibly empty). */
    public interface Format {

        /** Sent before anything else. */
        String opening();

        /** A keep-alive while generation-service prepares or thinks. */
        String keepAlive();

        /** New answer text. */
        String delta(String text);

        /** The whole answer, the stream's last event(s). */
        String answer(AskResponse answer);

        /** A problem (RFC 9457 members, extensions included), the stream's last event(s). */
        String error(JsonNode problem);
    }

    private final AnswerService.OpenStream upstream;
    private final Format format;
    private final JsonMapper json;
    private final ResponseBodyEmitter emitter = new ResponseBodyEmitter(STREAM_LIMIT.toMillis());
    private volatile boolean clientGone;

    private AskEventRelay(AnswerService.OpenStream upstream, Format format, JsonMapper json) {
        this.upstream = upstream;
        this.format = format;
        this.json = json;
    }

    /** Starts relaying {@code upstream}'s events in {@code format}; the returned emitter is the response body. */
    public static ResponseBodyEmitter start(AnswerService.OpenStream upstream, Format format, JsonMapper json) {
        var relay = new AskEventRelay(upstream, format, json);
        relay.emitter.onCompletion(relay::clientGone);
        relay.emitter.onError(e -> relay.clientGone());
        relay.emitter.onTimeout(relay::clientGone);
        Thread.ofVirtual().name("ask-stream").start(relay::relay);
        return relay.emitter;
    }

    private void relay() {
        String source = upstream.source();
        // the reader closes before the response: closing the body of a stream not yet ended drops the connection
        // (which generation-service notices and cancels); closing the response first would read it to its end
        try (var response = upstream.response();
                var lines = new BufferedReader(new InputStreamReader(response.getBody(), StandardCharsets.UTF_8))) {
            send(format.opening());
            String name = null;
            String data = null;
            String line;
            while (!clientGone && (line = lines.readLine()) != null) {
                if (line.startsWith(":")) {
                    send(format.keepAlive());
                } else if (line.startsWith("event:")) {
                    name = line.substring("event:".length()).strip();
                } else if (line.startsWith("data:")) {
                    data = line.substring("data:".length()).strip();
                } else if (line.isEmpty() && name != null && data != null) {
                    switch (name) {
                        case "delta" ->
                            send(format.delta(json.readTree(data).path("text").asString()));
                        case "answer" -> {
                            send(format.answer(upstream.answers().apply(json.readValue(data, GeneratedAnswer.class))));
                            finish();
                            return;
                        }
                        case "error" -> {
                            send(format.error(json.readTree(data)));
                            finish();
                            return;
                        }
                        default -> log.debug("Ignoring an unknown answer event '{}' from {}", name, source);
                    }
                    name = null;
                    data = null;
                }
            }
            if (!clientGone) {
                send(format.error(failed(source + " ended its answer stream without an answer")));
            }
            finish();
        } catch (IOException | RuntimeException e) {
            if (!clientGone) {
                log.warn("Relaying the answer stream of {} failed: {}", source, e.toString());
                send(format.error(failed("the answer stream of " + source + " failed: " + e.getMessage())));
            }
            finish();
        }
    }

    private JsonNode failed(String detail) {
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", "https://jrag.dev/problems/generation-failed");
        problem.put("title", "Generation failed");
        problem.put("status", 502);
        problem.put("detail", detail);
        return json.valueToTree(problem);
    }

    /** The events of {@code /v1/ask}: {@code delta}, {@code answer}, {@code error} and keep-alive comments. */
    public static Format askEvents(JsonMapper json) {
        return new Format() {
            @Override
            public String opening() {
                return "";
            }

            @Override
            public String keepAlive() {
                return ": keep-alive\n\n";
            }

            @Override
            public String delta(String text) {
                var data = new LinkedHashMap<String, Object>();
                data.put("text", text);
                return event("delta", json.writeValueAsString(data));
            }

            @Override
            public String answer(AskResponse answer) {
                return event("answer", json.writeValueAsString(answer));
            }

            @Override
            public String error(JsonNode problem) {
                return event("error", json.writeValueAsString(problem));
            }

            private static String event(String name, String data) {
                return "event: " + name + "\ndata: " + data + "\n\n";
            }
        };
    }

    /** Ends the response (the client's, or what is left of it when the client went away). */
    private void finish() {
        clientGone = true; // nothing more is sent
        try {
            emitter.complete();
        } catch (IllegalStateException alreadyEnded) {
            // the container ended the response when the client went away
        }
    }

    private void clientGone() {
        clientGone = true;
    }

    /** A write that fails means the client went away: closing the upstream response then cancels the generation. */
    private void send(String events) {
        if (clientGone || events.isEmpty()) {
            return;
        }
        try {
            emitter.send(events.getBytes(StandardCharsets.UTF_8), MediaType.TEXT_EVENT_STREAM);
        } catch (IOException | IllegalStateException e) {
            log.debug("Client left an answer stream: closing generation-service's ({})", e.toString());
            clientGone = true;
        }
    }
}

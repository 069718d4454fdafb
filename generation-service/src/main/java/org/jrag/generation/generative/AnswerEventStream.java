package org.jrag.generation.generative;

import io.micrometer.context.ContextSnapshotFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.jrag.generation.guard.Action;
import org.jrag.generation.guard.GuardResult;
import org.jrag.generation.guard.Guardrails;
import org.jrag.generation.guard.Rail;
import org.jrag.generation.openai.OutputGuard;
import org.jrag.generation.openai.PromptCompleter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import tools.jackson.databind.json.JsonMapper;

/**
 * An answer as server-sent events: {@code event: delta} with {@code {"text": ...}} as the answer's text passes the
 * output rails, then {@code event: answer} with the body a request without {@code stream} gets (its {@code answer}
 * is the deltas joined), or {@code event: error} with the problem details the request would have got. A generative
 * answer streams from a virtual thread of its own as the model writes it: its citation markers renumbered as they
 * come ({@link StreamingCitations}) and its text checked a few words at a time ({@link OutputGuard}), so nothing the
 * rails redact is sent first. The grounding rail needs the whole answer: when it may block, the text is held until it
 * has passed. A client that leaves cancels the generation at once; while nothing is sent, a keep-alive comment each
 * second finds out.
 */
final class AnswerEventStream {

    private static final Logger log = LoggerFactory.getLogger(AnswerEventStream.class);
    private static final byte[] KEEP_ALIVE = ": keep-alive\n\n".getBytes(StandardCharsets.UTF_8);
    private static final Duration HEARTBEAT = Duration.ofSeconds(1);

    /** Where the events go: the response, or a test's list. */
    interface Sink {

        /** Sends one event; an exception means the client went away. */
        void send(byte[] event) throws IOException;

        /** Ends the response. */
        void complete();
    }

    private final Sink sink;
    private final JsonMapper json;
    private final Function<RuntimeException, ProblemDetail> problems;
    private final PromptCompleter.Generation generation;
    private volatile boolean clientGone;

    /** The stream of {@code generation}'s answer into {@code sink}. */
    AnswerEventStream(
            PromptCompleter.Generation generation,
            Sink sink,
            JsonMapper json,
            Function<RuntimeException, ProblemDetail> problems) {
        this.generation = generation;
        this.sink = sink;
        this.json = json;
        this.problems = problems;
    }

    /** The events of an answer that is already whole (extractive): its text in one delta, then the answer. */
    static String whole(String text, Object answer, JsonMapper json) {
        return event("delta", Map.of("text", text), json) + event("answer", answer, json);
    }

    /**
     * Streams the answer of {@code generation}, a started completion of {@code prepared}.
     *
     * @param timeout the request timeout the generation runs under
     * @param problems the problem details of an error met after the stream began
     */
    static ResponseBodyEmitter generative(
            GenerativeAnswerService service,
            GenerativeAnswerService.Prepared prepared,
            PromptCompleter.Generation generation,
            Guardrails guardrails,
            Duration timeout,
            JsonMapper json,
            Function<RuntimeException, ProblemDetail> problems) {
        // the generation enforces the request timeout itself; the container's must not fire first
        var emitter = new ResponseBodyEmitter(timeout.toMillis() + 30_000);
        var stream = new AnswerEventStream(
                generation,
                new Sink() {
                    @Override
                    public void send(byte[] event) throws IOException {
                        emitter.send(event, MediaType.TEXT_EVENT_STREAM);
                    }

                    @Override
                    public void complete() {
                        try {
                            emitter.complete();
                        } catch (IllegalStateException alreadyEnded) {
                            // the container ended the response when the client went away
                        }
                    }
                },
                json,
                problems);
        emitter.onCompletion(stream::clientGone);
        emitter.onError(e -> stream.clientGone());
        emitter.onTimeout(stream::clientGone);
        // the request's trace goes along, for the sequence's spans
        Thread.ofVirtual()
                .name("answer-stream")
                .start(ContextSnapshotFactory.builder()
                        .build()
                        .captureAll()
                        .wrap(() -> stream.stream(service, prepared, guardrails)));
        return emitter;
    }

    /** Streams the answer of {@code generation} on this thread, until it ends or the client leaves. */
    void stream(GenerativeAnswerService service, GenerativeAnswerService.Prepared prepared, Guardrails guardrails) {
        try {
            var citations = new StreamingCitations(prepared.passages());
            var guard = new OutputGuard(guardrails, prepared.options(), "");
            boolean holdAll = prepared.options().mode(Rail.GROUNDING) == Action.BLOCK;
            var released = new StringBuilder();
            while (!generation.done() && !clientGone) {
                String piece = generation.next(HEARTBEAT);
                if (piece == null) {
                    if (!generation.done()) {
                        sendRaw(KEEP_ALIVE);
                    }
                    continue;
                }
                String checked = guard.accept(citations.accept(piece));
                if (guard.blocked()) {
                    generation.cancel(); // the rest of the answer is withheld: stop generating it
                }
                released.append(checked);
                if (!holdAll) {
                    sendDelta(checked);
                }
            }
            if (clientGone) {
                generation.cancel();
                generation.await(); // its end, as cancelled, still reaches the metrics
                sink.complete();
                return;
            }
            PromptCompleter.Completed completed = generation.completed();
            String rest = guard.accept(citations.finish()) + guard.finish().text();
            released.append(rest);
            GuardResult output = GuardResult.of(released.toString(), guard.interventions());
            GenerativeAnswer answer = service.finish(prepared, completed, text -> output);
            sendDelta(holdAll ? released.toString() : rest);
            send("answer", answer);
            sink.complete();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            generation.cancel();
            sink.complete();
        } catch (RuntimeException e) {
            generation.cancel();
            ProblemDetail problem = problems.apply(e);
            if (problem.getStatus() >= 500) {
                log.error("Streaming an answer failed", e);
            }
            send("error", body(problem));
            sink.complete();
        }
    }

    private void clientGone() {
        clientGone = true;
        generation.cancel();
    }

    /** The problem's members as RFC 9457 writes them: its extension members beside the standard ones. */
    private static Map<String, Object> body(ProblemDetail problem) {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }

    private void sendDelta(String text) {
        if (!text.isEmpty()) {
            send("delta", Map.of("text", text));
        }
    }

    private void send(String name, Object data) {
        sendRaw(event(name, data, json).getBytes(StandardCharsets.UTF_8));
    }

    /** One event: its name and its data, JSON on one line. */
    private static String event(String name, Object data, JsonMapper json) {
        return "event: " + name + "\ndata: " + json.writeValueAsString(data) + "\n\n";
    }

    /** A write that fails means the client went away: cancel the generation. */
    private void sendRaw(byte[] event) {
        if (clientGone) {
            return;
        }
        try {
            sink.send(event);
        } catch (IOException | IllegalStateException e) {
            log.debug("Client left an answer stream: cancelling its generation ({})", e.toString());
            clientGone();
        }
    }
}

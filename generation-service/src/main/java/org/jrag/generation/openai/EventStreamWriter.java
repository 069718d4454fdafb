package org.jrag.generation.openai;

import io.micrometer.context.ContextSnapshotFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jrag.engine.serving.Completion;
import org.jrag.engine.serving.FinishReason;
import org.jrag.generation.guard.GuardrailBlockedException;
import org.jrag.generation.guard.GuardrailReport;
import org.jrag.generation.guard.Guardrails;
import org.jrag.generation.guard.Intervention;
import org.jrag.generation.openai.tools.ToolReply;
import org.jrag.generation.openai.tools.ToolStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams a run as server-sent events ({@code data: {chunk}} lines, then {@code data: [DONE]}) from a virtual
 * thread of its own, so the engine's scheduler thread never waits for a client. A client that goes away (a
 * failed write, or the container reporting the connection's end) cancels the run at once, which frees its KV
 * blocks at the next engine step; while nothing else is sent (a queued request, a long prefill) a keep-alive
 * comment each second finds out. Where the model may call functions, text that may start a call is held back
 * and, at the choice's end, sent as one chunk of calls ({@link ToolStream}).
 */
final class EventStreamWriter {

    private static final Logger log = LoggerFactory.getLogger(EventStreamWriter.class);
    private static final byte[] DONE = "data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8);

    /** An SSE comment, which clients ignore; writing it is how a client that left is noticed while nothing else is sent. */
    private static final byte[] KEEP_ALIVE = ": keep-alive\n\n".getBytes(StandardCharsets.UTF_8);

    /** How long a stream may stay silent before a keep-alive comment. */
    private static final Duration HEARTBEAT = Duration.ofSeconds(1);

    private final GenerationRun run;
    private final GenerationRunner.Prompts prompts;
    private final ChunkFormat format;
    private final boolean includeUsage;
    private final List<OutputGuard> guards;
    /** Per choice, where the model may call functions; else null. */
    private final List<ToolStream> toolStreams;

    private final JsonMapper json;
    private final GenerationMetrics metrics;
    private final ResponseBodyEmitter emitter;
    private volatile boolean clientGone;

    private EventStreamWriter(
            GenerationRun run,
            GenerationRunner.Prompts prompts,
            ChunkFormat format,
            boolean includeUsage,
            Guardrails guardrails,
            JsonMapper json,
            GenerationMetrics metrics) {
        this.run = run;
        this.prompts = prompts;
        this.format = format;
        this.includeUsage = includeUsage;
        this.guards = new ArrayList<>(run.choices());
        for (int i = 0; i < run.choices(); i++) {
            guards.add(new OutputGuard(guardrails, prompts.guardrails(), OutputGuard.where(i, run.choices())));
        }
        this.toolStreams = new ArrayList<>(run.choices());
        for (int i = 0; i < run.choices(); i++) {
            boolean calls = prompts.toolUse() != null && prompts.toolUse().active();
            toolStreams.add(calls ? new ToolStream(prompts.toolUse()) : null);
        }
        this.json = json;
        this.metrics = metrics;
        // the run enforces the request timeout itself; the container's must not fire first
        this.emitter = new ResponseBodyEmitter(run.timeout().toMillis() + 30_000);
    }

    /** Starts streaming {@code run}; the returned emitter is the response body. */
    static ResponseBodyEmitter start(
            GenerationRun run,
            GenerationRunner.Prompts prompts,
            ChunkFormat format,
            boolean includeUsage,
            Guardrails guardrails,
            JsonMapper json,
            GenerationMetrics metrics) {
        EventStreamWriter writer = new EventStreamWriter(run, prompts, format, includeUsage, guardrails, json, metrics);
        writer.emitter.onCompletion(writer::clientGone);
        writer.emitter.onError(e -> writer.clientGone());
        writer.emitter.onTimeout(writer::clientGone);
        // the request's trace goes along, for the sequences' spans
        Thread.ofVirtual()
                .name("sse-writer")
                .start(ContextSnapshotFactory.builder().build().captureAll().wrap(writer::stream));
        return writer.emitter;
    }

    private void clientGone() {
        if (!run.done()) {
            clientGone = true;
            run.cancel();
        }
    }

    private void stream() {
        try {
            List<Completion> completions = new ArrayList<>();
            for (int i = 0; i < run.choices(); i++) {
                completions.add(null);
            }
            for (Object chunk : format.opening(run.choices())) {
                send(chunk);
            }
            while (!run.done()) {
                ChoiceEvent event = run.next(HEARTBEAT);
                if (event == null) {
                    // nothing new (queued, or a long prefill): a comment line finds out whether the client is still
                    // there
                    sendRaw(KEEP_ALIVE);
                    continue;
                }
                switch (event) {
                    case ChoiceEvent.Text text -> {
                        OutputGuard guard = guards.get(text.index());
                        OutputGuard.Released checked = guard.accept(text.text(), text.logprobs());
                        if (guard.blocked()) {
                            run.cancel(); // the rest of the output is withheld: stop generating it
                        }
                        ToolStream calls = toolStreams.get(text.index());
                        sendText(
                                text.index(),
                                calls == null
                                        ? checked
                                        : new OutputGuard.Released(calls.accept(checked.text()), checked.logprobs()));
                    }
                    case ChoiceEvent.Prompt prompt -> {
                        // only requests that echo their prompt score it, and echo is refused with stream
                    }
                    case ChoiceEvent.Score score -> {
                        // only best_of ranks candidates, and best_of above n is refused with stream
                    }
                    case ChoiceEvent.Finished(int index, Completion completion, boolean stopString) -> {
                        metrics.completed(completion);
                        completions.set(index, completion);
                        OutputGuard.Released rest = guards.get(index).finish();
                        String reason = CollectedChoices.finishReason(completion, run.timedOut());
                        ToolStream calls = toolStreams.get(index);
                        if (calls == null) {
                            sendText(index, rest);
                        } else {
                            ToolReply reply = calls.finish(rest.text());
                            sendText(index, new OutputGuard.Released(reply.content(), rest.logprobs()));
                            if (!reply.calls().isEmpty()) {
                                metrics.toolCalls(
                                        prompts.toolUse().choice(),
                                        reply.calls().size());
                                send(format.toolCalls(index, reply.calls()));
                                reason = OpenAiController.toolCallsReason(reason);
                            }
                        }
                        send(format.finished(index, reason));
                    }
                }
            }
            if (clientGone) {
                return;
            }
            List<Intervention> interventions = new ArrayList<>(prompts.inputInterventions());
            guards.forEach(guard -> interventions.addAll(guard.interventions()));
            if (guards.stream().anyMatch(OutputGuard::blocked)) {
                GuardrailBlockedException blocked = GuardrailBlockedException.output(interventions);
                sendError(Map.of(
                        "message",
                        blocked.getMessage(),
                        "type",
                        "guardrail_blocked",
                        "rail",
                        blocked.rail(),
                        "interventions",
                        interventions));
                return;
            }
            String error = error(completions);
            if (error != null) {
                sendError(Map.of("message", error, "type", run.timedOut() ? "timeout" : "server_error"));
                return;
            }
            GuardrailReport report = OutputGuard.report(interventions);
            if (report != null) {
                send(format.guardrails(report));
            }
            if (includeUsage) {
                send(format.usage(CollectedChoices.usage(prompts, completions)));
            }
            sendRaw(DONE);
            emitter.complete();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            run.cancel();
            emitter.completeWithError(e);
        } catch (RuntimeException e) {
            log.error("Streaming a generation failed", e);
            run.cancel();
            emitter.completeWithError(e);
        }
    }

    private void sendText(int index, OutputGuard.Released released) {
        if (!released.text().isEmpty() || !released.logprobs().isEmpty()) {
            send(format.text(new ChoiceEvent.Text(index, released.text(), released.logprobs())));
        }
    }

    /** A last event OpenAI clients read as an error ({@code data: {"error": {...}}}); no {@code [DONE]} follows. */
    private void sendError(Map<String, Object> error) {
        sendRaw(("data: " + json.writeValueAsString(Map.of("error", error)) + "\n\n").getBytes(StandardCharsets.UTF_8));
        emitter.complete();
    }

    private String error(List<Completion> completions) {
        if (run.timedOut()) {
            return new GenerationTimeoutException(run.timeout()).getMessage();
        }
        for (Completion c : completions) {
            if (c.reason() == FinishReason.ERROR) {
                return new GenerationFailedException(c.error()).getMessage();
            }
        }
        return null;
    }

    private void send(Object chunk) {
        if (!clientGone) {
            sendRaw(("data: " + json.writeValueAsString(chunk) + "\n\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A write that fails means the client went away: cancel, and keep draining the run's events. */
    private void sendRaw(byte[] event) {
        if (clientGone) {
            return;
        }
        try {
            emitter.send(event, MediaType.TEXT_EVENT_STREAM);
        } catch (IOException | IllegalStateException e) {
            log.debug("Client left a stream: cancelling its generation ({})", e.toString());
            clientGone = true;
            run.cancel();
        }
    }
}

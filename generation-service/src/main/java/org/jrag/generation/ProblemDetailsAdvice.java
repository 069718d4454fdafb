package org.jrag.generation;

import java.net.URI;
import org.jrag.engine.serving.QueueFullException;
import org.jrag.generation.extractive.NoPassagesException;
import org.jrag.generation.extractive.NoSupportedAnswerException;
import org.jrag.generation.guard.GuardrailBlockedException;
import org.jrag.generation.model.ModelUnavailableException;
import org.jrag.generation.model.NoChatTemplateException;
import org.jrag.generation.model.UnknownModelException;
import org.jrag.generation.openai.ContextLengthExceededException;
import org.jrag.generation.openai.GenerationFailedException;
import org.jrag.generation.openai.GenerationTimeoutException;
import org.jrag.generation.openai.InvalidParameterException;
import org.jrag.generation.openai.OpenAiProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Maps the service's errors to RFC 9457 problem details. Extends Spring's handler so framework errors are
 * problem details too (Boot's own handler then steps aside).
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final String TYPE_BASE = "https://jrag.dev/problems/";

    private final OpenAiProperties openAi;

    public ProblemDetailsAdvice(OpenAiProperties openAi) {
        this.openAi = openAi;
    }

    @ExceptionHandler
    ProblemDetail noPassages(NoPassagesException ex) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "no-passages", "No passages", ex.getMessage());
    }

    @ExceptionHandler
    ProblemDetail noSupportedAnswer(NoSupportedAnswerException ex) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "no-supported-answer", "No supported answer", ex.getMessage());
    }

    @ExceptionHandler
    ProblemDetail invalidParameter(InvalidParameterException ex) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", ex.getMessage());
        problem.setProperty("param", ex.param());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail contextLengthExceeded(ContextLengthExceededException ex) {
        ProblemDetail problem =
                problem(HttpStatus.BAD_REQUEST, "context-length-exceeded", "Context length exceeded", ex.getMessage());
        problem.setProperty("promptTokens", ex.promptTokens());
        problem.setProperty("maxTokens", ex.maxTokens());
        problem.setProperty("contextLength", ex.contextLength());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unknownModel(UnknownModelException ex) {
        return problem(HttpStatus.NOT_FOUND, "unknown-model", "Unknown model", ex.getMessage());
    }

    @ExceptionHandler
    ProblemDetail noChatTemplate(NoChatTemplateException ex) {
        return problem(HttpStatus.BAD_REQUEST, "no-chat-template", "Model has no chat template", ex.getMessage());
    }

    @ExceptionHandler
    ProblemDetail modelUnavailable(ModelUnavailableException ex) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "no-model", "No model loaded", ex.getMessage());
    }

    /** The engine's queue is full: the client should come back, and Retry-After says when. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> queueFull(QueueFullException ex) {
        ProblemDetail problem =
                problem(HttpStatus.TOO_MANY_REQUESTS, "queue-full", "Too many requests", ex.getMessage());
        long seconds = Math.max(1, (openAi.retryAfter().toMillis() + 999) / 1000);
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @ExceptionHandler
    ProblemDetail generationTimeout(GenerationTimeoutException ex) {
        return problem(HttpStatus.GATEWAY_TIMEOUT, "generation-timeout", "Generation timed out", ex.getMessage());
    }

    @ExceptionHandler
    ProblemDetail generationFailed(GenerationFailedException ex) {
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "generation-failed", "Generation failed", ex.getMessage());
    }

    /** A guardrail refused the input or withheld the output: name the rail and list what was found. */
    @ExceptionHandler
    ProblemDetail guardrailBlocked(GuardrailBlockedException ex) {
        ProblemDetail problem =
                problem(HttpStatus.UNPROCESSABLE_CONTENT, "guardrail-blocked", "Blocked by guardrail", ex.getMessage());
        problem.setProperty("rail", ex.rail());
        problem.setProperty("interventions", ex.interventions());
        return problem;
    }

    /**
     * The problem details a request that failed with {@code ex} answers; a stream, whose status has gone out, sends
     * them as its last event.
     */
    public ProblemDetail problem(RuntimeException ex) {
        return switch (ex) {
            case NoPassagesException e -> noPassages(e);
            case NoSupportedAnswerException e -> noSupportedAnswer(e);
            case InvalidParameterException e -> invalidParameter(e);
            case ContextLengthExceededException e -> contextLengthExceeded(e);
            case UnknownModelException e -> unknownModel(e);
            case NoChatTemplateException e -> noChatTemplate(e);
            case ModelUnavailableException e -> modelUnavailable(e);
            case QueueFullException e -> queueFull(e).getBody();
            case GenerationTimeoutException e -> generationTimeout(e);
            case GenerationFailedException e -> generationFailed(e);
            case GuardrailBlockedException e -> guardrailBlocked(e);
            default ->
                problem(
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        "internal-error",
                        "Internal error",
                        "The request failed: " + ex);
        };
    }

    /** Records validate in their constructors; report that rule, not Jackson's wrapper around it. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = ex.getMostSpecificCause();
        String detail = cause instanceof IllegalArgumentException
                ? cause.getMessage()
                : "The request body is not valid JSON for this endpoint: " + cause.getMessage();
        ProblemDetail body = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
        if (cause instanceof InvalidParameterException invalid) {
            body.setProperty("param", invalid.param());
        }
        return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
    }

    private static ProblemDetail problem(HttpStatus status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + slug));
        problem.setTitle(title);
        return problem;
    }
}

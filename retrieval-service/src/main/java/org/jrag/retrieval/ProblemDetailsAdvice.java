package org.jrag.retrieval;

import java.net.URI;
import java.util.stream.Collectors;
import org.jrag.retrieval.answer.GenerationFailedException;
import org.jrag.retrieval.answer.GenerationUnavailableException;
import org.jrag.retrieval.answer.NoRelevantPassagesException;
import org.jrag.retrieval.answerlog.AnswerLogDisabledException;
import org.jrag.retrieval.answerlog.AnswerLogUnavailableException;
import org.jrag.retrieval.answerlog.AnswerNotFoundException;
import org.jrag.retrieval.answerlog.InvalidAnswerLogQueryException;
import org.jrag.retrieval.collection.CollectionNotFoundException;
import org.jrag.retrieval.dense.HnswRebuildRunningException;
import org.jrag.retrieval.openai.UnknownRagModelException;
import org.jrag.retrieval.search.InvalidQueryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Maps every error of this service, once, to an RFC 9457 problem with a {@code https://jrag.dev/problems/} type. */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final String TYPE_BASE = "https://jrag.dev/problems/";

    @ExceptionHandler
    ProblemDetail collectionNotFound(CollectionNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "collection-not-found", "Collection not found", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail answerNotFound(AnswerNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "answer-not-found", "Answer not found", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail answerLogDisabled(AnswerLogDisabledException e) {
        return problem(HttpStatus.NOT_FOUND, "answer-log-disabled", "Answer log disabled", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail answerLogUnavailable(AnswerLogUnavailableException e) {
        log.warn("{}", e.getMessage());
        return problem(
                HttpStatus.SERVICE_UNAVAILABLE, "answer-log-unavailable", "Answer log unavailable", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail invalidAnswerLogQuery(InvalidAnswerLogQueryException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail unknownRagModel(UnknownRagModelException e) {
        return problem(HttpStatus.NOT_FOUND, "unknown-model", "Unknown model", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail hnswRebuildRunning(HnswRebuildRunningException e) {
        return problem(HttpStatus.CONFLICT, "index-rebuild-running", "Index rebuild running", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail invalidQuery(InvalidQueryException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-query", "Invalid query", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail noRelevantPassages(NoRelevantPassagesException e) {
        return problem(
                HttpStatus.UNPROCESSABLE_CONTENT, "no-relevant-passages", "No relevant passages", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail generationUnavailable(GenerationUnavailableException e) {
        log.warn("{}", e.getMessage());
        return problem(
                HttpStatus.SERVICE_UNAVAILABLE, "generation-unavailable", "Generation unavailable", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail generationFailed(GenerationFailedException e) {
        log.warn("{}", e.getMessage());
        return problem(HttpStatus.BAD_GATEWAY, "generation-failed", "Generation failed", e.getMessage());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = e.getBindingResult().getFieldErrors().stream()
                .map(ProblemDetailsAdvice::describe)
                .sorted()
                .collect(Collectors.joining("; "));
        return ResponseEntity.badRequest()
                .body(problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getMostSpecificCause();
        String detail = cause instanceof IllegalArgumentException
                ? cause.getMessage()
                : "Request body is not valid JSON for this endpoint: " + cause.getMessage();
        return ResponseEntity.badRequest()
                .body(problem(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request", detail));
    }

    private static String describe(FieldError error) {
        return error.getDefaultMessage() + ", got: "
                + (error.getRejectedValue() instanceof String s ? "'" + s + "'" : error.getRejectedValue());
    }

    private static ProblemDetail problem(HttpStatus status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + slug));
        problem.setTitle(title);
        return problem;
    }
}

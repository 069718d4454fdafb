package org.jrag.generation;

import java.net.URI;
import org.jrag.generation.extractive.NoPassagesException;
import org.jrag.generation.extractive.NoSupportedAnswerException;
import org.jrag.generation.guard.GuardrailBlockedException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
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
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final String TYPE_BASE = "https://jrag.dev/problems/";

    @ExceptionHandler
    ProblemDetail noPassages(NoPassagesException ex) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "no-passages", "No passages", ex.getMessage());
    }

    @ExceptionHandler
    ProblemDetail noSupportedAnswer(NoSupportedAnswerException ex) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "no-supported-answer", "No supported answer", ex.getMessage());
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

    /** Records validate in their constructors; report that rule, not Jackson's wrapper around it. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = ex.getMostSpecificCause();
        String detail = cause instanceof IllegalArgumentException
                ? cause.getMessage()
                : "The request body is not valid JSON for this endpoint: " + cause.getMessage();
        ProblemDetail body = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
        return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
    }

    private static ProblemDetail problem(HttpStatus status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + slug));
        problem.setTitle(title);
        return problem;
    }
}

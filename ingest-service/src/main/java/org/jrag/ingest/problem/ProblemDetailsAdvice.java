package org.jrag.ingest.problem;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.jrag.ingest.document.DocumentProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place where failures become RFC 9457 problem details: the service's own {@link IngestException}s, the
 * framework's exceptions (with details that name what was wrong) and, last, anything unexpected.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final DocumentProperties documents;

    ProblemDetailsAdvice(DocumentProperties documents) {
        this.documents = documents;
    }

    @ExceptionHandler(IngestException.class)
    ResponseEntity<Object> handleIngest(IngestException ex) {
        ProblemDetail problem = IngestProblems.of(ex);
        var response = ResponseEntity.status(problem.getStatus());
        IngestException reason = ex instanceof BatchEntryException entry ? entry.reason() : ex;
        if (reason instanceof UnsupportedDocumentTypeException unsupported) {
            response.header(HttpHeaders.ACCEPT, String.join(", ", unsupported.supported()));
        }
        return response.body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception ex) {
        log.error("Unexpected failure", ex);
        String requestId = MDC.get("requestId");
        ProblemDetail problem = IngestProblems.internalError(
                "unexpected " + ex.getClass().getSimpleName() + "; the service log has the details"
                        + (requestId == null ? "" : " under request id " + requestId));
        return ResponseEntity.internalServerError().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
            HttpMediaTypeNotSupportedException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<String> supported = ex.getSupportedMediaTypes().stream()
                .map(MediaType::toString)
                .distinct()
                .toList();
        String sent =
                ex.getContentType() == null ? "(none)" : ex.getContentType().toString();
        ProblemDetail problem = IngestProblems.problem(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "unsupported-media-type",
                "Unsupported media type",
                "Content-Type '" + sent + "' is not supported; supported: " + String.join(", ", supported));
        problem.setProperty("supportedMediaTypes", supported);
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        long limit = documents.maxDocumentBytes().toBytes();
        ProblemDetail problem = IngestProblems.problem(
                HttpStatus.CONTENT_TOO_LARGE,
                "document-too-large",
                "Document too large",
                DocumentTooLargeException.messageFor(limit));
        problem.setProperty("limitBytes", limit);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.CONTENT_TOO_LARGE, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof IngestException ingest) {
                return handleIngest(ingest);
            }
        }
        String reason = ex.getMostSpecificCause().getMessage();
        ProblemDetail problem = IngestProblems.problem(
                HttpStatus.BAD_REQUEST,
                "unreadable-body",
                "Unreadable request body",
                "request body could not be read"
                        + (reason == null
                                ? ""
                                : ": " + reason.lines().findFirst().orElse("")));
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    /** Gives the framework's remaining problems a jrag type named after their status. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem && URI.create("about:blank").equals(problem.getType())) {
            problem.setType(IngestProblems.typeOf(slugOf(statusCode)));
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    private static String slugOf(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null
                ? "status-" + status.value()
                : known.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}

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

    static final String TYPE_BASE = "https://jrag.dev/problems/";

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final DocumentProperties documents;

    ProblemDetailsAdvice(DocumentProperties documents) {
        this.documents = documents;
    }

    @ExceptionHandler(IngestException.class)
    ResponseEntity<Object> handleIngest(IngestException ex) {
        ProblemDetail problem = toProblem(ex);
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
        ProblemDetail problem = problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error",
                "Internal error",
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
        ProblemDetail problem = problem(
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
        ProblemDetail problem = problem(
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
        ProblemDetail problem = problem(
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
            problem.setType(typeOf(slugOf(statusCode)));
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    private static ProblemDetail toProblem(IngestException ex) {
        return switch (ex) {
            case CollectionNotFoundException _ ->
                problem(HttpStatus.NOT_FOUND, "collection-not-found", "Collection not found", ex.getMessage());
            case CollectionAlreadyExistsException _ ->
                problem(HttpStatus.CONFLICT, "collection-exists", "Collection exists", ex.getMessage());
            case InvalidCollectionNameException _ ->
                problem(HttpStatus.BAD_REQUEST, "invalid-collection-name", "Invalid collection name", ex.getMessage());
            case DocumentNotFoundException _ ->
                problem(HttpStatus.NOT_FOUND, "document-not-found", "Document not found", ex.getMessage());
            case EmptyDocumentException _ ->
                problem(HttpStatus.BAD_REQUEST, "empty-document", "Empty document", ex.getMessage());
            case UnsupportedDocumentTypeException e -> {
                ProblemDetail p = problem(
                        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                        "unsupported-media-type",
                        "Unsupported media type",
                        e.getMessage());
                p.setProperty("supportedMediaTypes", e.supported());
                yield p;
            }
            case DocumentTooLargeException e -> {
                ProblemDetail p = problem(
                        HttpStatus.CONTENT_TOO_LARGE, "document-too-large", "Document too large", e.getMessage());
                p.setProperty("limitBytes", e.limitBytes());
                yield p;
            }
            case InvalidUtf8Exception e -> {
                ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "invalid-utf8", "Invalid UTF-8", e.getMessage());
                p.setProperty("byteOffset", e.byteOffset());
                yield p;
            }
            case InvalidParameterException e -> {
                ProblemDetail p =
                        problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter", e.getMessage());
                p.setProperty("parameter", e.parameter());
                yield p;
            }
            case EncryptedPdfException _ ->
                problem(HttpStatus.UNPROCESSABLE_CONTENT, "encrypted-pdf", "Encrypted PDF", ex.getMessage());
            case CorruptDocumentException e -> {
                ProblemDetail p = problem(
                        HttpStatus.UNPROCESSABLE_CONTENT, "corrupt-document", "Corrupt document", e.getMessage());
                p.setProperty("mediaType", e.mediaType());
                yield p;
            }
            case ZipBombException _ ->
                problem(HttpStatus.CONTENT_TOO_LARGE, "zip-bomb", "Archive expands too far", ex.getMessage());
            case TooManyEntriesException e -> {
                ProblemDetail p = problem(
                        HttpStatus.UNPROCESSABLE_CONTENT, "too-many-entries", "Too many entries", e.getMessage());
                p.setProperty("limit", e.limit());
                yield p;
            }
            case BatchEntryException e -> {
                // the entry's own problem, naming the entry
                ProblemDetail p = toProblem(e.reason());
                p.setDetail(e.getMessage());
                p.setProperty("entry", e.entry());
                yield p;
            }
        };
    }

    private static ProblemDetail problem(HttpStatus status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(typeOf(slug));
        problem.setTitle(title);
        return problem;
    }

    private static URI typeOf(String slug) {
        return URI.create(TYPE_BASE + slug);
    }

    private static String slugOf(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null
                ? "status-" + status.value()
                : known.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}

package org.jrag.ingest.problem;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Maps the service's {@link IngestException}s to RFC 9457 problems, in one place for the HTTP responses, the
 * {@code error} of a failed job and the failure metrics' {@code type} tag.
 */
public final class IngestProblems {

    static final String TYPE_BASE = "https://jrag.dev/problems/";

    /** The slug of a failure that is no {@link IngestException}: a bug or a broken dependency. */
    public static final String INTERNAL_ERROR = "internal-error";

    private IngestProblems() {}

    public static ProblemDetail of(IngestException ex) {
        return switch (ex) {
            case CollectionNotFoundException _ ->
                problem(HttpStatus.NOT_FOUND, "collection-not-found", "Collection not found", ex.getMessage());
            case ConcurrentUpdateException _ ->
                problem(HttpStatus.CONFLICT, "concurrent-update", "Concurrent update", ex.getMessage());
            case CollectionAlreadyExistsException _ ->
                problem(HttpStatus.CONFLICT, "collection-exists", "Collection exists", ex.getMessage());
            case InvalidCollectionNameException _ ->
                problem(HttpStatus.BAD_REQUEST, "invalid-collection-name", "Invalid collection name", ex.getMessage());
            case UnknownModelException _ ->
                problem(HttpStatus.NOT_FOUND, "unknown-model", "Unknown model", ex.getMessage());
            case JobNotFoundException _ ->
                problem(HttpStatus.NOT_FOUND, "job-not-found", "Job not found", ex.getMessage());
            case StoreNotFoundException notFound ->
                problem(
                        HttpStatus.NOT_FOUND,
                        notFound.noun() + "-not-found",
                        capitalized(notFound.noun()) + " not found",
                        ex.getMessage());
            case StoreSyncRunningException running ->
                problem(
                        HttpStatus.CONFLICT,
                        running.noun() + "-sync-running",
                        capitalized(running.noun()) + " sync running",
                        ex.getMessage());
            case SiteNotFoundException _ ->
                problem(HttpStatus.NOT_FOUND, "site-not-found", "Site not found", ex.getMessage());
            case SiteSyncRunningException _ ->
                problem(HttpStatus.CONFLICT, "site-sync-running", "Site crawl running", ex.getMessage());
            case RechunkRunningException _ ->
                problem(HttpStatus.CONFLICT, "rechunk-running", "Re-chunking running", ex.getMessage());
            case InvalidImportException _ ->
                problem(HttpStatus.BAD_REQUEST, "invalid-import", "Invalid import", ex.getMessage());
            case ImportModelMismatchException _ ->
                problem(HttpStatus.CONFLICT, "import-model-mismatch", "Another embedding model", ex.getMessage());
            case HiddenDocumentsException _ ->
                problem(HttpStatus.CONFLICT, "hidden-documents", "Documents the caller may not read", ex.getMessage());
            case HiddenDuplicateException _ ->
                problem(HttpStatus.CONFLICT, "hidden-duplicate", "Duplicate of a hidden document", ex.getMessage());
            case SourceNotReplaceableException _ ->
                problem(HttpStatus.CONFLICT, "source-not-replaceable", "Source held by another", ex.getMessage());
            case RechunkNotFoundException _ ->
                problem(HttpStatus.NOT_FOUND, "rechunk-not-found", "No re-chunking", ex.getMessage());
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
            case OcrFailedException _ ->
                problem(HttpStatus.UNPROCESSABLE_CONTENT, "ocr-failed", "OCR failed", ex.getMessage());
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
            case EmbeddingModelChangedException _ ->
                problem(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "embedding-model-changed",
                        "Embedding model changed",
                        ex.getMessage());
            case BatchEntryException e -> {
                // the entry's own problem, naming the entry
                ProblemDetail p = of(e.reason());
                p.setDetail(e.getMessage());
                p.setProperty("entry", e.entry());
                yield p;
            }
        };
    }

    private static String capitalized(String noun) {
        return Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
    }

    static ProblemDetail problem(HttpStatus status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(typeOf(slug));
        problem.setTitle(title);
        return problem;
    }

    /** A 500 problem for an unexpected failure; {@code detail} must not leak internals. */
    public static ProblemDetail internalError(String detail) {
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, INTERNAL_ERROR, "Internal error", detail);
    }

    /** A job whose workers all died while running it (or hung past their lease). */
    /** The problem of a queued job whose collection was deleted before it ran. */
    public static ProblemDetail collectionDeleted(String collection) {
        return problem(
                HttpStatus.NOT_FOUND,
                "collection-not-found",
                "Collection not found",
                "collection '" + collection + "' was deleted before this job ran");
    }

    public static ProblemDetail jobAbandoned(String detail) {
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "job-abandoned", "Job abandoned", detail);
    }

    /** The last segment of the exception's problem type, e.g. {@code empty-document}. */
    public static String slug(IngestException ex) {
        String type = of(ex).getType().toString();
        return type.substring(type.lastIndexOf('/') + 1);
    }

    /** The problem as the JSON members its {@code application/problem+json} body has, properties flattened. */
    public static Map<String, Object> members(ProblemDetail problem) {
        var members = new LinkedHashMap<String, Object>();
        members.put("type", problem.getType().toString());
        members.put("title", problem.getTitle());
        members.put("status", problem.getStatus());
        members.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            members.putAll(problem.getProperties());
        }
        return members;
    }

    static URI typeOf(String slug) {
        return URI.create(TYPE_BASE + slug);
    }
}

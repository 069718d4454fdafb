package org.jrag.ingest.document;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jrag.ingest.chunking.ChunkingOptions;
import org.jrag.ingest.collection.CollectionRepository;
import org.jrag.ingest.paging.Keyset;
import org.jrag.ingest.problem.DocumentTooLargeException;
import org.jrag.ingest.problem.UnsupportedDocumentTypeException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * Accepts one document as a raw body or as a multipart {@code file} part, holding at most
 * {@code rag.ingest.max-document-bytes} of it in memory, and hands it to {@link DocumentIngestion}. The declared type
 * (Content-Type, part type, file extension) is a hint: {@link FormatDetector} decides from the bytes. Metadata
 * ({@code title}, {@code source}, {@code url}, {@code tags}, {@code publishedAt}, {@code readers}) and chunking options
 * ({@code chunker}, {@code chunkTokens}, ...) come as query parameters or form fields. With {@code ?async=true} or
 * {@code Prefer: respond-async} the upload is queued as a job ({@link IngestQueue}) and answered 202 at once, for
 * documents whose parsing and embedding outlast a client's patience. Also lists a collection's documents and a
 * document's chunks, a page at a time. Reading, patching, re-chunking or deleting a document takes a caller that may
 * read it ({@link Principals}): for another, it is not there (404).
 */
@RestController
@RequestMapping("/v1/collections/{name}/documents")
class DocumentController {

    static final String TEXT_MARKDOWN_VALUE = "text/markdown";
    static final String PREFER = "Prefer";
    static final String PREFERENCE_APPLIED = "Preference-Applied";
    static final String RESPOND_ASYNC = "respond-async";

    private final DocumentIngestion ingestion;
    private final IngestQueue queue;
    private final CollectionRepository collections;
    private final DocumentRepository documents;
    private final long maxBytes;

    DocumentController(
            DocumentIngestion ingestion,
            IngestQueue queue,
            CollectionRepository collections,
            DocumentRepository documents,
            DocumentProperties properties) {
        this.ingestion = ingestion;
        this.queue = queue;
        this.collections = collections;
        this.documents = documents;
        this.maxBytes = properties.maxDocumentBytes().toBytes();
    }

    @PostMapping(
            consumes = {
                MediaType.TEXT_PLAIN_VALUE,
                TEXT_MARKDOWN_VALUE,
                MediaType.TEXT_HTML_VALUE,
                MediaType.APPLICATION_XHTML_XML_VALUE,
                MediaType.APPLICATION_PDF_VALUE,
                "text/csv",
                "text/tab-separated-values",
                DocxParser.MEDIA_TYPE,
                XlsxParser.MEDIA_TYPE,
                PptxParser.MEDIA_TYPE,
                OdfParser.TEXT,
                OdfParser.SPREADSHEET,
                OdfParser.PRESENTATION,
                MediaType.IMAGE_PNG_VALUE,
                MediaType.IMAGE_JPEG_VALUE,
                "image/tiff",
                MediaType.APPLICATION_OCTET_STREAM_VALUE
            })
    ResponseEntity<?> uploadBody(
            @PathVariable String name,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String url,
            @RequestParam(required = false) List<String> tags,
            @RequestParam(required = false) String publishedAt,
            @RequestParam(required = false) List<String> readers,
            @RequestParam Map<String, String> parameters,
            @RequestParam(defaultValue = "false") boolean async,
            @RequestHeader(value = PREFER, required = false) String prefer,
            @RequestHeader(name = Principals.HEADER, required = false) String principals,
            HttpServletRequest request,
            UriComponentsBuilder uri)
            throws IOException {
        MediaType type = MediaType.parseMediaType(contentType);
        DocumentFormat declared = declaredFormat(type, "Content-Type '" + contentType + "'");
        byte[] content = readBounded(request.getInputStream(), request.getContentLengthLong(), maxBytes);
        var metadata = DocumentMetadata.ofParameters(title, source, url, tags, publishedAt, readers);
        var upload =
                new DocumentUpload(name, content, declared, declared == null ? null : type.toString(), null, metadata);
        ingestion.requireReplaceable(name, List.of(upload), Principals.of(principals));
        return respond(upload, ChunkingOptions.from(parameters), async || respondAsync(prefer), uri);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> uploadFile(
            @PathVariable String name,
            @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String url,
            @RequestParam(required = false) List<String> tags,
            @RequestParam(required = false) String publishedAt,
            @RequestParam(required = false) List<String> readers,
            @RequestParam Map<String, String> parameters,
            @RequestParam(defaultValue = "false") boolean async,
            @RequestHeader(value = PREFER, required = false) String prefer,
            @RequestHeader(name = Principals.HEADER, required = false) String principals,
            UriComponentsBuilder uri)
            throws IOException {
        if (file.getSize() > maxBytes) {
            throw new DocumentTooLargeException(maxBytes);
        }
        String declaredType = file.getContentType();
        DocumentFormat declared = null;
        if (declaredType != null) {
            MediaType type;
            try {
                type = MediaType.parseMediaType(declaredType);
            } catch (InvalidMediaTypeException e) {
                throw unsupported("part 'file' has an unparsable Content-Type '" + declaredType + "'");
            }
            declared = declaredFormat(type, "part 'file' Content-Type '" + declaredType + "'");
            if (type.equalsTypeAndSubtype(MediaType.APPLICATION_OCTET_STREAM)) {
                declaredType = null; // says nothing; the file name may
            }
        }
        String filename = file.getOriginalFilename();
        var metadata = DocumentMetadata.ofParameters(title, source, url, tags, publishedAt, readers)
                .withSourceIfAbsent(filename);
        var upload = new DocumentUpload(name, file.getBytes(), declared, declaredType, filename, metadata);
        ingestion.requireReplaceable(name, List.of(upload), Principals.of(principals));
        return respond(upload, ChunkingOptions.from(parameters), async || respondAsync(prefer), uri);
    }

    @GetMapping
    DocumentList list(
            @PathVariable String name,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String sourcePrefix,
            @RequestParam(required = false) String tag,
            @RequestHeader(name = Principals.HEADER, required = false) String principals) {
        Keyset page = Keyset.of(limit, cursor);
        var filter = new DocumentFilter(source, sourcePrefix, tag);
        long collectionId = collections.requireId(name);
        List<DocumentView> fetched = documents.findPage(collectionId, name, page, filter, Principals.of(principals));
        return new DocumentList(page.page(fetched), page.next(fetched, DocumentView::documentId));
    }

    @GetMapping("/{id}/chunks")
    ChunkList chunks(
            @PathVariable String name,
            @PathVariable long id,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor,
            @RequestHeader(name = Principals.HEADER, required = false) String principals) {
        Keyset page = Keyset.of(limit, cursor);
        ingestion.get(name, id, Principals.of(principals)); // 404 unless the caller may read it there
        List<ChunkView> fetched = documents.findChunkPage(id, page);
        return new ChunkList(page.page(fetched), page.next(fetched, ChunkView::chunkId));
    }

    @GetMapping("/{id}")
    DocumentView get(
            @PathVariable String name,
            @PathVariable long id,
            @RequestHeader(name = Principals.HEADER, required = false) String principals) {
        return ingestion.get(name, id, Principals.of(principals));
    }

    /** A JSON merge patch of the document's title, url, tags, publication date and readers; 200 with the document. */
    @PatchMapping(
            path = "/{id}",
            consumes = {MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json"})
    UpdatedDocument update(
            @PathVariable String name,
            @PathVariable long id,
            @RequestBody JsonNode patch,
            @RequestHeader(name = Principals.HEADER, required = false) String principals) {
        ingestion.get(name, id, Principals.of(principals));
        return ingestion.update(name, id, new DocumentPatch(patch));
    }

    /**
     * Makes the document's chunks again from its stored text, with the collection's chunking and the options given as
     * for an upload ({@code ?chunker=&chunkTokens=...}).
     */
    @PostMapping("/{id}/rechunk")
    RechunkedDocument rechunk(
            @PathVariable String name,
            @PathVariable long id,
            @RequestParam Map<String, String> parameters,
            @RequestHeader(name = Principals.HEADER, required = false) String principals) {
        ingestion.get(name, id, Principals.of(principals));
        return ingestion.rechunk(name, id, ChunkingOptions.from(parameters));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(
            @PathVariable String name,
            @PathVariable long id,
            @RequestHeader(name = Principals.HEADER, required = false) String principals) {
        ingestion.get(name, id, Principals.of(principals));
        ingestion.delete(name, id);
        return ResponseEntity.noContent().build();
    }

    /**
     * Ingests now (201/200), or, when asked to, checks what can be checked without parsing (collection, chunking
     * options), queues the upload as a job and answers 202 with where to poll it.
     */
    private ResponseEntity<?> respond(
            DocumentUpload upload, ChunkingOptions options, boolean async, UriComponentsBuilder uri) {
        if (!async) {
            return respond(ingestion.ingest(upload, options), uri);
        }
        ingestion.check(upload.collection(), options);
        long jobId = queue.enqueue(upload, options);
        String location = "/v1/jobs/" + jobId;
        return ResponseEntity.accepted()
                .location(URI.create(location))
                .header(PREFERENCE_APPLIED, RESPOND_ASYNC)
                .body(new AcceptedJob(jobId, "QUEUED", location));
    }

    /** RFC 7240: {@code Prefer: respond-async} (possibly among other preferences). */
    static boolean respondAsync(String prefer) {
        if (prefer == null) {
            return false;
        }
        for (String preference : prefer.split(",")) {
            if (preference.strip().toLowerCase(Locale.ROOT).startsWith(RESPOND_ASYNC)) {
                return true;
            }
        }
        return false;
    }

    private static ResponseEntity<IngestResult> respond(IngestResult result, UriComponentsBuilder uri) {
        if (result.duplicate() || result.replaced()) { // the document existed: 200, not 201
            return ResponseEntity.ok(result);
        }
        URI location =
                uri.path("/v1/collections/{name}/documents/{id}").build(result.collection(), result.documentId());
        return ResponseEntity.created(location).body(result);
    }

    /** Reads at most one byte past the limit, so an oversized body is refused without ever being held whole. */
    static byte[] readBounded(InputStream body, long declaredLength, long maxBytes) throws IOException {
        if (declaredLength > maxBytes) {
            throw new DocumentTooLargeException(maxBytes);
        }
        byte[] content = body.readNBytes((int) maxBytes + 1);
        if (content.length > maxBytes) {
            throw new DocumentTooLargeException(maxBytes);
        }
        return content;
    }

    /** The supported format a declared type names (null for a generic or unknown one); text must be UTF-8. */
    private static DocumentFormat declaredFormat(MediaType type, String what) {
        if (type.equalsTypeAndSubtype(MediaType.APPLICATION_XHTML_XML)) {
            type = MediaType.TEXT_HTML;
        }
        DocumentFormat format = DocumentFormat.of(type).orElse(null);
        if (format != null && format.isText()) {
            requireUtf8(type, what);
        }
        return format;
    }

    private static void requireUtf8(MediaType type, String what) {
        Charset charset;
        try {
            charset = type.getCharset();
        } catch (IllegalArgumentException e) {
            throw unsupported(what + " names an unknown charset");
        }
        if (charset != null && !StandardCharsets.UTF_8.equals(charset)) {
            throw unsupported(what + " is not supported: documents must be UTF-8");
        }
    }

    private static UnsupportedDocumentTypeException unsupported(String message) {
        return new UnsupportedDocumentTypeException(message, FormatDetector.supported());
    }
}

package org.jrag.ingest.document;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jrag.ingest.chunking.ChunkingOptions;
import org.jrag.ingest.problem.DocumentTooLargeException;
import org.jrag.ingest.problem.UnsupportedDocumentTypeException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Accepts one document as a raw body or as a multipart {@code file} part, holding at most
 * {@code rag.ingest.max-document-bytes} of it in memory, and hands it to {@link DocumentIngestion}. The declared type
 * (Content-Type, part type, file extension) is a hint: {@link FormatDetector} decides from the bytes. Metadata
 * ({@code title}, {@code source}, {@code url}, {@code tags}, {@code publishedAt}) and chunking options
 * ({@code chunker}, {@code chunkTokens}, ...) come as query parameters or form fields.
 */
@RestController
@RequestMapping("/v1/collections/{name}/documents")
class DocumentController {

    static final String TEXT_MARKDOWN_VALUE = "text/markdown";

    private final DocumentIngestion ingestion;
    private final long maxBytes;

    DocumentController(DocumentIngestion ingestion, DocumentProperties properties) {
        this.ingestion = ingestion;
        this.maxBytes = properties.maxDocumentBytes().toBytes();
    }

    @PostMapping(
            consumes = {
                MediaType.TEXT_PLAIN_VALUE,
                TEXT_MARKDOWN_VALUE,
                MediaType.TEXT_HTML_VALUE,
                MediaType.APPLICATION_XHTML_XML_VALUE,
                MediaType.APPLICATION_PDF_VALUE,
                DocxParser.MEDIA_TYPE,
                MediaType.APPLICATION_OCTET_STREAM_VALUE
            })
    ResponseEntity<IngestResult> uploadBody(
            @PathVariable String name,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String url,
            @RequestParam(required = false) List<String> tags,
            @RequestParam(required = false) String publishedAt,
            @RequestParam Map<String, String> parameters,
            HttpServletRequest request,
            UriComponentsBuilder uri)
            throws IOException {
        MediaType type = MediaType.parseMediaType(contentType);
        DocumentFormat declared = declaredFormat(type, "Content-Type '" + contentType + "'");
        byte[] content = readBounded(request.getInputStream(), request.getContentLengthLong(), maxBytes);
        var metadata = new DocumentMetadata(title, source, url, DocumentMetadata.splitTags(tags), publishedAt);
        var upload =
                new DocumentUpload(name, content, declared, declared == null ? null : type.toString(), null, metadata);
        return respond(ingestion.ingest(upload, ChunkingOptions.from(parameters)), uri);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<IngestResult> uploadFile(
            @PathVariable String name,
            @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String url,
            @RequestParam(required = false) List<String> tags,
            @RequestParam(required = false) String publishedAt,
            @RequestParam Map<String, String> parameters,
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
        var metadata = new DocumentMetadata(title, source, url, DocumentMetadata.splitTags(tags), publishedAt)
                .withSourceIfAbsent(filename);
        var upload = new DocumentUpload(name, file.getBytes(), declared, declaredType, filename, metadata);
        return respond(ingestion.ingest(upload, ChunkingOptions.from(parameters)), uri);
    }

    @GetMapping("/{id}")
    DocumentView get(@PathVariable String name, @PathVariable long id) {
        return ingestion.get(name, id);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String name, @PathVariable long id) {
        ingestion.delete(name, id);
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<IngestResult> respond(IngestResult result, UriComponentsBuilder uri) {
        if (result.duplicate()) {
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

package org.jrag.ingest.document;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
 * Accepts documents as a raw text body or as a multipart {@code file} part, holding at most
 * {@code rag.ingest.max-document-bytes} of any of them in memory, and hands them to {@link DocumentIngestion}.
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

    @PostMapping(consumes = {MediaType.TEXT_PLAIN_VALUE, TEXT_MARKDOWN_VALUE})
    ResponseEntity<IngestResult> uploadBody(
            @PathVariable String name,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String source,
            HttpServletRequest request,
            UriComponentsBuilder uri)
            throws IOException {
        MediaType type = MediaType.parseMediaType(contentType);
        requireUtf8(type, "Content-Type '" + contentType + "'");
        DocumentFormat format = DocumentFormat.of(type).orElseThrow();
        byte[] content = readBounded(request.getInputStream(), request.getContentLengthLong());
        return respond(ingestion.ingest(new DocumentUpload(name, content, format, title, source)), uri);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<IngestResult> uploadFile(
            @PathVariable String name,
            @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String source,
            UriComponentsBuilder uri)
            throws IOException {
        DocumentFormat format = formatOf(file);
        if (file.getSize() > maxBytes) {
            throw new DocumentTooLargeException(maxBytes);
        }
        String origin = source != null ? source : file.getOriginalFilename();
        return respond(ingestion.ingest(new DocumentUpload(name, file.getBytes(), format, title, origin)), uri);
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
    private byte[] readBounded(InputStream body, long declaredLength) throws IOException {
        if (declaredLength > maxBytes) {
            throw new DocumentTooLargeException(maxBytes);
        }
        byte[] content = body.readNBytes((int) maxBytes + 1);
        if (content.length > maxBytes) {
            throw new DocumentTooLargeException(maxBytes);
        }
        return content;
    }

    /** The part's declared type, or its file extension when the client sent none or a generic one. */
    private static DocumentFormat formatOf(MultipartFile file) {
        String declared = file.getContentType();
        MediaType type;
        try {
            type = declared == null ? null : MediaType.parseMediaType(declared);
        } catch (InvalidMediaTypeException e) {
            throw unsupported("part 'file' has an unparsable Content-Type '" + declared + "'");
        }
        if (type != null && !type.equalsTypeAndSubtype(MediaType.APPLICATION_OCTET_STREAM)) {
            requireUtf8(type, "part 'file' Content-Type '" + declared + "'");
            return DocumentFormat.of(type)
                    .orElseThrow(() -> unsupported("part 'file' Content-Type '" + declared + "' is not supported"));
        }
        return DocumentFormat.ofFilename(file.getOriginalFilename())
                .orElseThrow(() -> unsupported("part 'file' (" + file.getOriginalFilename()
                        + ") has no supported Content-Type or file extension (.txt, .md, .markdown)"));
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
        List<String> supported = new ArrayList<>(DocumentFormat.supportedMediaTypes());
        supported.add(MediaType.MULTIPART_FORM_DATA_VALUE);
        return new UnsupportedDocumentTypeException(message, supported);
    }
}

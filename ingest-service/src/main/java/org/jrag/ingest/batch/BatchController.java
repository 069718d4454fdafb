package org.jrag.ingest.batch;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jrag.ingest.chunking.ChunkingOptions;
import org.jrag.ingest.document.BatchResult;
import org.jrag.ingest.document.DocumentFormat;
import org.jrag.ingest.document.DocumentIngestion;
import org.jrag.ingest.document.DocumentMetadata;
import org.jrag.ingest.document.DocumentProperties;
import org.jrag.ingest.document.DocumentUpload;
import org.jrag.ingest.document.Principals;
import org.jrag.ingest.problem.BatchEntryException;
import org.jrag.ingest.problem.DocumentTooLargeException;
import org.jrag.ingest.problem.EmptyDocumentException;
import org.jrag.ingest.problem.IngestException;
import org.jrag.ingest.problem.TooManyEntriesException;
import org.jrag.ingest.problem.UnsupportedDocumentTypeException;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Accepts many documents in one request, as a zip archive or as a JSON list, and stores all of them or none (see
 * {@link DocumentIngestion#ingestBatch}). The body is bounded by {@code rag.ingest.max-document-bytes}, an archive's
 * expansion by {@link BatchProperties}. Query parameters {@code tags} and {@code publishedAt} apply to every entry of
 * an archive; chunking options to every entry of either.
 */
@RestController
class BatchController {

    private static final String PATH = "/v1/collections/{name}/documents/batch";
    private static final TypeReference<List<BatchEntry>> ENTRIES = new TypeReference<>() {};

    private final DocumentIngestion ingestion;
    private final ZipArchiveReader archives;
    private final JsonMapper json;
    private final BatchProperties batch;
    private final long maxBytes;

    BatchController(DocumentIngestion ingestion, DocumentProperties documents, BatchProperties batch, JsonMapper json) {
        this.ingestion = ingestion;
        this.maxBytes = documents.maxDocumentBytes().toBytes();
        this.archives = new ZipArchiveReader(batch, maxBytes);
        this.batch = batch;
        this.json = json;
    }

    @PostMapping(
            path = PATH,
            consumes = {"application/zip", "application/x-zip-compressed"})
    ResponseEntity<BatchResult> uploadArchive(
            @PathVariable String name,
            @RequestParam(required = false) List<String> tags,
            @RequestParam(required = false) String publishedAt,
            @RequestParam(required = false) List<String> readers,
            @RequestParam Map<String, String> parameters,
            @RequestHeader(name = Principals.HEADER, required = false) String principals,
            HttpServletRequest request)
            throws IOException {
        byte[] archive = readBounded(request);
        var uploads = new ArrayList<DocumentUpload>();
        for (ArchiveEntry entry : archives.read(archive)) {
            var metadata = DocumentMetadata.ofParameters(null, entry.name(), null, tags, publishedAt, readers);
            uploads.add(new DocumentUpload(name, entry.content(), null, null, entry.name(), metadata));
        }
        ingestion.requireReplaceable(name, uploads, Principals.of(principals));
        return respond(ingestion.ingestBatch(name, uploads, ChunkingOptions.from(parameters)));
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<BatchResult> uploadList(
            @PathVariable String name,
            @RequestParam Map<String, String> parameters,
            @RequestHeader(name = Principals.HEADER, required = false) String principals,
            HttpServletRequest request)
            throws IOException {
        byte[] body = readBounded(request);
        List<BatchEntry> entries;
        try {
            entries = json.readValue(body, ENTRIES);
        } catch (JacksonException e) {
            throw new HttpMessageNotReadableException(
                    "JSON batch must be a list of {title, source, url, tags, publishedAt, readers, content,"
                            + " mediaType}: "
                            + e.getOriginalMessage(),
                    e,
                    new ServletServerHttpRequest(request));
        }
        if (entries == null || entries.isEmpty()) {
            throw new EmptyDocumentException("batch holds no documents");
        }
        if (entries.size() > batch.maxEntries()) {
            throw new TooManyEntriesException(batch.maxEntries());
        }
        var uploads = new ArrayList<DocumentUpload>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            BatchEntry entry = entries.get(i);
            try {
                uploads.add(upload(name, entry));
            } catch (IngestException e) {
                throw new BatchEntryException("#" + i, e);
            }
        }
        ingestion.requireReplaceable(name, uploads, Principals.of(principals));
        return respond(ingestion.ingestBatch(name, uploads, ChunkingOptions.from(parameters)));
    }

    private static DocumentUpload upload(String collection, BatchEntry entry) {
        if (entry == null) {
            throw new EmptyDocumentException("entry is null");
        }
        DocumentFormat declared = null;
        if (entry.mediaType() != null) {
            try {
                declared = DocumentFormat.of(MediaType.parseMediaType(entry.mediaType()))
                        .filter(DocumentFormat::isText)
                        .orElse(null);
            } catch (InvalidMediaTypeException e) {
                declared = null;
            }
            if (declared == null) {
                throw new UnsupportedDocumentTypeException(
                        "mediaType '" + entry.mediaType() + "' is not supported in a JSON batch, whose content is"
                                + " text (send PDFs in a zip archive or one by one)",
                        List.of("text/plain", "text/markdown", "text/html"));
            }
        }
        byte[] content = entry.content() == null ? new byte[0] : entry.content().getBytes(StandardCharsets.UTF_8);
        var metadata = new DocumentMetadata(
                entry.title(), entry.source(), entry.url(), entry.tags(), entry.publishedAt(), entry.readers());
        return new DocumentUpload(
                collection,
                content,
                declared == null ? DocumentFormat.PLAIN_TEXT : declared,
                entry.mediaType(),
                null,
                metadata);
    }

    private static ResponseEntity<BatchResult> respond(BatchResult result) {
        return ResponseEntity.status(result.stored() > 0 ? HttpStatus.CREATED : HttpStatus.OK)
                .body(result);
    }

    private byte[] readBounded(HttpServletRequest request) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            throw new DocumentTooLargeException(maxBytes);
        }
        byte[] content = request.getInputStream().readNBytes((int) maxBytes + 1);
        if (content.length > maxBytes) {
            throw new DocumentTooLargeException(maxBytes);
        }
        if (content.length == 0) {
            throw new EmptyDocumentException("batch is empty: the upload has 0 bytes");
        }
        return content;
    }
}

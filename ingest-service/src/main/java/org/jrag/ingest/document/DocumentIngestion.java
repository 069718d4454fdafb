package org.jrag.ingest.document;

import java.util.List;
import java.util.Optional;
import org.jrag.embedding.TextEmbedder;
import org.jrag.ingest.chunking.ChunkSpan;
import org.jrag.ingest.chunking.Chunker;
import org.jrag.ingest.collection.CollectionRepository;
import org.jrag.ingest.document.ChangeLog.Operation;
import org.jrag.ingest.document.DocumentRepository.NewDocument;
import org.jrag.ingest.problem.DocumentNotFoundException;
import org.jrag.ingest.problem.EmptyDocumentException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ingest pipeline: parse, dedupe, chunk, embed, store. The slow stages (parsing, embedding) run outside any
 * transaction; the document, its chunks and its change-log entry are then written in one, so retrieval sees a
 * document READY with all its chunks or not at all.
 */
@Service
public class DocumentIngestion {

    private static final Logger log = LoggerFactory.getLogger(DocumentIngestion.class);

    private static final DocumentParser PLAIN_TEXT = new PlainTextParser();
    private static final DocumentParser MARKDOWN = new MarkdownParser();

    private final CollectionRepository collections;
    private final DocumentRepository documents;
    private final ChangeLog changeLog;
    private final Chunker chunker;
    private final TextEmbedder embedder;
    private final TransactionTemplate transaction;

    DocumentIngestion(
            CollectionRepository collections,
            DocumentRepository documents,
            ChangeLog changeLog,
            Chunker chunker,
            TextEmbedder embedder,
            TransactionTemplate transaction) {
        this.collections = collections;
        this.documents = documents;
        this.changeLog = changeLog;
        this.chunker = chunker;
        this.embedder = embedder;
        this.transaction = transaction;
    }

    /** Ingests one upload, or returns the stored document when identical bytes are already in the collection. */
    public IngestResult ingest(DocumentUpload upload) {
        long started = System.nanoTime();
        long collectionId = collections.requireId(upload.collection());
        if (upload.content().length == 0) {
            throw new EmptyDocumentException("document is empty: the upload has 0 bytes");
        }

        // 1. decode and parse
        ParsedDocument parsed = parserFor(upload.format()).parse(upload.content());
        if (parsed.text().isBlank()) {
            throw new EmptyDocumentException(
                    "document has no text: its " + upload.content().length + " bytes are whitespace only");
        }
        String title = upload.title() != null ? upload.title() : parsed.title();

        // 2. dedupe by content hash
        ContentHash hash = ContentHash.sha256(upload.content());
        Optional<IngestResult> existing =
                documents.findIdByHash(collectionId, hash).map(id -> existing(collectionId, upload.collection(), id));
        if (existing.isPresent()) {
            return existing.get();
        }

        // 3. chunk
        List<ChunkSpan> chunks = chunker.chunk(parsed.text());

        // 4. embed
        List<float[]> embeddings =
                embedder.embedPassages(chunks.stream().map(ChunkSpan::text).toList());

        // 5. store document READY + chunks + change log, in one transaction
        var document = new NewDocument(
                collectionId,
                title,
                upload.source(),
                upload.format().mediaType().toString(),
                hash,
                parsed.text());
        IngestResult result = transaction.execute(tx -> documents
                .insertReady(document)
                .map(documentId -> {
                    documents.insertChunks(documentId, collectionId, chunks, embeddings);
                    long seq = changeLog.append(collectionId, documentId, Operation.UPSERT);
                    return new IngestResult(
                            documentId,
                            upload.collection(),
                            title,
                            upload.source(),
                            document.mediaType(),
                            hash.hex(),
                            chunks.size(),
                            "READY",
                            seq,
                            false);
                })
                // identical bytes were committed by a concurrent upload since stage 2
                .orElse(null));
        if (result == null) {
            long documentId = documents.findIdByHash(collectionId, hash).orElseThrow();
            return existing(collectionId, upload.collection(), documentId);
        }
        log.info(
                "Ingested document {} into '{}': {} chars, {} chunks, change seq {}, {} ms",
                result.documentId(),
                upload.collection(),
                parsed.text().length(),
                chunks.size(),
                result.changeSeq(),
                (System.nanoTime() - started) / 1_000_000);
        return result;
    }

    public DocumentView get(String collection, long documentId) {
        long collectionId = collections.requireId(collection);
        return documents
                .find(collectionId, collection, documentId)
                .orElseThrow(() -> new DocumentNotFoundException(collection, documentId));
    }

    /** Deletes the document and its chunks, and records the DELETE for retrieval, in one transaction. */
    public void delete(String collection, long documentId) {
        long collectionId = collections.requireId(collection);
        long seq = transaction.execute(tx -> {
            if (!documents.delete(collectionId, documentId)) {
                throw new DocumentNotFoundException(collection, documentId);
            }
            return changeLog.append(collectionId, documentId, Operation.DELETE);
        });
        log.info("Deleted document {} from '{}', change seq {}", documentId, collection, seq);
    }

    private IngestResult existing(long collectionId, String collection, long documentId) {
        DocumentView view = documents.find(collectionId, collection, documentId).orElseThrow();
        return new IngestResult(
                view.documentId(),
                collection,
                view.title(),
                view.source(),
                view.mediaType(),
                view.contentHash(),
                view.chunkCount(),
                view.status(),
                changeLog.lastUpsert(documentId),
                true);
    }

    private static DocumentParser parserFor(DocumentFormat format) {
        return switch (format) {
            case PLAIN_TEXT -> PLAIN_TEXT;
            case MARKDOWN -> MARKDOWN;
        };
    }
}

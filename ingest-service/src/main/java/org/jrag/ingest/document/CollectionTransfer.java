package org.jrag.ingest.document;

import com.pgvector.PGvector;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jrag.embedding.EmbeddingModelIdentity;
import org.jrag.embedding.OnnxTextEmbedder;
import org.jrag.ingest.chunking.ChunkSpan;
import org.jrag.ingest.chunking.ChunkingOptions;
import org.jrag.ingest.collection.CollectionRepository;
import org.jrag.ingest.collection.CollectionView;
import org.jrag.ingest.collection.NewCollection;
import org.jrag.ingest.collection.SearchDefaults;
import org.jrag.ingest.document.ChangeLog.Operation;
import org.jrag.ingest.embedding.StoredEmbeddingModel;
import org.jrag.ingest.problem.CollectionNotFoundException;
import org.jrag.ingest.problem.ImportModelMismatchException;
import org.jrag.ingest.problem.IngestException;
import org.jrag.ingest.problem.InvalidImportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Moves a collection between deployments (staging to production, one team's backup) without parsing or embedding
 * anything again: {@link #export} writes it as newline-delimited JSON, a header line (the format, the collection's
 * description and chunking, the embedding model its vectors came from) and then a line per document with its text,
 * structure, metadata, readers and chunks, each chunk's vector as base64 little-endian float32; {@link #importInto}
 * reads such a file into a new collection in one transaction, so a file that fails anywhere stores nothing. The vectors
 * are only comparable under the same model: a file of another model is refused (409), as a model change needs a
 * re-embedding ({@code RAG_EMBEDDING_REEMBED}) or an upload of the documents.
 */
@Service
public class CollectionTransfer {

    /** The format of the header line, which a reader checks before anything else. */
    static final String FORMAT = "jrag-collection/1";

    private static final Logger log = LoggerFactory.getLogger(CollectionTransfer.class);
    private static final int PAGE = 100;
    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final TransactionTemplate writing;
    private final TransactionTemplate snapshot;
    private final CollectionRepository collections;
    private final DocumentRepository documents;
    private final ChangeLog changeLog;
    private final StoredEmbeddingModel embeddingModel;
    private final EmbeddingModelIdentity model;
    private final long maxLineBytes;

    CollectionTransfer(
            JdbcClient jdbc,
            JsonMapper json,
            PlatformTransactionManager transactions,
            CollectionRepository collections,
            DocumentRepository documents,
            ChangeLog changeLog,
            StoredEmbeddingModel embeddingModel,
            OnnxTextEmbedder embedder,
            DocumentProperties properties) {
        this.jdbc = jdbc;
        this.json = json;
        this.writing = new TransactionTemplate(transactions);
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
        this.collections = collections;
        this.documents = documents;
        this.changeLog = changeLog;
        this.embeddingModel = embeddingModel;
        this.model = EmbeddingModelIdentity.of(embedder);
        // a document's text, its chunks' texts (about as much again) and vectors, as JSON
        this.maxLineBytes =
                Math.max(64L << 20, 4 * properties.maxDocumentBytes().toBytes());
    }

    /** The header line of an export. */
    record Header(String format, ExportedCollection collection, EmbeddingModelIdentity embeddingModel) {}

    /**
     * @param redact null in an export from before collections redacted personal data
     * @param instructions null in an export from before collections had instructions, or of one without
     * @param search null in an export from before collections had search defaults, or of one without
     */
    record ExportedCollection(
            String name,
            String description,
            Map<String, String> chunking,
            String language,
            List<String> redact,
            String instructions,
            JsonNode search) {}

    /** A document line: the document as stored, and its chunks in position order. */
    record ExportedDocument(
            long id,
            String title,
            String source,
            String mediaType,
            String contentHash,
            String content,
            DocumentStructure structure,
            Map<String, Object> metadata,
            List<String> readers,
            Instant createdAt,
            List<ExportedChunk> chunks) {}

    /**
     * @param parent the position of the chunk this one was cut from, or null
     * @param embedding the vector as base64 little-endian float32, or null for a chunk kept only as context
     */
    record ExportedChunk(
            int position,
            Integer parent,
            String text,
            int startOffset,
            int endOffset,
            int tokenCount,
            Map<String, Object> metadata,
            String embedding) {}

    /** What an import stored. */
    public record ImportedCollection(String name, int documents, long chunks, long changeSeq) {}

    /**
     * Writes the collection's READY documents the principals may read, as of one moment (a read-only snapshot: uploads
     * meanwhile are not half seen), to {@code out}.
     */
    public void export(String collection, Principals principals, OutputStream out) {
        CollectionView view =
                collections.find(collection).orElseThrow(() -> new CollectionNotFoundException(collection));
        long collectionId = collections.requireId(collection);
        snapshot.executeWithoutResult(status -> {
            writeLine(
                    out,
                    new Header(
                            FORMAT,
                            new ExportedCollection(
                                    view.name(),
                                    view.description(),
                                    view.chunking(),
                                    view.language(),
                                    view.redact(),
                                    view.instructions(),
                                    view.search() == null ? null : json.valueToTree(view.search())),
                            model));
            long after = 0;
            int exported = 0;
            for (; ; ) {
                var params = new HashMap<String, Object>();
                String readable = principals.condition(params);
                List<Long> ids = jdbc.sql("SELECT d.id FROM document d WHERE d.collection_id = :collectionId"
                                + " AND d.id > :after AND d.status = 'READY'" + readable + " ORDER BY d.id LIMIT :page")
                        .params(params)
                        .param("collectionId", collectionId)
                        .param("after", after)
                        .param("page", PAGE)
                        .query(Long.class)
                        .list();
                for (long id : ids) {
                    writeLine(out, exported(id));
                    exported++;
                }
                if (ids.size() < PAGE) {
                    break;
                }
                after = ids.getLast();
            }
            log.info("Exported {} documents of '{}'", exported, collection);
        });
    }

    private ExportedDocument exported(long documentId) {
        List<ExportedChunk> chunks = jdbc.sql("""
                        SELECT c.position, p.position AS parent, c.text, c.start_offset, c.end_offset, c.token_count,
                               c.metadata::text AS metadata, c.embedding::text AS embedding
                        FROM chunk c LEFT JOIN chunk p ON p.id = c.parent_id
                        WHERE c.document_id = :id ORDER BY c.position""")
                .param("id", documentId)
                .query((rs, row) -> new ExportedChunk(
                        rs.getInt("position"),
                        rs.getObject("parent", Integer.class),
                        rs.getString("text"),
                        rs.getInt("start_offset"),
                        rs.getInt("end_offset"),
                        rs.getInt("token_count"),
                        json.readValue(rs.getString("metadata"), JSON_OBJECT),
                        rs.getString("embedding") == null ? null : encode(new PGvector(rs.getString("embedding")))))
                .list();
        return jdbc.sql("""
                        SELECT id, title, source, media_type, content_hash, content, structure::text AS structure,
                               metadata::text AS metadata, readers, created_at
                        FROM document WHERE id = :id""")
                .param("id", documentId)
                .query((rs, row) -> new ExportedDocument(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getString("source"),
                        rs.getString("media_type"),
                        rs.getString("content_hash"),
                        rs.getString("content"),
                        rs.getString("structure") == null
                                ? null
                                : json.readValue(rs.getString("structure"), DocumentStructure.class),
                        json.readValue(rs.getString("metadata"), JSON_OBJECT),
                        List.of((String[]) rs.getArray("readers").getArray()),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        chunks))
                .single();
    }

    /**
     * Reads an export into a new collection named {@code name}, all of it in one transaction: the collection and every
     * document appear together when it commits, or nothing does.
     *
     * @throws InvalidImportException naming the line that is no part of an export (400)
     * @throws ImportModelMismatchException when its vectors come from another model than this service's (409)
     */
    public ImportedCollection importInto(String name, InputStream in) {
        var lines = new Lines(new BufferedInputStream(in, 1 << 16), maxLineBytes);
        Header header = header(lines);
        ImportedCollection imported = writing.execute(status -> {
            embeddingModel.requireCurrent();
            ExportedCollection exported = header.collection();
            collections.create(new NewCollection(
                    name,
                    exported == null ? null : exported.description(),
                    exported == null || exported.chunking() == null
                            ? ChunkingOptions.none()
                            : new ChunkingOptions(exported.chunking()),
                    exported == null ? null : exported.language(),
                    exported == null ? null : exported.redact(),
                    exported == null ? null : exported.instructions(),
                    exported == null ? null : SearchDefaults.of(exported.search())));
            long collectionId = collections.requireId(name);
            List<Long> ids = new ArrayList<>();
            long chunks = 0;
            for (String line = lines.next(); line != null; line = lines.next()) {
                if (line.isBlank()) {
                    continue;
                }
                ExportedDocument document = parse(line, ExportedDocument.class, lines.number());
                chunks += store(collectionId, document, lines.number(), ids);
            }
            // an export from before languages were told
            documents.tellLanguages(collectionId, new LanguageDetector());
            long seq = ids.isEmpty() ? 0 : changeLog.appendAll(collectionId, ids, Operation.UPSERT);
            return new ImportedCollection(name, ids.size(), chunks, seq);
        });
        log.info(
                "Imported {} documents ({} chunks) into '{}', change seq {}",
                imported.documents(),
                imported.chunks(),
                name,
                imported.changeSeq());
        return imported;
    }

    private Header header(Lines lines) {
        String first = lines.next();
        if (first == null || first.isBlank()) {
            throw InvalidImportException.invalid(1, "the body is empty; an export starts with its header line");
        }
        Header header = parse(first, Header.class, 1);
        if (!FORMAT.equals(header.format())) {
            throw InvalidImportException.invalid(
                    1,
                    "the header's format is '" + header.format() + "', not '" + FORMAT + "' (an export of this API)");
        }
        EmbeddingModelIdentity theirs = header.embeddingModel();
        if (theirs == null || !theirs.fingerprint().equals(model.fingerprint())) {
            throw new ImportModelMismatchException(theirs == null ? "no model" : theirs.describe(), model.describe());
        }
        return header;
    }

    /** Inserts one document and its chunks; returns how many chunks. */
    private int store(long collectionId, ExportedDocument document, long line, List<Long> ids) {
        if (document.content() == null || document.mediaType() == null || document.chunks() == null) {
            throw InvalidImportException.invalid(line, "a document needs content, mediaType and chunks");
        }
        List<ChunkSpan> spans = new ArrayList<>(document.chunks().size());
        List<float[]> embeddings = new ArrayList<>(document.chunks().size());
        try {
            for (int i = 0; i < document.chunks().size(); i++) {
                ExportedChunk chunk = document.chunks().get(i);
                int parent = chunk.parent() == null ? -1 : chunk.parent();
                if (chunk.position() != i || parent >= document.chunks().size() || parent == i) {
                    throw InvalidImportException.invalid(
                            line, "chunk " + i + " has position " + chunk.position() + " and parent " + chunk.parent());
                }
                if (chunk.endOffset() > document.content().length()
                        || chunk.startOffset() < 0
                        || chunk.startOffset() > chunk.endOffset()
                        || !document.content()
                                .substring(chunk.startOffset(), chunk.endOffset())
                                .equals(chunk.text())) {
                    throw InvalidImportException.invalid(
                            line, "chunk " + i + " is not the text between its offsets in the document's content");
                }
                float[] vector = chunk.embedding() == null ? null : decode(chunk.embedding(), line, i);
                spans.add(new ChunkSpan(
                        chunk.text(),
                        chunk.startOffset(),
                        chunk.endOffset(),
                        chunk.tokenCount(),
                        parent,
                        vector != null,
                        chunk.metadata() == null ? Map.of() : chunk.metadata()));
                embeddings.add(vector);
            }
            var row = new DocumentRepository.NewDocument(
                    collectionId,
                    document.title(),
                    document.source(),
                    document.mediaType(),
                    new ContentHash(document.contentHash()),
                    document.content(),
                    document.structure(),
                    document.metadata() == null ? Map.of() : new LinkedHashMap<>(document.metadata()),
                    DocumentMetadata.checkReaders(document.readers() == null ? List.of() : document.readers()));
            long id = documents
                    .insertReady(row)
                    .orElseThrow(() -> InvalidImportException.invalid(
                            line, "the document's contentHash is that of an earlier document of the file"));
            documents.insertChunks(id, collectionId, spans, embeddings);
            ids.add(id);
            return spans.size();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw InvalidImportException.invalid(line, e.getMessage());
        } catch (IngestException e) {
            throw e instanceof InvalidImportException ? e : InvalidImportException.invalid(line, e.getMessage());
        }
    }

    private <T> T parse(String line, Class<T> type, long number) {
        try {
            return json.readValue(line, type);
        } catch (JacksonException e) {
            throw InvalidImportException.invalid(number, "not a line of an export: " + e.getOriginalMessage());
        }
    }

    private void writeLine(OutputStream out, Object value) {
        try {
            out.write(json.writeValueAsBytes(value));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String encode(PGvector vector) {
        float[] values = vector.toArray();
        ByteBuffer bytes = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(values);
        return Base64.getEncoder().encodeToString(bytes.array());
    }

    private float[] decode(String base64, long line, int chunk) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw InvalidImportException.invalid(line, "chunk " + chunk + "'s embedding is not base64");
        }
        if (bytes.length != 4 * model.dimension()) {
            throw InvalidImportException.invalid(
                    line,
                    "chunk " + chunk + "'s embedding has " + bytes.length / 4 + " dimensions, not "
                            + model.dimension());
        }
        float[] values = new float[model.dimension()];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
        return values;
    }

    /** The body's lines as UTF-8, each at most {@code maxBytes}, counted from 1. */
    private static final class Lines {

        private final InputStream in;
        private final long maxBytes;
        private long number;
        private boolean ended;

        Lines(InputStream in, long maxBytes) {
            this.in = in;
            this.maxBytes = maxBytes;
        }

        /** The next line without its end, or null at the end of the body. */
        String next() {
            if (ended) {
                return null;
            }
            number++;
            var line = new ByteArrayOutputStream();
            try {
                for (int b = in.read(); ; b = in.read()) {
                    if (b < 0) {
                        ended = true;
                        return line.size() == 0 ? null : decoded(line);
                    }
                    if (b == '\n') {
                        return decoded(line);
                    }
                    if (line.size() >= maxBytes) {
                        throw InvalidImportException.invalid(number, "the line is longer than " + maxBytes + " bytes");
                    }
                    line.write(b);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        long number() {
            return number;
        }

        private static String decoded(ByteArrayOutputStream line) {
            return line.toString(StandardCharsets.UTF_8);
        }
    }
}

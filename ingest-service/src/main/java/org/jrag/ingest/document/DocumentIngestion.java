package org.jrag.ingest.document;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jrag.embedding.TextEmbedder;
import org.jrag.ingest.chunking.ChunkSpan;
import org.jrag.ingest.chunking.Chunker;
import org.jrag.ingest.chunking.ChunkerFactory;
import org.jrag.ingest.chunking.ChunkingOptions;
import org.jrag.ingest.chunking.ChunkingStrategy;
import org.jrag.ingest.collection.CollectionRepository;
import org.jrag.ingest.collection.CollectionTarget;
import org.jrag.ingest.collection.CollectionView;
import org.jrag.ingest.collection.NewCollection;
import org.jrag.ingest.document.ChangeLog.Operation;
import org.jrag.ingest.document.DocumentRepository.NewDocument;
import org.jrag.ingest.embedding.StoredEmbeddingModel;
import org.jrag.ingest.metrics.IngestMetrics;
import org.jrag.ingest.ocr.Ocr;
import org.jrag.ingest.ocr.OcrProperties;
import org.jrag.ingest.problem.BatchEntryException;
import org.jrag.ingest.problem.CollectionNotFoundException;
import org.jrag.ingest.problem.ConcurrentUpdateException;
import org.jrag.ingest.problem.DocumentNotFoundException;
import org.jrag.ingest.problem.EmptyDocumentException;
import org.jrag.ingest.problem.HiddenDocumentsException;
import org.jrag.ingest.problem.HiddenDuplicateException;
import org.jrag.ingest.problem.IngestException;
import org.jrag.ingest.problem.IngestProblems;
import org.jrag.ingest.problem.SourceNotReplaceableException;
import org.jrag.ingest.statistics.TableStatistics;
import org.jrag.personaldata.PersonalData;
import org.jrag.personaldata.PiiKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The ingest pipeline: detect and parse, dedupe, chunk, embed, store. The slow stages run outside any transaction;
 * the documents, their chunks and their change-log entries are then written in one, so retrieval sees a document
 * READY with all its chunks or not at all, and a batch stores all its entries or none. New bytes under the
 * {@code source} of a stored document replace that document in the same way: its content, hash and chunks are swapped
 * in the one transaction and logged as an UPSERT of the same id, so retrieval never sees a mix of old and new chunks.
 */
@Service
public class DocumentIngestion {

    private static final Logger log = LoggerFactory.getLogger(DocumentIngestion.class);

    /** Chunks per embedding call; see {@link #embed}. */
    static final int EMBEDDING_BATCH = 64;

    private static final DocumentParser PLAIN_TEXT = new PlainTextParser();
    private static final DocumentParser MARKDOWN = new MarkdownParser();
    private static final DocumentParser HTML = new HtmlParser();
    private static final DocumentParser CSV = DelimitedTextParser.csv();
    private static final DocumentParser TSV = DelimitedTextParser.tsv();
    private static final DocumentParser DOCX = new DocxParser();
    private static final DocumentParser ODT = OdfParser.text();
    private static final DocumentParser ODS = OdfParser.spreadsheet();
    private static final DocumentParser ODP = OdfParser.presentation();
    private static final DocumentParser XLSX = new XlsxParser();
    private static final DocumentParser PPTX = new PptxParser();
    private static final DocumentParser DOC = new DocParser();
    private static final DocumentParser XLS = new XlsParser();
    private static final DocumentParser PPT = new PptParser();

    private final CollectionRepository collections;
    private final DocumentRepository documents;
    private final ChangeLog changeLog;
    private final ChunkerFactory chunkers;
    private final TextEmbedder embedder;
    private final CollectionWrites writes;
    private final IngestMetrics metrics;
    private final TableStatistics statistics;
    private final ObservationRegistry observations;
    private final StoredEmbeddingModel embeddingModel;
    private final LanguageDetector languages = new LanguageDetector();
    private final Ocr ocr;
    private final OcrProperties ocrProperties;

    DocumentIngestion(
            CollectionRepository collections,
            DocumentRepository documents,
            ChangeLog changeLog,
            ChunkerFactory chunkers,
            TextEmbedder embedder,
            CollectionWrites writes,
            IngestMetrics metrics,
            TableStatistics statistics,
            ObservationRegistry observations,
            StoredEmbeddingModel embeddingModel,
            Ocr ocr,
            OcrProperties ocrProperties) {
        this.collections = collections;
        this.ocr = ocr;
        this.ocrProperties = ocrProperties;
        this.documents = documents;
        this.changeLog = changeLog;
        this.chunkers = chunkers;
        this.embedder = embedder;
        this.writes = writes;
        this.metrics = metrics;
        this.statistics = statistics;
        this.observations = observations;
        this.embeddingModel = embeddingModel;
    }

    /** Runs one stage of an ingest: a span (a child of the request's or the job's) when traced, a timer by stage. */
    private <T> T stage(String stage, Supplier<T> work) {
        return Observation.createNotStarted("rag.ingest.stage", observations)
                .contextualName("ingest " + stage)
                .lowCardinalityKeyValue("stage", stage)
                .observe(work);
    }

    /** A parsed upload on its way to storage; {@code chunks} and {@code embeddings} are filled by stages 3 and 4. */
    private record Prepared(
            DocumentUpload upload,
            DetectedFormat format,
            ParsedDocument parsed,
            String title,
            ContentHash hash,
            Map<String, Integer> redacted,
            String language,
            List<ChunkSpan> chunks,
            List<float[]> embeddings) {

        Prepared withChunks(List<ChunkSpan> chunks, List<float[]> embeddings) {
            return new Prepared(upload, format, parsed, title, hash, redacted, language, chunks, embeddings);
        }

        /** With the personal data of {@code kinds} replaced in its text and title (the hash stays the upload's). */
        Prepared redacted(Set<PiiKind> kinds) {
            if (kinds.isEmpty()) {
                return this;
            }
            Redaction redaction = Redaction.of(parsed, kinds);
            String redactedTitle = title == null ? null : PersonalData.redact(title, kinds);
            return new Prepared(
                    upload,
                    format,
                    redaction.document(),
                    redactedTitle,
                    hash,
                    redaction.counts(),
                    language,
                    chunks,
                    embeddings);
        }
    }

    /**
     * Ingests one upload, or returns the stored document when identical bytes are already in the collection. New
     * bytes under the {@code source} of a stored document replace that document's content and chunks.
     */
    public IngestResult ingest(DocumentUpload upload, ChunkingOptions requested) {
        return ingest(upload, requested, IngestProgress.NONE);
    }

    /** {@link #ingest(DocumentUpload, ChunkingOptions)}, telling {@code progress} as chunks are embedded. */
    public IngestResult ingest(DocumentUpload upload, ChunkingOptions requested, IngestProgress progress) {
        return counted(() -> ingestAll(upload.collection(), List.of(upload), requested, false, progress))
                .getFirst();
    }

    /**
     * Fails now, as the upload would, if the collection does not exist or the chunking options break a rule; an
     * asynchronous upload is checked this way before it is queued.
     */
    public void check(String collection, ChunkingOptions requested) {
        CollectionTarget target = collections.requireTarget(collection);
        chunkers.resolve(target.chunking(), requested);
    }

    /** Runs an ingest, counting its failures by problem type and timing it. */
    private List<IngestResult> counted(Supplier<List<IngestResult>> ingest) {
        long started = System.nanoTime();
        try {
            List<IngestResult> results = ingest.get();
            metrics.ingestTook(Duration.ofNanos(System.nanoTime() - started));
            // committed: a bulk load may have left the planner statistics stale
            statistics.chunksCommitted(results.stream()
                    .filter(r -> !r.duplicate())
                    .mapToLong(IngestResult::chunkCount)
                    .sum());
            return results;
        } catch (IngestException e) {
            metrics.failed(IngestProblems.slug(e));
            throw e;
        } catch (RuntimeException e) {
            metrics.failed(IngestProblems.INTERNAL_ERROR);
            throw e;
        }
    }

    /**
     * Ingests every entry of a batch, or none: an entry that fails to parse fails the batch (naming the entry) before
     * anything is embedded, and all entries are stored in one transaction.
     */
    public BatchResult ingestBatch(String collection, List<DocumentUpload> uploads, ChunkingOptions requested) {
        List<IngestResult> results =
                counted(() -> ingestAll(collection, uploads, requested, true, IngestProgress.NONE));
        int stored = (int) results.stream().filter(r -> !r.duplicate()).count();
        return new BatchResult(collection, stored, results);
    }

    private List<IngestResult> ingestAll(
            String collection,
            List<DocumentUpload> uploads,
            ChunkingOptions requested,
            boolean batch,
            IngestProgress progress) {
        long started = System.nanoTime();
        CollectionTarget target = collections.requireTarget(collection);
        ChunkingStrategy strategy = chunkers.resolve(target.chunking(), requested);

        // 1. detect the format and parse every upload, so a bad one fails before anything is embedded
        // scans are read in the collection's language too, where its OCR data is installed
        Ocr reading = ocr.in(target.language());
        List<Prepared> prepared = stage("parse", () -> parseAll(uploads, batch, reading));

        // 2. dedupe by content hash, against the collection and within the batch
        var results = new IngestResult[uploads.size()];
        var firstOfHash = new HashMap<ContentHash, Integer>();
        var fresh = new ArrayList<Integer>();
        for (int i = 0; i < prepared.size(); i++) {
            ContentHash hash = prepared.get(i).hash();
            Optional<Long> stored = documents.findIdByHash(target.id(), hash);
            if (stored.isPresent()) {
                results[i] = existing(target, stored.get());
            } else if (firstOfHash.putIfAbsent(hash, i) == null) {
                fresh.add(i);
            }
        }

        // 3. redact the collection's kinds of personal data, chunk and 4. embed the new documents (parents kept as
        // context get no vector)
        Chunker chunker = chunkers.chunkerFor(strategy);
        for (int i : fresh) {
            Prepared document = prepared.get(i).redacted(target.redact());
            List<ChunkSpan> chunks = stage(
                    "chunk",
                    () -> ChunkAnnotation.annotate(
                            chunker.chunk(document.parsed().text()),
                            document.parsed(),
                            document.upload().metadata()));
            prepared.set(i, document.withChunks(chunks, stage("embed", () -> embed(chunks, progress))));
        }

        // 5. store documents READY + chunks + change log, all in one transaction
        Map<Integer, IngestResult> stored = stage("store", () -> storeAll(target, prepared, fresh, strategy));
        for (int i = 0; i < prepared.size(); i++) {
            if (results[i] == null) {
                results[i] = stored.containsKey(i)
                        ? stored.get(i)
                        // identical bytes earlier in this batch, or committed by a concurrent upload since stage 2
                        : existing(
                                target,
                                documents
                                        .findIdByHash(
                                                target.id(), prepared.get(i).hash())
                                        .orElseThrow());
            }
        }
        log.info(
                "Ingested {} of {} uploads into '{}' with chunker {}: {} chunks, {} ms",
                stored.size(),
                uploads.size(),
                collection,
                strategy.name(),
                stored.values().stream().mapToInt(IngestResult::chunkCount).sum(),
                (System.nanoTime() - started) / 1_000_000);
        return List.of(results);
    }

    /** Stage 1 of every upload; in a batch, a failure names its entry. */
    private List<Prepared> parseAll(List<DocumentUpload> uploads, boolean batch, Ocr reading) {
        var prepared = new ArrayList<Prepared>(uploads.size());
        for (int i = 0; i < uploads.size(); i++) {
            DocumentUpload upload = uploads.get(i);
            try {
                prepared.add(parse(upload, reading));
            } catch (IngestException e) {
                if (!batch) {
                    throw e;
                }
                String name = upload.filename() != null ? "'" + upload.filename() + "'" : "#" + i;
                throw new BatchEntryException(name, e);
            }
        }
        return prepared;
    }

    private Prepared parse(DocumentUpload upload, Ocr reading) {
        if (upload.content().length == 0) {
            throw new EmptyDocumentException("document is empty: the upload has 0 bytes");
        }
        DetectedFormat format = FormatDetector.detect(
                upload.content(), upload.declared(), upload.declaredMediaType(), upload.filename());
        ParsedDocument parsed = parserFor(format.format(), reading).parse(upload.content());
        if (parsed.text().isBlank()) {
            throw new EmptyDocumentException(
                    format.format().isText()
                            ? "document has no text: its " + upload.content().length + " bytes are whitespace only"
                            : "document has no text: no text could be extracted from its " + upload.content().length
                                    + " bytes of " + format.format().mediaType());
        }
        String title = upload.metadata().title() != null ? upload.metadata().title() : parsed.title();
        // told here, with the parse, not inside the transaction that stores it
        String language = languages.detect(parsed.text()).orElse(null);
        return new Prepared(
                upload,
                format,
                parsed,
                title,
                ContentHash.sha256(upload.content()),
                Map.of(),
                language,
                List.of(),
                List.of());
    }

    /**
     * Embeds in batches of {@value #EMBEDDING_BATCH} chunks, so progress can be reported (and batch latency measured)
     * while a long document is embedded; a batch is still large enough for the embedder's length bucketing.
     */
    private List<float[]> embed(List<ChunkSpan> chunks, IngestProgress progress) {
        List<String> texts =
                chunks.stream().filter(ChunkSpan::embedded).map(ChunkSpan::text).toList();
        var vectors = new ArrayList<float[]>(texts.size());
        progress.embedded(0, texts.size());
        for (int from = 0; from < texts.size(); from += EMBEDDING_BATCH) {
            List<String> batch = texts.subList(from, Math.min(texts.size(), from + EMBEDDING_BATCH));
            vectors.addAll(metrics.timeEmbedding(() -> embedder.embedPassages(batch)));
            progress.embedded(vectors.size(), texts.size());
        }
        var aligned = new ArrayList<float[]>(chunks.size());
        int next = 0;
        for (ChunkSpan chunk : chunks) {
            aligned.add(chunk.embedded() ? vectors.get(next++) : null);
        }
        return aligned;
    }

    /**
     * Stage 5: stores the fresh documents in one transaction. Their sources are locked first, so that concurrent
     * uploads under one source replace its document one after the other (the later one sees the earlier one's
     * document and replaces it, or finds its bytes and is a duplicate) instead of both inserting or both replacing a
     * document they looked up before the other committed. What no lock covers (identical bytes committed meanwhile
     * under another source hit the unique content hash; a deadlock) rolls the transaction back and runs it again:
     * the next attempt sees the other upload's commit. After {@value CollectionWrites#ATTEMPTS} attempts the upload
     * is refused with 409, having stored nothing; a collection deleted meanwhile is a 404.
     */
    private Map<Integer, IngestResult> storeAll(
            CollectionTarget target, List<Prepared> prepared, List<Integer> fresh, ChunkingStrategy strategy) {
        List<String> sources = fresh.stream()
                .map(i -> prepared.get(i).upload().metadata().effectiveSource())
                .filter(Objects::nonNull)
                .toList();
        return writes.write(
                target.name(),
                target.id(),
                () -> "Storing " + fresh.size() + " uploads into '" + target.name() + "'",
                () -> {
                    embeddingModel.requireCurrent();
                    documents.lockSources(target.id(), sources);
                    var inserted = new LinkedHashMap<Integer, IngestResult>();
                    for (int i : fresh) {
                        store(target, prepared.get(i), strategy).ifPresent(result -> inserted.put(i, result));
                    }
                    return inserted;
                });
    }

    /**
     * Stage 5 for one document, inside the caller's transaction with its source locked: replaces the document stored
     * under its source, or inserts it; empty if identical bytes were committed first.
     */
    private Optional<IngestResult> store(CollectionTarget target, Prepared document, ChunkingStrategy strategy) {
        DocumentUpload upload = document.upload();
        var metadata = new LinkedHashMap<String, Object>();
        DocumentMetadata given = upload.metadata();
        if (given.url() != null) {
            metadata.put("url", given.url());
        }
        metadata.putAll(given.chunkFilters());
        metadata.put("chunker", strategy.name());
        if (document.format().declaredMediaType() != null) {
            metadata.put("declared_media_type", document.format().declaredMediaType());
        }
        if (document.format().mismatch() != null) {
            metadata.put("format_mismatch", document.format().mismatch());
        }
        if (!document.parsed().pages().isEmpty()) {
            metadata.put("page_count", document.parsed().pages().size());
        }
        if (document.parsed().ocrPages() > 0) {
            metadata.put("ocr_pages", document.parsed().ocrPages());
        }
        if (!document.redacted().isEmpty()) {
            metadata.put("redacted", document.redacted());
        }
        if (document.language() != null) {
            metadata.put("language", document.language());
        }
        String mediaType = document.format().format().mediaType().toString();
        var row = new NewDocument(
                target.id(),
                document.title(),
                given.effectiveSource(),
                mediaType,
                document.hash(),
                document.parsed().text(),
                DocumentStructure.of(document.parsed()),
                metadata,
                given.readers());
        if (documents.findIdByHash(target.id(), document.hash()).isPresent()) {
            return Optional.empty();
        }
        // new bytes under a stored document's source: a changed document, replaced in place
        Optional<Long> previous = given.effectiveSource() == null
                ? Optional.empty()
                : documents.findIdBySource(target.id(), given.effectiveSource());
        boolean replaced = previous.isPresent() && documents.replace(previous.get(), row);
        Optional<Long> id = replaced ? previous : documents.insertReady(row);
        return id.map(documentId -> {
            documents.insertChunks(documentId, target.id(), document.chunks(), document.embeddings());
            metrics.stored(replaced, document.chunks().size());
            long seq = changeLog.append(target.id(), documentId, Operation.UPSERT);
            return new IngestResult(
                    documentId,
                    target.name(),
                    document.title(),
                    given.effectiveSource(),
                    mediaType,
                    document.hash().hex(),
                    document.chunks().size(),
                    "READY",
                    seq,
                    false,
                    replaced,
                    document.format().declaredMediaType(),
                    document.format().mismatch(),
                    strategy.name(),
                    document.language(),
                    document.parsed().ocrPages(),
                    document.redacted());
        });
    }

    /**
     * Makes a stored document's chunks again from its stored text, with the collection's chunking overridden by
     * {@code requested} (a collection whose chunking was changed, a chunk size being tuned): chunked and embedded
     * outside any transaction, then its chunks swapped in one, logged as an UPSERT, so retrieval never sees a mix of
     * old and new chunks. Nothing is parsed again; sections and pages are kept where the document was stored with them
     * (since V10). A document replaced meanwhile (other bytes) is refused with 409, its new chunks left as they are.
     */
    public RechunkedDocument rechunk(String collection, long documentId, ChunkingOptions requested) {
        long started = System.nanoTime();
        CollectionTarget target = collections.requireTarget(collection);
        ChunkingStrategy strategy = chunkers.resolve(target.chunking(), requested);
        DocumentRepository.StoredText stored = documents
                .findText(target.id(), documentId)
                .orElseThrow(() -> new DocumentNotFoundException(collection, documentId));
        DocumentStructure structure = stored.structure() == null ? DocumentStructure.NONE : stored.structure();
        var storedText = new ParsedDocument(stored.content(), stored.title(), structure.sections(), structure.pages());
        // personal data the collection redacts now, which the stored text may still hold (stored before it did)
        Redaction redaction = Redaction.of(storedText, target.redact());
        ParsedDocument parsed = redaction.document();
        boolean redacted =
                !parsed.text().equals(storedText.text()) || !Objects.equals(parsed.title(), storedText.title());
        Map<String, Object> filters = DocumentMetadata.chunkFiltersOf(stored.metadata());
        Chunker chunker = chunkers.chunkerFor(strategy);
        List<ChunkSpan> chunks =
                stage("chunk", () -> ChunkAnnotation.annotate(chunker.chunk(parsed.text()), parsed, filters));
        List<float[]> embeddings = stage("embed", () -> embed(chunks, IngestProgress.NONE));
        long seq = stage(
                "store",
                () -> writes.write(
                        collection,
                        target.id(),
                        () -> "Re-chunking document " + documentId + " of '" + collection + "'",
                        () -> {
                            embeddingModel.requireCurrent();
                            if (stored.source() != null) {
                                documents.lockSources(target.id(), List.of(stored.source()));
                            }
                            if (!documents.clearChunks(
                                    target.id(), documentId, stored.contentHash(), strategy.name())) {
                                throw documents
                                                .findText(target.id(), documentId)
                                                .isPresent()
                                        ? ConcurrentUpdateException.replacedWhileRechunked(collection, documentId)
                                        : new DocumentNotFoundException(collection, documentId);
                            }
                            if (redacted) {
                                documents.replaceText(documentId, parsed, redaction.counts());
                            }
                            documents.insertChunks(documentId, target.id(), chunks, embeddings);
                            return changeLog.append(target.id(), documentId, Operation.UPSERT);
                        }));
        long embedded = chunks.stream().filter(ChunkSpan::embedded).count();
        log.info(
                "Re-chunked document {} of '{}' with chunker {}: {} chunks{}, {} ms",
                documentId,
                collection,
                strategy.name(),
                chunks.size(),
                redacted ? ", personal data redacted " + redaction.counts() : "",
                (System.nanoTime() - started) / 1_000_000);
        return new RechunkedDocument(
                documentId,
                collection,
                strategy.name(),
                chunks.size(),
                (int) embedded,
                stored.structure() != null,
                seq);
    }

    public DocumentView get(String collection, long documentId) {
        return get(collection, documentId, Principals.ALL);
    }

    /**
     * Refuses (409) uploads whose sources name documents the principals may not read (storing them would replace those
     * documents unseen) or whose bytes such a document holds (the answer, that document as the duplicate, would show
     * it). Uploads of a caller that reads every document pass.
     */
    public void requireReplaceable(String collection, List<DocumentUpload> uploads, Principals principals) {
        if (principals.all()) {
            return;
        }
        long collectionId = collections.requireId(collection);
        for (DocumentUpload upload : uploads) {
            String source = upload.metadata().effectiveSource();
            if (source != null && hidden(collectionId, documents.findIdBySource(collectionId, source), principals)) {
                throw new SourceNotReplaceableException(collection, source);
            }
            Optional<Long> identical = documents.findIdByHash(collectionId, ContentHash.sha256(upload.content()));
            if (hidden(collectionId, identical, principals)) {
                throw new HiddenDuplicateException(collection, upload.filename());
            }
        }
    }

    /**
     * Refuses (409) a change of the whole collection (deleting it, re-chunking it) asked for by principals that may not
     * read some of its documents; a caller that reads every document passes.
     */
    public void requireAllReadable(String collection, String what, Principals principals) {
        if (principals.all()) {
            return;
        }
        long hidden = documents.countHidden(collections.requireId(collection), principals);
        if (hidden > 0) {
            throw new HiddenDocumentsException(collection, what, hidden);
        }
    }

    /** Whether the document is there and the principals may not read it. */
    private boolean hidden(long collectionId, Optional<Long> document, Principals principals) {
        return document.isPresent() && !documents.readable(document.get(), principals);
    }

    /** The document, if it is in that collection and the principals may read it, else 404 as for none. */
    public DocumentView get(String collection, long documentId, Principals principals) {
        long collectionId = collections.requireId(collection);
        return documents
                .find(collectionId, collection, documentId, principals)
                .orElseThrow(() -> new DocumentNotFoundException(collection, documentId));
    }

    /**
     * Gives a synced folder's or site's collection the language and kinds of personal data to redact its configuration
     * names (null: left as they are), when it has others: a new language re-indexes its documents (as a {@code PATCH}
     * does), new kinds apply to the documents stored from then on. Returns whether anything changed.
     */
    public boolean alignCollection(String collection, String language, List<String> redact) {
        if (language == null && redact == null) {
            return false;
        }
        CollectionView current =
                collections.find(collection).orElseThrow(() -> new CollectionNotFoundException(collection));
        String aligned = language != null ? language : current.language();
        List<String> kinds = redact != null ? redact : current.redact();
        boolean relanguaged = !Objects.equals(aligned, current.language());
        if (!relanguaged && kinds.equals(current.redact())) {
            return false;
        }
        writes.write(collection, collections.requireId(collection), () -> "Aligning '" + collection + "'", () -> {
            collections.update(collection, current.description(), current.chunking(), aligned, kinds);
            return relanguaged ? reindex(collection, NewCollection.AUTO.equals(aligned)) : 0;
        });
        log.info(
                "Collection '{}' aligned with its sync's configuration: language {}, redact {}",
                collection,
                aligned,
                kinds);
        return true;
    }

    /**
     * Gives the collection's documents under a source prefix (a synced folder's or site's) the readers configured for
     * them where they have others, each an UPSERT in the change log so that retrieval's BM25 index filters by the new
     * readers too, in one transaction; returns how many changed. A file that did not change is not stored again, so
     * this is how its document follows a change of the configuration.
     */
    public int alignReaders(String collection, String sourcePrefix, List<String> readers) {
        return alignReaders(collection, sourcePrefix, readers, Map.of());
    }

    /**
     * As {@link #alignReaders(String, String, List)}, but the documents of the sources in {@code own} get the readers
     * given there (a Confluence page's view restrictions), the others under the prefix {@code readers}.
     */
    public int alignReaders(
            String collection, String sourcePrefix, List<String> readers, Map<String, List<String>> own) {
        long collectionId = collections.requireId(collection);
        Map<List<String>, List<String>> sourcesByReaders = new LinkedHashMap<>();
        own.forEach((source, its) ->
                sourcesByReaders.computeIfAbsent(its, key -> new ArrayList<>()).add(source));
        int changed = writes.write(
                collection,
                collectionId,
                () -> "Setting the readers of '" + sourcePrefix + "' in '" + collection + "'",
                () -> {
                    var ids = new ArrayList<>(documents.setReaders(collectionId, sourcePrefix, own.keySet(), readers));
                    sourcesByReaders.forEach(
                            (its, sources) -> ids.addAll(documents.setReadersOf(collectionId, sources, its)));
                    if (!ids.isEmpty()) {
                        changeLog.appendAll(collectionId, ids, Operation.UPSERT);
                    }
                    return ids.size();
                });
        if (changed > 0) {
            log.info(
                    "Set the readers of {} documents under '{}' in '{}': {}{}",
                    changed,
                    sourcePrefix,
                    collection,
                    readers.isEmpty() ? "everyone" : readers,
                    own.isEmpty() ? "" : ", but " + own.size() + " with readers of their own");
        }
        return changed;
    }

    /**
     * Logs an UPSERT for every document of the collection, so that retrieval indexes them again (their collection's
     * language changed); returns how many, in the caller's transaction or one of its own. With {@code tellLanguages}
     * (the collection's language is now {@code auto}) the documents stored before their language was told get it told
     * first.
     */
    public int reindex(String collection, boolean tellLanguages) {
        long collectionId = collections.requireId(collection);
        return writes.write(collection, collectionId, () -> "Re-indexing '" + collection + "'", () -> {
            if (tellLanguages) {
                documents.tellLanguages(collectionId, languages);
            }
            List<Long> ids = documents.idsOf(collectionId);
            if (!ids.isEmpty()) {
                changeLog.appendAll(collectionId, ids, Operation.UPSERT);
            }
            return ids.size();
        });
    }

    /** Whether a document of the collection holds exactly these bytes (an upload of them would be a duplicate). */
    public boolean holds(String collection, ContentHash hash) {
        return documents.findIdByHash(collections.requireId(collection), hash).isPresent();
    }

    /** The collection's documents whose source starts with {@code prefix}, by source. */
    public Map<String, StoredSource> storedSources(String collection, String prefix) {
        return documents.findSourcesUnder(collections.requireId(collection), prefix);
    }

    /**
     * Deletes the document and its chunks, and records the DELETE for retrieval, in one transaction. The document's
     * source is locked first, as uploads lock it before touching any row: a delete racing an upload that replaces the
     * document waits for it (and deletes what it stored) instead of holding the row the upload needs while waiting for
     * the change-log lock the upload holds. A transaction that still collides runs again, as uploads do.
     */
    public void delete(String collection, long documentId) {
        long collectionId = collections.requireId(collection);
        long seq = writes.write(
                collection,
                collectionId,
                () -> "Deleting document " + documentId + " from '" + collection + "'",
                () -> {
                    documents
                            .findSource(collectionId, documentId)
                            .ifPresent(source -> documents.lockSources(collectionId, List.of(source)));
                    if (!documents.delete(collectionId, documentId)) {
                        throw new DocumentNotFoundException(collection, documentId);
                    }
                    return changeLog.append(collectionId, documentId, Operation.DELETE);
                });
        metrics.deleted(1);
        log.info("Deleted document {} from '{}', change seq {}", documentId, collection, seq);
    }

    /**
     * Applies a patch of the document's title, url, tags and publication date to it and its chunks, and records an
     * UPSERT for retrieval (which indexes the title and filters by the tags and date), in one transaction, its source
     * locked as an upload locks it. Nothing is parsed or embedded again: the vectors hold the chunks' text alone.
     */
    public UpdatedDocument update(String collection, long documentId, DocumentPatch patch) {
        CollectionTarget target = collections.requireTarget(collection);
        long collectionId = target.id();
        DocumentView current = get(collection, documentId);
        DocumentMetadata given = patch.applyTo(current.title(), current.metadata(), current.readers());
        // a new title holds no personal data the collection redacts, as an uploaded one does not
        DocumentMetadata patched = given.title() == null || target.redact().isEmpty()
                ? given
                : new DocumentMetadata(
                        PersonalData.redact(given.title(), target.redact()),
                        given.source(),
                        given.url(),
                        given.tags(),
                        given.publishedAt(),
                        given.readers());
        long seq = writes.write(
                collection, collectionId, () -> "Updating document " + documentId + " of '" + collection + "'", () -> {
                    documents
                            .findSource(collectionId, documentId)
                            .ifPresent(source -> documents.lockSources(collectionId, List.of(source)));
                    if (!documents.updateMetadata(collectionId, documentId, patched)) {
                        throw new DocumentNotFoundException(collection, documentId);
                    }
                    return changeLog.append(collectionId, documentId, Operation.UPSERT);
                });
        log.info("Updated the metadata of document {} of '{}', change seq {}", documentId, collection, seq);
        return new UpdatedDocument(get(collection, documentId), seq);
    }

    /** Sets the document's url, as a patch of it would (a sync links a document stored before its file had a link). */
    public void link(String collection, long documentId, String url) {
        update(
                collection,
                documentId,
                new DocumentPatch(JsonNodeFactory.instance.objectNode().put("url", url)));
    }

    private IngestResult existing(CollectionTarget target, long documentId) {
        DocumentView view = documents
                .find(target.id(), target.name(), documentId, Principals.ALL)
                .orElseThrow();
        Map<String, Object> stored = view.metadata();
        return new IngestResult(
                view.documentId(),
                target.name(),
                view.title(),
                view.source(),
                view.mediaType(),
                view.contentHash(),
                view.chunkCount(),
                view.status(),
                changeLog.lastUpsert(documentId),
                true,
                false,
                stored.get("declared_media_type") instanceof String declared ? declared : null,
                stored.get("format_mismatch") instanceof String mismatch ? mismatch : null,
                stored.get("chunker") instanceof String chunker ? chunker : null,
                stored.get("language") instanceof String language ? language : null,
                stored.get("ocr_pages") instanceof Number pages ? pages.intValue() : 0,
                counts(stored.get("redacted")));
    }

    /** The counts a document's metadata keeps ({@code redacted}), as stored. */
    private static Map<String, Integer> counts(Object stored) {
        var counts = new LinkedHashMap<String, Integer>();
        if (stored instanceof Map<?, ?> map) {
            map.forEach((kind, count) -> {
                if (kind instanceof String name && count instanceof Number n) {
                    counts.put(name, n.intValue());
                }
            });
        }
        return counts;
    }

    /** The parser of the format; scans and images read by {@code reading}. */
    private DocumentParser parserFor(DocumentFormat format, Ocr reading) {
        return switch (format) {
            case PLAIN_TEXT -> PLAIN_TEXT;
            case MARKDOWN -> MARKDOWN;
            case HTML -> HTML;
            case PDF -> new PdfParser(reading, ocrProperties.dpi(), ocrProperties.maxPages(), ocrProperties.threads());
            case PNG, JPEG, TIFF ->
                new ImageParser(
                        reading, format.mediaType().toString(), ocrProperties.maxPages(), ocrProperties.threads());
            case CSV -> CSV;
            case TSV -> TSV;
            case DOCX -> DOCX;
            case ODT -> ODT;
            case ODS -> ODS;
            case ODP -> ODP;
            case XLSX -> XLSX;
            case PPTX -> PPTX;
            case EML -> new EmailParser(attached -> parserFor(attached, reading));
            case MSG -> new MsgParser(attached -> parserFor(attached, reading));
            case DOC -> DOC;
            case XLS -> XLS;
            case PPT -> PPT;
            case RTF -> new RtfParser();
            case EPUB -> new EpubParser(HTML);
        };
    }
}

package org.jrag.retrieval.bm25;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene index behind BM25 retrieval: one Lucene document per chunk, replaced per source document. Writes go
 * through one {@link IndexWriter}; reads through a {@link SearcherManager} that sees every write after
 * {@link #commit(long)} (near-real-time). The last applied change-log seq is stored in the commit's user data, so a
 * restart resumes where the index left off. Thread-safe.
 */
public final class Bm25Index implements Closeable {

    static final String CHUNK_ID = "chunkId";
    static final String DOCUMENT_ID = "documentId";
    static final String COLLECTION_ID = "collectionId";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String TAG = "tag";
    static final String PUBLISHED_AT = "publishedAt";
    private static final String LAST_SEQ = "lastSeq";
    /**
     * Which document fields the index was written with, in the commit user data. An index written before the filter
     * fields ({@link #TAG}, {@link #PUBLISHED_AT}) existed would silently match no filter, so it replays from seq 0.
     */
    private static final String FIELDS = "fields";

    private static final String FIELDS_VERSION = "2-filters";

    private final Directory directory;
    private final Analyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private volatile long lastSeq;

    public Bm25Index(Directory directory, float k1, float b) {
        this.directory = directory;
        this.analyzer = new EnglishAnalyzer();
        var similarity = new BM25Similarity(k1, b);
        try {
            this.lastSeq = readLastSeq(directory);
            var config = new IndexWriterConfig(analyzer)
                    .setSimilarity(similarity)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            this.writer = new IndexWriter(directory, config);
            if (lastSeq > 0 && !FIELDS_VERSION.equals(readFields(directory))) {
                // written by an older version: rebuild so every chunk has the filter fields
                writer.deleteAll();
                lastSeq = 0;
            }
            this.searchers = new SearcherManager(writer, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
                    var searcher = new IndexSearcher(reader);
                    searcher.setSimilarity(similarity);
                    return searcher;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the BM25 index in " + directory, e);
        }
    }

    /** Opens (or creates) the index in {@code dir}; a missing index starts empty at seq 0 and is rebuilt. */
    public static Bm25Index open(Path dir, float k1, float b) {
        try {
            Files.createDirectories(dir);
            return new Bm25Index(FSDirectory.open(dir), k1, b);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the BM25 index directory " + dir, e);
        }
    }

    private static String readFields(Directory directory) throws IOException {
        return SegmentInfos.readLatestCommit(directory).getUserData().get(FIELDS);
    }

    private static long readLastSeq(Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return 0;
        }
        String value = SegmentInfos.readLatestCommit(directory).getUserData().get(LAST_SEQ);
        return value == null ? 0 : Long.parseLong(value);
    }

    /** The analyzer chunks were indexed with; queries must use the same one. */
    Analyzer analyzer() {
        return analyzer;
    }

    /** The last change-log seq applied and committed. */
    public long lastSeq() {
        return lastSeq;
    }

    /** Replaces every chunk of the document with {@code chunks} (none: the document is removed). */
    public void replaceDocument(long documentId, List<IndexedChunk> chunks) {
        try {
            writer.deleteDocuments(documentTerm(documentId));
            for (IndexedChunk chunk : chunks) {
                if (chunk.documentId() != documentId) {
                    throw new IllegalArgumentException("chunk " + chunk.chunkId() + " belongs to document "
                            + chunk.documentId() + ", not " + documentId);
                }
                writer.addDocument(toLucene(chunk));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot index document " + documentId, e);
        }
    }

    /** Removes every chunk of the document. */
    public void deleteDocument(long documentId) {
        replaceDocument(documentId, List.of());
    }

    /** Removes everything and commits seq 0, so the next catch-up replays the change log from the start. */
    public void clear() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear the BM25 index", e);
        }
        commit(0);
    }

    /** Makes the writes so far durable with {@code seq} as the last applied change, and visible to searches. */
    public void commit(long seq) {
        try {
            writer.setLiveCommitData(
                    Map.of(LAST_SEQ, Long.toString(seq), FIELDS, FIELDS_VERSION).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
            lastSeq = seq;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot commit the BM25 index at seq " + seq, e);
        }
    }

    /** Runs {@code search} against the latest refreshed view of the index. */
    public <T> T search(SearchFunction<T> search) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return search.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("BM25 search failed", e);
        }
    }

    /** Counts the documents and chunks visible to searches. */
    public IndexStatus status() {
        return search(searcher -> {
            IndexReader reader = searcher.getIndexReader();
            Set<BytesRef> documents = new HashSet<>();
            for (LeafReaderContext leaf : reader.leaves()) {
                Terms terms = leaf.reader().terms(DOCUMENT_ID);
                if (terms == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                TermsEnum termsEnum = terms.iterator();
                PostingsEnum postings = null;
                for (BytesRef term = termsEnum.next(); term != null; term = termsEnum.next()) {
                    postings = termsEnum.postings(postings, PostingsEnum.NONE);
                    for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                        if (live == null || live.get(doc)) {
                            documents.add(BytesRef.deepCopyOf(term));
                            break;
                        }
                    }
                }
            }
            return new IndexStatus(lastSeq, documents.size(), reader.numDocs());
        });
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }

    static Term documentTerm(long documentId) {
        return new Term(DOCUMENT_ID, Long.toString(documentId));
    }

    static Term collectionTerm(long collectionId) {
        return new Term(COLLECTION_ID, Long.toString(collectionId));
    }

    private static Document toLucene(IndexedChunk chunk) {
        var doc = new Document();
        doc.add(new StoredField(CHUNK_ID, chunk.chunkId()));
        doc.add(new StringField(DOCUMENT_ID, Long.toString(chunk.documentId()), Field.Store.YES));
        doc.add(new StringField(COLLECTION_ID, Long.toString(chunk.collectionId()), Field.Store.NO));
        if (chunk.title() != null && !chunk.title().isBlank()) {
            doc.add(new TextField(TITLE, chunk.title(), Field.Store.NO));
        }
        doc.add(new TextField(TEXT, chunk.text(), Field.Store.NO));
        // filter fields: exact tags, and the publication date as epoch days for range queries
        for (String tag : chunk.tags()) {
            doc.add(new StringField(TAG, tag, Field.Store.NO));
        }
        if (chunk.publishedAt() != null) {
            doc.add(new LongPoint(PUBLISHED_AT, chunk.publishedAt().toEpochDay()));
        }
        return doc;
    }

    /** A read against one point-in-time searcher. */
    @FunctionalInterface
    public interface SearchFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }
}

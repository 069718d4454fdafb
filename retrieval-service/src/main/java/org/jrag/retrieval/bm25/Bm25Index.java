package org.jrag.retrieval.bm25;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene index behind BM25 retrieval: one Lucene document per chunk, replaced per source document. Writes go
 * through one {@link IndexWriter}; reads through a {@link SearcherManager} that sees every write after
 * {@link #commit(long)} (near-real-time). The last applied change-log seq is stored in the commit's user data, so a
 * restart resumes where the index left off. The analysis (analyzer and field layout) is stored there too: an index
 * written with another one starts over at seq 0, so the change-log tailer rebuilds it. Thread-safe.
 */
public final class Bm25Index implements Closeable {

    static final String CHUNK_ID = "chunkId";
    static final String DOCUMENT_ID = "documentId";
    static final String COLLECTION_ID = "collectionId";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String CONTENTS = "contents";
    private static final String LAST_SEQ = "lastSeq";
    private static final String ANALYSIS = "analysis";
    /** What an index written before the analysis was configurable holds. */
    private static final String LEGACY_ANALYSIS = "ENGLISH/MULTIFIELD";

    static final String TAG = "tag";
    static final String PUBLISHED_AT = "publishedAt";
    static final String SOURCE = "source";
    /** The readers of a chunk's document, or {@link #EVERYONE} when it has none. */
    static final String READERS = "readers";
    /** The {@link #READERS} term of a chunk everyone may read: no principal is blank. */
    static final String EVERYONE = "";
    /**
     * Version of the document fields beside the searched text, part of the recorded analysis: an index written before
     * the filter fields ({@link #TAG}, {@link #PUBLISHED_AT}, {@link #SOURCE}, {@link #READERS}) existed would
     * silently match no filter, so it is rebuilt.
     */
    private static final String FIELDS_VERSION = "5-languages";

    private final Directory directory;
    private final Bm25Analyzer defaultAnalysis;
    private final Analyzer analyzer;
    private final Map<Bm25Analyzer, Analyzer> analyzers = new EnumMap<>(Bm25Analyzer.class);
    private final Bm25Fields fields;
    private final String analysis;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private volatile long lastSeq;

    /** An index with English analysis and the flat field layout. */
    public Bm25Index(Directory directory, float k1, float b) {
        this(directory, k1, b, Bm25Analyzer.ENGLISH, Bm25Fields.FLAT);
    }

    public Bm25Index(Directory directory, float k1, float b, Bm25Analyzer analyzer, Bm25Fields fields) {
        this.directory = directory;
        this.defaultAnalysis = analyzer;
        for (Bm25Analyzer language : Bm25Analyzer.values()) {
            analyzers.put(language, language.create());
        }
        // a field of a collection's own language (contents_german) takes that language's analyzer, the rest the default
        this.analyzer = new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String field) {
                return analyzerFor(languageOf(field));
            }
        };
        this.fields = fields;
        this.analysis = analyzer + "/" + fields + "/" + FIELDS_VERSION;
        var similarity = new BM25Similarity(k1, b);
        boolean otherAnalysis;
        try {
            Map<String, String> committed = committedUserData(directory);
            otherAnalysis = committed != null && !analysis.equals(committed.getOrDefault(ANALYSIS, LEGACY_ANALYSIS));
            this.lastSeq =
                    committed == null || otherAnalysis ? 0 : Long.parseLong(committed.getOrDefault(LAST_SEQ, "0"));
            var config = new IndexWriterConfig(this.analyzer)
                    .setSimilarity(similarity)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            this.writer = new IndexWriter(directory, config);
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
        if (otherAnalysis) {
            // terms written by another analyzer or field layout would never match this one's queries
            clear();
        }
    }

    /** Opens (or creates) the index in {@code dir}; a missing index starts empty at seq 0 and is rebuilt. */
    public static Bm25Index open(Path dir, float k1, float b) {
        return open(dir, k1, b, Bm25Analyzer.ENGLISH, Bm25Fields.FLAT);
    }

    /** Opens (or creates) the index in {@code dir}; one written with another analysis is emptied and rebuilt. */
    public static Bm25Index open(Path dir, float k1, float b, Bm25Analyzer analyzer, Bm25Fields fields) {
        try {
            Files.createDirectories(dir);
            return new Bm25Index(FSDirectory.open(dir), k1, b, analyzer, fields);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the BM25 index directory " + dir, e);
        }
    }

    /** The user data of the latest commit, null when there is no index yet. */
    private static Map<String, String> committedUserData(Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return null;
        }
        return SegmentInfos.readLatestCommit(directory).getUserData();
    }

    /** The analyzer of the chunks of a collection in {@code language} (null: the default); queries must use it too. */
    Analyzer analyzerFor(Bm25Analyzer language) {
        return analyzers.get(language == null ? defaultAnalysis : language);
    }

    /** The fields a query must search for chunks in {@code language} (null: the default), by the configured layout. */
    String[] searchFields(Bm25Analyzer language) {
        String suffix = language == null || language == defaultAnalysis ? "" : "_" + language.wireName();
        return switch (fields) {
            case FLAT -> new String[] {CONTENTS + suffix};
            case MULTIFIELD -> new String[] {TITLE + suffix, TEXT + suffix};
        };
    }

    /** The language a field holds (its suffix), or null for the default's fields and those that hold no text. */
    private static Bm25Analyzer languageOf(String field) {
        int underscore = field.lastIndexOf('_');
        return underscore < 0
                ? null
                : Bm25Analyzer.ofLanguage(field.substring(underscore + 1)).orElse(null);
    }

    /** The analysis of the collections that name no language. */
    Bm25Analyzer defaultLanguage() {
        return defaultAnalysis;
    }

    /** The languages whose chunks the index holds as {@code searcher} sees it, the default always among them. */
    Set<Bm25Analyzer> languages(IndexSearcher searcher) {
        Set<Bm25Analyzer> languages = EnumSet.of(defaultAnalysis);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            for (FieldInfo field : leaf.reader().getFieldInfos()) {
                Bm25Analyzer language = languageOf(field.name);
                if (language != null) {
                    languages.add(language);
                }
            }
        }
        return languages;
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
                    Map.of(LAST_SEQ, Long.toString(seq), ANALYSIS, analysis).entrySet());
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

    /**
     * Counts the documents and chunks of the given collections (null: every collection; empty: none) that the
     * principals may read (null: every one) visible to searches.
     */
    public IndexStatus status(List<Long> collectionIds, Set<String> principals) {
        if (collectionIds == null && principals == null) {
            return status();
        }
        var filter = new BooleanQuery.Builder();
        if (collectionIds != null) {
            List<BytesRef> ids =
                    collectionIds.stream().map(id -> collectionTerm(id).bytes()).toList();
            filter.add(new TermInSetQuery(COLLECTION_ID, ids), BooleanClause.Occur.FILTER);
        }
        if (principals != null) {
            filter.add(readableBy(principals), BooleanClause.Occur.FILTER);
        }
        Query counted = filter.build();
        return search(searcher -> {
            Weight weight = searcher.createWeight(searcher.rewrite(counted), ScoreMode.COMPLETE_NO_SCORES, 1f);
            Set<String> documents = new HashSet<>();
            long chunks = 0;
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Scorer scorer = weight.scorer(leaf);
                if (scorer == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                DocIdSetIterator matches = scorer.iterator();
                for (int doc = matches.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = matches.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        chunks++;
                        documents.add(stored.document(doc, Set.of(DOCUMENT_ID)).get(DOCUMENT_ID));
                    }
                }
            }
            return new IndexStatus(lastSeq, documents.size(), chunks);
        });
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }

    /** The chunks the principals may read: those everyone may, and those whose readers name one of them. */
    static Query readableBy(Set<String> principals) {
        List<BytesRef> readers = new ArrayList<>();
        readers.add(new BytesRef(EVERYONE));
        principals.forEach(principal -> readers.add(new BytesRef(principal)));
        return new TermInSetQuery(READERS, readers);
    }

    static Term documentTerm(long documentId) {
        return new Term(DOCUMENT_ID, Long.toString(documentId));
    }

    static Term collectionTerm(long collectionId) {
        return new Term(COLLECTION_ID, Long.toString(collectionId));
    }

    private Document toLucene(IndexedChunk chunk) {
        var doc = new Document();
        doc.add(new StoredField(CHUNK_ID, chunk.chunkId()));
        doc.add(new StringField(DOCUMENT_ID, Long.toString(chunk.documentId()), Field.Store.YES));
        doc.add(new StringField(COLLECTION_ID, Long.toString(chunk.collectionId()), Field.Store.NO));
        boolean titled = chunk.title() != null && !chunk.title().isBlank();
        // the text in the fields of its collection's language, which that language's analyzer reads
        String[] text = searchFields(Bm25Analyzer.ofLanguage(chunk.language()).orElse(null));
        switch (fields) {
            case FLAT -> doc.add(new TextField(text[0], flatContents(chunk.title(), chunk.text()), Field.Store.NO));
            case MULTIFIELD -> {
                if (titled) {
                    doc.add(new TextField(text[0], chunk.title(), Field.Store.NO));
                }
                doc.add(new TextField(text[1], chunk.text(), Field.Store.NO));
            }
        }
        // filter fields: exact tags, and the publication date as epoch days for range queries
        for (String tag : chunk.tags()) {
            doc.add(new StringField(TAG, tag, Field.Store.NO));
        }
        if (chunk.publishedAt() != null) {
            doc.add(new LongPoint(PUBLISHED_AT, chunk.publishedAt().toEpochDay()));
        }
        if (chunk.source() != null) {
            doc.add(new StringField(SOURCE, chunk.source(), Field.Store.NO));
        }
        if (chunk.readers().isEmpty()) {
            doc.add(new StringField(READERS, EVERYONE, Field.Store.NO));
        }
        for (String reader : chunk.readers()) {
            doc.add(new StringField(READERS, reader, Field.Store.NO));
        }
        return doc;
    }

    /** Title and text in one field, the title once: not repeated when the text already begins with it. */
    static String flatContents(String title, String text) {
        if (title == null || title.isBlank() || text.stripLeading().startsWith(title.strip())) {
            return text;
        }
        return title.strip() + "\n" + text;
    }

    /** A read against one point-in-time searcher. */
    @FunctionalInterface
    public interface SearchFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }
}

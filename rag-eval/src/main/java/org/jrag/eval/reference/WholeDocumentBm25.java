package org.jrag.eval.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.jrag.eval.beir.BeirDocument;

/**
 * The yardstick for the service's BM25: Anserini's BEIR "flat" run rebuilt in-process. One Lucene document per corpus
 * document with title and text in one field ({@code title + " " + text}), Lucene's EnglishAnalyzer (which Anserini's
 * default English analyzer matches: possessives, lower case, stop words, Porter), BM25(k1, b), and Anserini's
 * bag-of-words query (each distinct query term once, boosted by its count). Comparing it with the service's
 * chunk-level BM25 shows what chunking costs. Read-only after construction, thread-safe.
 */
public final class WholeDocumentBm25 implements AutoCloseable {

    private static final String ID = "id";
    private static final String CONTENTS = "contents";

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    public WholeDocumentBm25(List<BeirDocument> corpus, float k1, float b) {
        var similarity = new BM25Similarity(k1, b);
        try (var writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setSimilarity(similarity))) {
            for (BeirDocument document : corpus) {
                var doc = new Document();
                doc.add(new StoredField(ID, document.id()));
                doc.add(new TextField(CONTENTS, (document.title() + " " + document.text()).strip(), Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.commit();
            reader = DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build the reference BM25 index", e);
        }
        searcher = new IndexSearcher(reader);
        searcher.setSimilarity(similarity);
    }

    /** The ids of the best {@code topK} documents for the query, best first. */
    public List<String> search(String query, int topK) {
        try {
            Query lucene = bagOfWords(query);
            List<String> ids = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(lucene, topK).scoreDocs) {
                ids.add(searcher.storedFields().document(hit.doc).get(ID));
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException("Reference BM25 search failed for '" + query + "'", e);
        }
    }

    /** Anserini's BagOfWordsQueryGenerator: analysed terms, SHOULD, boost = the term's count in the query. */
    Query bagOfWords(String query) throws IOException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (TokenStream tokens = analyzer.tokenStream(CONTENTS, query)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                counts.merge(term.toString(), 1, Integer::sum);
            }
            tokens.end();
        }
        var builder = new BooleanQuery.Builder();
        counts.forEach((term, count) -> {
            Query termQuery = new TermQuery(new Term(CONTENTS, term));
            builder.add(count == 1 ? termQuery : new BoostQuery(termQuery, count), BooleanClause.Occur.SHOULD);
        });
        return builder.build();
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
        analyzer.close();
    }
}

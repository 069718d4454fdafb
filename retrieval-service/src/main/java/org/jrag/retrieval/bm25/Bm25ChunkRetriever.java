package org.jrag.retrieval.bm25;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.jrag.retrieval.search.ChunkRetriever;
import org.jrag.retrieval.search.InvalidQueryException;
import org.jrag.retrieval.search.ScoredChunk;
import org.jrag.retrieval.search.SearchFilters;
import org.jrag.retrieval.search.SearchQuery;

/**
 * Lexical retrieval: BM25 over the chunk title and text in the Lucene index, analysed as configured (by default with
 * English stemming, so "running" matches "runs"). User input is plain text, never query syntax: it is escaped before parsing, and any of its terms
 * may match (OR).
 */
public final class Bm25ChunkRetriever implements ChunkRetriever {

    private final Bm25Index index;

    public Bm25ChunkRetriever(Bm25Index index) {
        this.index = index;
    }

    @Override
    public List<ScoredChunk> retrieve(SearchQuery query) {
        if (query.searchesNothing()) {
            toLucene(query, Set.of(index.defaultLanguage())); // a query BM25 cannot parse is a 400 all the same
            return List.of();
        }
        return index.search(searcher -> {
            Query lucene = toLucene(query, index.languages(searcher));
            List<ScoredChunk> chunks = new ArrayList<>();
            try {
                for (ScoreDoc hit : searcher.search(lucene, query.limit()).scoreDocs) {
                    long chunkId = searcher.storedFields()
                            .document(hit.doc, Set.of(Bm25Index.CHUNK_ID))
                            .getField(Bm25Index.CHUNK_ID)
                            .numericValue()
                            .longValue();
                    chunks.add(new ScoredChunk(chunkId, hit.score));
                }
            } catch (IndexSearcher.TooManyClauses e) {
                throw new InvalidQueryException("query has too many terms for BM25 search (at most "
                        + IndexSearcher.getMaxClauseCount() / index.searchFields(null).length + ")");
            }
            // Lucene breaks score ties by internal doc id, which changes as the index is rewritten
            chunks.sort(
                    Comparator.comparingDouble(ScoredChunk::score).reversed().thenComparingLong(ScoredChunk::chunkId));
            return chunks;
        });
    }

    /**
     * The query in every language the index holds (each language's chunks in fields of their own, analyzed by that
     * language's analyzer; with the default alone, one query as before there were languages), with the filters.
     */
    private Query toLucene(SearchQuery query, Set<Bm25Analyzer> languages) {
        // lower-cased so AND/OR/NOT in the user's text are words, not operators; escaped for everything else
        String text = QueryParser.escape(query.text().toLowerCase(Locale.ROOT));
        var inEveryLanguage = new BooleanQuery.Builder();
        try {
            for (Bm25Analyzer language : languages) {
                inEveryLanguage.add(
                        new MultiFieldQueryParser(index.searchFields(language), index.analyzerFor(language))
                                .parse(text),
                        BooleanClause.Occur.SHOULD);
            }
        } catch (ParseException e) {
            throw new InvalidQueryException("query cannot be searched with BM25: " + e.getMessage());
        }
        Query matching = languages.size() == 1
                ? inEveryLanguage.build().clauses().getFirst().query()
                : inEveryLanguage.build();
        List<Long> collections = query.collectionIds();
        if (collections == null && query.filters().isEmpty() && query.principals() == null) {
            return matching;
        }
        var filtered = new BooleanQuery.Builder().add(matching, BooleanClause.Occur.MUST);
        if (collections != null && collections.size() == 1) {
            filtered.add(new TermQuery(Bm25Index.collectionTerm(collections.getFirst())), BooleanClause.Occur.FILTER);
        } else if (collections != null && !collections.isEmpty()) {
            List<BytesRef> ids = collections.stream()
                    .map(id -> Bm25Index.collectionTerm(id).bytes())
                    .toList();
            filtered.add(new TermInSetQuery(Bm25Index.COLLECTION_ID, ids), BooleanClause.Occur.FILTER);
        }
        addMetadataFilters(filtered, query.filters());
        if (query.principals() != null) {
            filtered.add(Bm25Index.readableBy(query.principals()), BooleanClause.Occur.FILTER);
        }
        return filtered.build();
    }

    /**
     * Tags: any of them (a term-set filter, unscored); dates: an inclusive range over epoch days; the source: a prefix;
     * documents: any of them.
     */
    private static void addMetadataFilters(BooleanQuery.Builder query, SearchFilters filters) {
        if (!filters.tags().isEmpty()) {
            List<BytesRef> tags = filters.tags().stream().map(BytesRef::new).toList();
            query.add(new TermInSetQuery(Bm25Index.TAG, tags), BooleanClause.Occur.FILTER);
        }
        if (filters.hasDateRange()) {
            long from = filters.publishedAfter() == null
                    ? Long.MIN_VALUE
                    : filters.publishedAfter().toEpochDay();
            long to = filters.publishedBefore() == null
                    ? Long.MAX_VALUE
                    : filters.publishedBefore().toEpochDay();
            query.add(LongPoint.newRangeQuery(Bm25Index.PUBLISHED_AT, from, to), BooleanClause.Occur.FILTER);
        }
        if (filters.sourcePrefix() != null) {
            query.add(new PrefixQuery(new Term(Bm25Index.SOURCE, filters.sourcePrefix())), BooleanClause.Occur.FILTER);
        }
        if (!filters.documentIds().isEmpty()) {
            List<BytesRef> ids = filters.documentIds().stream()
                    .map(id -> new BytesRef(Long.toString(id)))
                    .toList();
            query.add(new TermInSetQuery(Bm25Index.DOCUMENT_ID, ids), BooleanClause.Occur.FILTER);
        }
    }
}

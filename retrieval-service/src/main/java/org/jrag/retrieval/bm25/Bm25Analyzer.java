package org.jrag.retrieval.bm25;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * The text analysis BM25 indexes and queries with ({@code rag.retrieval.bm25.analyzer}). Changing it changes the
 * index's terms, so the index is rebuilt from the change log when it was written with another one.
 */
public enum Bm25Analyzer {
    /**
     * Lucene's EnglishAnalyzer: possessives removed, lower case, English stop words, Porter stemming. The same chain
     * as Anserini's default, so BM25 figures can be compared with its published runs.
     */
    ENGLISH,
    /** Lucene's StandardAnalyzer: Unicode word breaks and lower case only (no stop words, no stemming). */
    STANDARD;

    Analyzer create() {
        return switch (this) {
            case ENGLISH -> new EnglishAnalyzer();
            case STANDARD -> new StandardAnalyzer();
        };
    }
}

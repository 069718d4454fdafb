package org.jrag.retrieval.bm25;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;

/**
 * Words as ICU's break iterator finds them, with its dictionaries for the scripts that write no spaces between words
 * (Lao, Khmer, Burmese, Thai), normalized to NFKC with case folded (marks kept: in these scripts they are vowels). No
 * stop words and no stemming: Lucene has none for these languages.
 */
final class IcuWordsAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer words = new ICUTokenizer();
        return new TokenStreamComponents(words, new ICUNormalizer2Filter(words));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ICUNormalizer2Filter(in);
    }
}

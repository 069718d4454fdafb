package org.jrag.retrieval.bm25;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.jrag.retrieval.search.Highlight;
import org.jrag.retrieval.search.Highlighter;

/**
 * Highlights with the BM25 index's own analyzer for the text's language: the query and the text are analyzed alike,
 * and every token of the text whose term is one of the query's is a highlight at the token's offsets. So "indexes" marks "indexed" under
 * the English analyzer (both stem to "index"), and stop words mark nothing, exactly as BM25 matched them.
 */
final class AnalyzedHighlighter implements Highlighter {

    private static final String FIELD = Bm25Index.TEXT;

    private final Bm25Index index;

    AnalyzedHighlighter(Bm25Index index) {
        this.index = index;
    }

    @Override
    public List<Highlight> highlight(String query, String text, String language) {
        Analyzer analyzer = index.analyzerFor(Bm25Analyzer.ofLanguage(language).orElse(null));
        Set<String> terms = new HashSet<>();
        analyze(analyzer, query, (term, start, end) -> terms.add(term));
        if (terms.isEmpty() || text.isEmpty()) {
            return List.of();
        }
        var highlights = new ArrayList<Highlight>();
        analyze(analyzer, text, (term, start, end) -> {
            if (terms.contains(term) && end > start && end <= text.length()) {
                highlights.add(new Highlight(start, end));
            }
        });
        return highlights;
    }

    private interface TokenSink {
        void accept(String term, int start, int end);
    }

    private static void analyze(Analyzer analyzer, String text, TokenSink sink) {
        try (TokenStream tokens = analyzer.tokenStream(FIELD, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                sink.accept(term.toString(), offset.startOffset(), offset.endOffset());
            }
            tokens.end();
        } catch (IOException e) { // a StringReader does not fail
            throw new UncheckedIOException(e);
        }
    }
}

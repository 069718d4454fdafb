package org.jrag.retrieval.search;

import java.util.List;

/** Finds the query's terms in a text, as the lexical retriever matches them (same analysis: case, stems, stop words). */
@FunctionalInterface
public interface Highlighter {

    /** The spans of {@code text} whose terms are among the query's, in text order; none when nothing matches. */
    List<Highlight> highlight(String query, String text);
}

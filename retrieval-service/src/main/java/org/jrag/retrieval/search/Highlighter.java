package org.jrag.retrieval.search;

import java.util.List;

/** Finds the query's terms in a text, as the lexical retriever matches them (same analysis: case, stems, stop words). */
@FunctionalInterface
public interface Highlighter {

    /**
     * The spans of {@code text} whose terms are among the query's, in text order; none when nothing matches.
     *
     * @param language the language of the text's collection ({@code german}), or null for the service's default
     */
    List<Highlight> highlight(String query, String text, String language);
}

package org.jrag.embedding;

import java.util.List;

/**
 * Turns text into unit-length vectors whose dot product is their cosine similarity. Queries and passages are embedded
 * differently where the model asks for it (bge prefixes queries with an instruction). Implementations are thread-safe.
 */
public interface TextEmbedder extends AutoCloseable {

    /** A short, stable name of the model, for metadata and logs. */
    String modelName();

    /** Length of every vector, read from the model. */
    int dimension();

    /** One search query, with the model's query instruction applied. */
    float[] embedQuery(String query);

    /** Passages to be searched, in the order given. */
    List<float[]> embedPassages(List<String> passages);

    /** Search queries, in the order given, each with the model's query instruction applied. */
    default List<float[]> embedQueries(List<String> queries) {
        return queries.stream().map(this::embedQuery).toList();
    }

    /** The text the model reads for {@code query}: the query with the model's instruction, if it has one. */
    default String queryText(String query) {
        return query;
    }

    /** The text the model reads for {@code passage}: the passage with the model's instruction, if it has one. */
    default String passageText(String passage) {
        return passage;
    }

    /** The model's own tokenizer, so that sizes can be counted in the tokens the model sees. */
    TextTokenizer tokenizer();

    @Override
    void close();
}

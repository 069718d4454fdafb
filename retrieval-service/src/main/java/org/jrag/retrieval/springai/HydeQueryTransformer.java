package org.jrag.retrieval.springai;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.jrag.retrieval.hyde.HydeQueryEmbedder;
import org.springframework.ai.rag.Query;
import org.springframework.ai.rag.preretrieval.query.transformation.QueryTransformer;

/**
 * HyDE as Spring AI's {@link QueryTransformer}. Spring AI's transformers rewrite the query text, but HyDE's product
 * is a vector (the hypothetical passage's embedding mixed with the query's), and rewriting the text into the passage
 * would also send the passage to BM25, which HyDE never meant. So the text stays as it is and the vector goes into the
 * context under {@link RagKeys#EMBEDDING}, where {@link ChunkDocumentRetriever} picks it up; what HyDE did (or why it
 * could not) goes under {@link RagKeys#HYDE}.
 */
public final class HydeQueryTransformer implements QueryTransformer {

    private final HydeQueryEmbedder hyde;
    private final Function<String, float[]> queryEmbedder;
    private final double weight;

    public HydeQueryTransformer(HydeQueryEmbedder hyde, Function<String, float[]> queryEmbedder, double weight) {
        this.hyde = hyde;
        this.queryEmbedder = queryEmbedder;
        this.weight = weight;
    }

    @Override
    public Query transform(Query query) {
        HydeQueryEmbedder.Result result = hyde.embed(query.text(), queryEmbedder.apply(query.text()), weight);
        Map<String, Object> context = new HashMap<>(query.context());
        if (result.report().applied()) {
            context.put(RagKeys.EMBEDDING, result.embedding());
        }
        context.put(RagKeys.HYDE, result.report());
        return query.mutate().context(context).build();
    }
}

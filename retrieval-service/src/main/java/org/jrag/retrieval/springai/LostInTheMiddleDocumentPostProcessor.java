package org.jrag.retrieval.springai;

import java.util.List;
import org.jrag.retrieval.context.LostInTheMiddleOrdering;
import org.springframework.ai.document.Document;
import org.springframework.ai.rag.Query;
import org.springframework.ai.rag.postretrieval.document.DocumentPostProcessor;

/**
 * The lost-in-the-middle ordering as Spring AI's {@link DocumentPostProcessor}: documents given best first come out
 * as ranks 1, 3, 5, ..., 6, 4, 2. Run it last: after it the list is in reading order, no longer best first.
 */
public final class LostInTheMiddleDocumentPostProcessor implements DocumentPostProcessor {

    @Override
    public List<Document> process(Query query, List<Document> documents) {
        return LostInTheMiddleOrdering.reorder(documents);
    }
}

package org.jrag.retrieval.openai;

/** A chat request named a model that is neither {@code rag} nor {@code rag/<collection>}. */
public class UnknownRagModelException extends RuntimeException {

    public UnknownRagModelException(String model) {
        super("model '" + model + "' is not served here: ask '" + RagModels.ALL + "' for every collection or '"
                + RagModels.PREFIX + "<collection>' for one (GET /v1/rag/models lists them)");
    }
}

package org.jrag.generation.model;

/** A generation request while no model is served; the message says why (none configured, missing, broken). */
public final class ModelUnavailableException extends RuntimeException {

    public ModelUnavailableException(String reason) {
        super("no model is loaded (" + reason + "); set rag.generation.model-path (RAG_MODEL_PATH) to a GGUF file");
    }
}

package org.jrag.engine.model;

/** The GGUF file holds a model this engine cannot run (architecture, missing or mis-shaped tensor). */
public final class UnsupportedModelException extends RuntimeException {
    public UnsupportedModelException(String message) {
        super(message);
    }
}

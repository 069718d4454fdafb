package org.jrag.engine.tokenizer;

/** The GGUF vocabulary uses a tokenizer model this engine does not implement. */
public final class UnsupportedTokenizerException extends RuntimeException {
    public UnsupportedTokenizerException(String message) {
        super(message);
    }
}

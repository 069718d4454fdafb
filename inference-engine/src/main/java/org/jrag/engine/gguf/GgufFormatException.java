package org.jrag.engine.gguf;

/** Thrown when a file is not a readable GGUF file: bad magic, unsupported version, truncated or corrupt header. */
public final class GgufFormatException extends RuntimeException {
    public GgufFormatException(String message) {
        super(message);
    }
}

package org.jrag.generation.openai;

/** The engine reported an error for a sequence; answered with 500 and the engine's message. */
public final class GenerationFailedException extends RuntimeException {

    public GenerationFailedException(String error) {
        super("the engine failed to generate: " + error);
    }
}

package org.jrag.engine.generate;

/** Generated text (cut before any stop string, no stop token) with the token-level outcome behind it. */
public record TextGeneration(String text, Generation generation) {}

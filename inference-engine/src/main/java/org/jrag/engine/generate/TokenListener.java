package org.jrag.engine.generate;

/** Receives each generated token as soon as it is sampled. */
@FunctionalInterface
public interface TokenListener {
    void onToken(int token);
}

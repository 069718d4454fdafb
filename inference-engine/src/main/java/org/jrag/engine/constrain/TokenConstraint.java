package org.jrag.engine.constrain;

/**
 * Restricts which token may come next, so that constrained decoding can only produce text of a grammar. The
 * scheduler calls {@link #mask} on the logits before sampling and {@link #accept} with the sampled token.
 */
public interface TokenConstraint {
    /** Sets the logits of tokens that would break the grammar to negative infinity; end tokens only when complete. */
    void mask(float[] logits);

    /** Advances the state past {@code token}, which {@link #mask} allowed. */
    void accept(int token);

    /** Whether the text so far is a complete sentence of the grammar (an end token may follow). */
    boolean isComplete();

    /** An independent copy of the current state. */
    TokenConstraint copy();
}

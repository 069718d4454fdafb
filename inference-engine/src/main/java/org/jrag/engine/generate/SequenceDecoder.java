package org.jrag.engine.generate;

/**
 * What beam search needs from a model: sequence states that can be copied and extended one token at a time.
 * A seam so that the search can be tested on hand-made distributions as well as on a real model.
 *
 * @param <S> a mutable sequence state (for a transformer: its KV cache, length and last logits)
 */
public interface SequenceDecoder<S> {
    /** The state after the prompt. */
    S start(int[] prompt);

    /** Next-token logits of the state. */
    float[] logits(S state);

    /** An independent copy of the state. */
    S fork(S state);

    /** Extends the state by one token in place. */
    void append(S state, int token);

    /** Whether the state can take another token. */
    boolean hasRoom(S state);
}

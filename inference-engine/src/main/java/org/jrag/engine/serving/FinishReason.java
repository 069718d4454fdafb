package org.jrag.engine.serving;

/** Why a sequence ended. */
public enum FinishReason {
    /** A stop token, a stop string, or {@link TokenStream#onToken} returned false. */
    STOP,
    /** maxTokens reached, or the context is full. */
    LENGTH,
    /** {@link Handle#cancel()} (a client disconnect) or the engine closed. */
    CANCELLED,
    /** The request's timeout passed. */
    TIMEOUT,
    /** A callback, the sampler, the constraint or the model failed for this sequence. */
    ERROR
}

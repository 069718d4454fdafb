package org.jrag.engine.generate;

/** Why generation ended. */
public enum StopReason {
    STOP_TOKEN,
    MAX_TOKENS,
    CONTEXT_FULL
}

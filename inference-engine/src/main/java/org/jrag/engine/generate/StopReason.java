package org.jrag.engine.generate;

/** Why generation ended. */
public enum StopReason {
    STOP_TOKEN,
    /** A stop string appeared in the decoded text, or the caller's listener asked to stop. */
    STOP_STRING,
    MAX_TOKENS,
    CONTEXT_FULL
}

package org.jrag.engine.serving;

/** A submitted request, to cancel it (a client disconnect). */
public interface Handle {
    /**
     * Ends the request with {@link FinishReason#CANCELLED} at the next step boundary, freeing its KV blocks; a waiting
     * request leaves the queue at once. No effect once it has completed.
     */
    void cancel();
}

package org.jrag.engine.serving;

/** Thrown by {@link InferenceEngine#submit} when maxQueued requests already wait; a service answers 429. */
public final class QueueFullException extends RuntimeException {
    private final int maxQueued;

    public QueueFullException(int maxQueued) {
        super("the generation queue is full: " + maxQueued + " requests are waiting");
        this.maxQueued = maxQueued;
    }

    public int maxQueued() {
        return maxQueued;
    }
}

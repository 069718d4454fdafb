package org.jrag.generation.openai;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jrag.engine.serving.Handle;

/**
 * The running choices of one request. The engine's scheduler thread puts events in an unbounded queue (it must
 * never block); the request's own thread takes them with {@link #next()}, which also enforces the request
 * timeout by cancelling. {@link #cancel()} (client gone, timeout) frees every sequence's KV blocks at the next
 * step; the engine still reports each choice's end.
 */
final class GenerationRun {

    /** How long cancelled sequences may take to report their end before the run gives up on them. */
    private static final Duration CANCEL_GRACE = Duration.ofSeconds(10);

    private final LinkedBlockingQueue<ChoiceEvent> events = new LinkedBlockingQueue<>();
    private final List<Handle> handles = new ArrayList<>();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final int choices;
    private final Duration timeout;
    private final long deadline;
    private volatile int finished;
    private volatile boolean timedOut;

    GenerationRun(int choices, Duration timeout) {
        this.choices = choices;
        this.timeout = timeout;
        this.deadline = System.nanoTime() + timeout.toNanos();
    }

    /** Where a choice's {@link ChoiceStream} puts its events (called on the scheduler thread). */
    void offer(ChoiceEvent event) {
        events.add(event);
    }

    synchronized void started(Handle handle) {
        handles.add(handle);
        if (cancelled.get()) {
            handle.cancel();
        }
    }

    /** Cancels every sequence still running (idempotent; nothing to do once all have finished). */
    void cancel() {
        if (!done() && cancelled.compareAndSet(false, true)) {
            List<Handle> toCancel;
            synchronized (this) {
                toCancel = List.copyOf(handles);
            }
            toCancel.forEach(Handle::cancel);
        }
    }

    /** Whether every choice has finished. */
    boolean done() {
        return finished == choices;
    }

    /** Whether the request timeout cancelled the run. */
    boolean timedOut() {
        return timedOut;
    }

    Duration timeout() {
        return timeout;
    }

    int choices() {
        return choices;
    }

    /**
     * The next event, waiting for it; past the deadline the run is cancelled and the remaining choices' ends are
     * still awaited (the engine reports them as cancelled).
     *
     * @throws IllegalStateException when all choices have finished, or cancelled sequences never report back
     */
    ChoiceEvent next() throws InterruptedException {
        ChoiceEvent event;
        do {
            event = next(Duration.ofDays(1));
        } while (event == null);
        return event;
    }

    /**
     * As {@link #next()}, but returns null when {@code atMost} passes first with the deadline not reached (a stream
     * then sends a heartbeat).
     */
    ChoiceEvent next(Duration atMost) throws InterruptedException {
        if (done()) {
            throw new IllegalStateException("all " + choices + " choices have finished");
        }
        ChoiceEvent event = null;
        long left = deadline - System.nanoTime();
        if (left > 0) {
            long wait = Math.min(left, atMost.toNanos());
            event = events.poll(wait, TimeUnit.NANOSECONDS);
            if (event == null && wait < left) {
                return null;
            }
        }
        if (event == null) {
            if (!cancelled.get()) {
                timedOut = true;
            }
            cancel();
            event = events.poll(CANCEL_GRACE.toNanos(), TimeUnit.NANOSECONDS);
            if (event == null) {
                throw new IllegalStateException(
                        "cancelled sequences did not report their end within " + CANCEL_GRACE.toSeconds() + " s");
            }
        }
        if (event instanceof ChoiceEvent.Finished) {
            finished = finished + 1; // only this (the request's) thread writes it
        }
        return event;
    }
}

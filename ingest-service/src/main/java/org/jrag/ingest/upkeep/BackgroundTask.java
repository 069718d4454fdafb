package org.jrag.ingest.upkeep;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A task an ingest-service instance runs in the background: on a daemon thread of its own, at a fixed delay between
 * runs, from {@link #start} until {@link #stop}. The lifecycle beans that own one (job retention, table statistics,
 * folder sync) hand it their start and stop.
 */
public final class BackgroundTask {

    private final String threadName;
    private final Runnable task;
    private ScheduledExecutorService scheduler;

    /** @param task what to run; it handles its own failures (an exception would end the schedule) */
    public BackgroundTask(String threadName, Runnable task) {
        this.threadName = threadName;
        this.task = task;
    }

    /** Runs the task {@code initialDelay} from now, then {@code delay} after each run ends. */
    public synchronized void start(Duration initialDelay, Duration delay) {
        scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name(threadName).daemon().factory());
        scheduler.scheduleWithFixedDelay(task, initialDelay.toMillis(), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Runs the task once more, {@code delay} from now, besides its schedule; nothing while it is stopped. */
    public synchronized void runOnceIn(Duration delay) {
        if (scheduler != null) {
            scheduler.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}

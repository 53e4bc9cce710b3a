package io.github.dlckit.sdk.retry;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Runs a task after a pause without blocking a thread: how the asynchronous client waits between attempts and
 * between polls of an asynchronous waiter. The shared one is a single daemon thread that only hands tasks back
 * (to OkHttp); tests substitute one that records the pauses and runs the task at once.
 */
@FunctionalInterface
public interface Delayer {

    /**
     * @param task what to run (quick: it enqueues the next attempt)
     * @param delay after how long
     */
    void schedule(Runnable task, Duration delay);

    /** @return the process-wide delayer, whose thread starts when it first schedules (not when a client is built) */
    static Delayer shared() {
        return (task, delay) -> SharedScheduler.DELAYER.schedule(task, delay);
    }

    /** Holder of the shared scheduler, so it is created only when an asynchronous client first retries. */
    final class SharedScheduler {
        private static final ScheduledExecutorService EXECUTOR = create();
        static final Delayer DELAYER = (task, delay) -> EXECUTOR.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);

        private SharedScheduler() {
        }

        private static ScheduledExecutorService create() {
            ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
                Thread t = new Thread(runnable, "dlckit-retry-scheduler");
                t.setDaemon(true);
                return t;
            });
            executor.setRemoveOnCancelPolicy(true);
            return executor;
        }
    }
}

package io.github.dlckit.sdk.retry;

import java.time.Duration;

/**
 * Waits: the seam through which blocking retries and waiters pause, so tests can record the pauses instead of
 * sleeping (and a virtual-clock mock can advance its clock instead).
 */
@FunctionalInterface
public interface Sleeper {

    /**
     * Pauses the calling thread.
     *
     * @param duration how long
     * @throws InterruptedException when the thread is interrupted
     */
    void sleep(Duration duration) throws InterruptedException;

    /** @return the real sleeper ({@link Thread#sleep(long)}) */
    static Sleeper system() {
        return duration -> Thread.sleep(duration.toMillis());
    }
}

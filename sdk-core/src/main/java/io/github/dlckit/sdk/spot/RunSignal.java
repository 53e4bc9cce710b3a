package io.github.dlckit.sdk.spot;

/**
 * Cancellation of one run: set by a cancelled future, or by an interrupt of the thread that runs it. The interrupt
 * is taken off the thread when seen, so the runner can still stop the job in flight, and put back at the end of a
 * blocking run.
 */
final class RunSignal {

    private volatile boolean cancelled;
    private Thread worker;
    private boolean interrupted;

    /** Runs of a future: the thread to interrupt when the future is cancelled. */
    synchronized void bind(Thread thread) {
        this.worker = thread;
        if (cancelled) {
            thread.interrupt();
        }
    }

    /** The run is over: a late cancel must not interrupt the thread's next task. */
    synchronized void unbind() {
        this.worker = null;
        Thread.interrupted();
    }

    synchronized void cancel() {
        cancelled = true;
        if (worker != null) {
            worker.interrupt();
        }
    }

    /** @return whether the run is cancelled; called on the running thread */
    boolean isCancelled() {
        if (Thread.interrupted()) {
            interrupted = true;
            cancelled = true;
        }
        return cancelled;
    }

    /** Puts back an interrupt taken off the running thread (blocking runs). */
    void restoreInterrupt() {
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

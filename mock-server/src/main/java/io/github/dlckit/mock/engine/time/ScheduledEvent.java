package io.github.dlckit.mock.engine.time;

import java.time.Instant;

/** An action due at a virtual time; cancel it to drop it from the queue. */
public final class ScheduledEvent {

    private final Instant time;
    private final long sequence;
    private final String description;
    private final Runnable action;
    private boolean cancelled;

    ScheduledEvent(Instant time, long sequence, String description, Runnable action) {
        this.time = time;
        this.sequence = sequence;
        this.description = description;
        this.action = action;
    }

    /** @return when the event runs */
    public Instant time() {
        return time;
    }

    /** @return what the event does, for logs and debugging */
    public String description() {
        return description;
    }

    /** Drops the event: it will not run. Cancelling twice, or after it ran, does nothing. */
    public void cancel() {
        cancelled = true;
    }

    /** @return whether {@link #cancel()} was called */
    public boolean isCancelled() {
        return cancelled;
    }

    long sequence() {
        return sequence;
    }

    void run() {
        action.run();
    }

    @Override
    public String toString() {
        return time + " " + description + (cancelled ? " (cancelled)" : "");
    }
}

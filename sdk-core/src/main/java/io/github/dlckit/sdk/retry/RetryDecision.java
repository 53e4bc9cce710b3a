package io.github.dlckit.sdk.retry;

import java.time.Duration;

/** The outcome of {@link RetryDecider#decide}: retry after a pause, or give up (with the reason, for logs). */
public final class RetryDecision {

    private final Duration delay;
    private final String reason;

    private RetryDecision(Duration delay, String reason) {
        this.delay = delay;
        this.reason = reason;
    }

    /**
     * @param delay the pause before the next attempt
     * @return a decision to retry
     */
    public static RetryDecision retryAfter(Duration delay) {
        return new RetryDecision(delay, null);
    }

    /**
     * @param reason why not, e.g. {@code attempts exhausted}
     * @return a decision to give up
     */
    public static RetryDecision giveUp(String reason) {
        return new RetryDecision(null, reason);
    }

    /** @return true when the call should be tried again */
    public boolean shouldRetry() {
        return delay != null;
    }

    /** @return the pause before the next attempt; only for a retry */
    public Duration delay() {
        if (delay == null) {
            throw new IllegalStateException("a give-up decision has no delay");
        }
        return delay;
    }

    /** @return why the call is not retried; null for a retry */
    public String reason() {
        return reason;
    }

    @Override
    public String toString() {
        return delay != null ? "retry after " + delay.toMillis() + " ms" : "give up: " + reason;
    }
}

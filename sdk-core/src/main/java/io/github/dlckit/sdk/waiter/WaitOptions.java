package io.github.dlckit.sdk.waiter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How a waiter polls: the first interval, how it grows (a multiplier, capped), the overall timeout, and a
 * listener for status changes. Defaults: every 10 s, no growth, 1 hour, no listener.
 */
public final class WaitOptions {

    private static final WaitOptions DEFAULTS = builder().build();

    private final Duration pollInterval;
    private final double backoffMultiplier;
    private final Duration maxPollInterval;
    private final Duration timeout;
    private final StatusListener listener;

    private WaitOptions(Builder b) {
        this.pollInterval = b.pollInterval;
        this.backoffMultiplier = b.backoffMultiplier;
        this.maxPollInterval = b.maxPollInterval;
        this.timeout = b.timeout;
        this.listener = b.listener;
    }

    /** @return the defaults */
    public static WaitOptions defaults() {
        return DEFAULTS;
    }

    /** @return a builder starting from the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the pause before the second poll */
    public Duration pollInterval() {
        return pollInterval;
    }

    /** @return the factor each pause grows by (1 = fixed interval) */
    public double backoffMultiplier() {
        return backoffMultiplier;
    }

    /** @return the longest pause */
    public Duration maxPollInterval() {
        return maxPollInterval;
    }

    /** @return how long to wait in all */
    public Duration timeout() {
        return timeout;
    }

    /** @return the status-change listener */
    public StatusListener listener() {
        return listener;
    }

    /** Builds {@link WaitOptions}; {@link #build()} names every bad value. */
    public static final class Builder {
        private Duration pollInterval = Duration.ofSeconds(10);
        private double backoffMultiplier = 1.0;
        private Duration maxPollInterval = Duration.ofMinutes(1);
        private Duration timeout = Duration.ofHours(1);
        private StatusListener listener = StatusListener.none();

        private Builder() {
        }

        /**
         * @param interval the first pause between polls (positive)
         * @return this builder
         */
        public Builder pollInterval(Duration interval) {
            this.pollInterval = interval;
            return this;
        }

        /**
         * @param multiplier how each pause grows (at least 1)
         * @param max the longest pause
         * @return this builder
         */
        public Builder backoff(double multiplier, Duration max) {
            this.backoffMultiplier = multiplier;
            this.maxPollInterval = max;
            return this;
        }

        /**
         * @param timeout how long to wait in all (positive)
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        /**
         * @param listener told about every status change
         * @return this builder
         */
        public Builder listener(StatusListener listener) {
            this.listener = listener;
            return this;
        }

        /**
         * @return the options
         * @throws IllegalArgumentException naming every bad value
         */
        public WaitOptions build() {
            List<String> problems = new ArrayList<>();
            if (pollInterval == null || pollInterval.isZero() || pollInterval.isNegative()) {
                problems.add("pollInterval must be positive, got " + pollInterval);
            }
            if (timeout == null || timeout.isZero() || timeout.isNegative()) {
                problems.add("timeout must be positive, got " + timeout);
            }
            if (!(backoffMultiplier >= 1.0)) {
                problems.add("backoff multiplier must be at least 1, got " + backoffMultiplier);
            }
            if (maxPollInterval == null || pollInterval != null && maxPollInterval.compareTo(pollInterval) < 0) {
                problems.add("maxPollInterval must not be below pollInterval, got " + maxPollInterval);
            }
            if (listener == null) {
                problems.add("listener must not be null (use StatusListener.none())");
            }
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("Invalid WaitOptions: " + String.join("; ", problems));
            }
            return new WaitOptions(this);
        }
    }
}

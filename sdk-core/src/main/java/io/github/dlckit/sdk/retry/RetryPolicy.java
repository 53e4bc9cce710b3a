package io.github.dlckit.sdk.retry;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How often and how patiently a call is retried: an immutable value.
 *
 * <p>Defaults ({@link #defaults()}): 3 attempts in all, exponential backoff with full jitter from a base of
 * 100 ms capped at 20 s, a base of 1 s after throttling, and a total deadline of 2 minutes for the whole call
 * (attempts and pauses). What is retried at all is decided by {@link RetryDecider}: never a call that may
 * already have taken effect on a non-idempotent operation.
 */
public final class RetryPolicy {

    private static final RetryPolicy DEFAULTS = builder().build();
    private static final RetryPolicy NONE = builder().maxAttempts(1).build();

    private final int maxAttempts;
    private final Duration baseDelay;
    private final Duration maxDelay;
    private final Duration throttlingBaseDelay;
    private final Duration totalDeadline;

    private RetryPolicy(Builder b) {
        this.maxAttempts = b.maxAttempts;
        this.baseDelay = b.baseDelay;
        this.maxDelay = b.maxDelay;
        this.throttlingBaseDelay = b.throttlingBaseDelay;
        this.totalDeadline = b.totalDeadline;
    }

    /** @return the default policy (see the class comment) */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /** @return a policy that sends every call exactly once */
    public static RetryPolicy none() {
        return NONE;
    }

    /** @return a builder starting from the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this policy's values */
    public Builder toBuilder() {
        return new Builder().maxAttempts(maxAttempts).baseDelay(baseDelay).maxDelay(maxDelay)
                .throttlingBaseDelay(throttlingBaseDelay).totalDeadline(totalDeadline);
    }

    /** @return attempts in all, the first one included (1 = no retry) */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** @return the backoff base: the pause before retry n is drawn from [0, min(maxDelay, base * 2^(n-1))) */
    public Duration baseDelay() {
        return baseDelay;
    }

    /** @return the cap of any single pause */
    public Duration maxDelay() {
        return maxDelay;
    }

    /** @return the backoff base after the service throttled the call */
    public Duration throttlingBaseDelay() {
        return throttlingBaseDelay;
    }

    /** @return the time budget of a whole call, attempts and pauses together */
    public Duration totalDeadline() {
        return totalDeadline;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RetryPolicy)) {
            return false;
        }
        RetryPolicy p = (RetryPolicy) o;
        return maxAttempts == p.maxAttempts && baseDelay.equals(p.baseDelay) && maxDelay.equals(p.maxDelay)
                && throttlingBaseDelay.equals(p.throttlingBaseDelay) && totalDeadline.equals(p.totalDeadline);
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxAttempts, baseDelay, maxDelay, throttlingBaseDelay, totalDeadline);
    }

    @Override
    public String toString() {
        return "RetryPolicy{maxAttempts=" + maxAttempts + ", baseDelay=" + baseDelay + ", maxDelay=" + maxDelay
                + ", throttlingBaseDelay=" + throttlingBaseDelay + ", totalDeadline=" + totalDeadline + "}";
    }

    /** Builds a {@link RetryPolicy}; {@link #build()} names every bad value at once. */
    public static final class Builder {
        private int maxAttempts = 3;
        private Duration baseDelay = Duration.ofMillis(100);
        private Duration maxDelay = Duration.ofSeconds(20);
        private Duration throttlingBaseDelay = Duration.ofSeconds(1);
        private Duration totalDeadline = Duration.ofMinutes(2);

        private Builder() {
        }

        /**
         * @param maxAttempts attempts in all, at least 1
         * @return this builder
         */
        public Builder maxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * @param baseDelay the backoff base, at least zero
         * @return this builder
         */
        public Builder baseDelay(Duration baseDelay) {
            this.baseDelay = baseDelay;
            return this;
        }

        /**
         * @param maxDelay the cap of one pause, at least the base delays
         * @return this builder
         */
        public Builder maxDelay(Duration maxDelay) {
            this.maxDelay = maxDelay;
            return this;
        }

        /**
         * @param throttlingBaseDelay the backoff base after throttling, at least zero
         * @return this builder
         */
        public Builder throttlingBaseDelay(Duration throttlingBaseDelay) {
            this.throttlingBaseDelay = throttlingBaseDelay;
            return this;
        }

        /**
         * @param totalDeadline the budget of a whole call, positive
         * @return this builder
         */
        public Builder totalDeadline(Duration totalDeadline) {
            this.totalDeadline = totalDeadline;
            return this;
        }

        /**
         * @return the policy
         * @throws IllegalArgumentException naming every bad value
         */
        public RetryPolicy build() {
            List<String> problems = new ArrayList<>();
            if (maxAttempts < 1) {
                problems.add("maxAttempts must be at least 1, got " + maxAttempts);
            }
            requireNotNegative("baseDelay", baseDelay, problems);
            requireNotNegative("throttlingBaseDelay", throttlingBaseDelay, problems);
            requireNotNegative("maxDelay", maxDelay, problems);
            if (totalDeadline == null || totalDeadline.isZero() || totalDeadline.isNegative()) {
                problems.add("totalDeadline must be positive, got " + totalDeadline);
            }
            if (problems.isEmpty() && (maxDelay.compareTo(baseDelay) < 0 || maxDelay.compareTo(throttlingBaseDelay) < 0)) {
                problems.add("maxDelay (" + maxDelay + ") must not be below baseDelay (" + baseDelay
                        + ") or throttlingBaseDelay (" + throttlingBaseDelay + ")");
            }
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("Invalid RetryPolicy: " + String.join("; ", problems));
            }
            return new RetryPolicy(this);
        }

        private static void requireNotNegative(String name, Duration value, List<String> problems) {
            if (value == null || value.isNegative()) {
                problems.add(name + " must be zero or more, got " + value);
            }
        }
    }
}

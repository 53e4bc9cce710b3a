package io.github.dlckit.mock.engine.market;

import io.github.dlckit.mock.engine.time.EventClock;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * Market time as nanoseconds since the market was created (exact, cheap to store and compare), read from the
 * {@link EventClock} and never from the wall clock.
 */
final class TimeBase {

    private final EventClock clock;
    private final Instant origin;

    TimeBase(EventClock clock) {
        this.clock = clock;
        this.origin = clock.now();
    }

    long now() {
        return nanosAt(clock.now());
    }

    long nanosAt(Instant instant) {
        return Duration.between(origin, instant).toNanos();
    }

    Instant instantAt(long nanos) {
        return origin.plusNanos(nanos);
    }

    static long nanosOfSeconds(long seconds) {
        return Duration.ofSeconds(seconds).toNanos();
    }

    /** @return the exact number of seconds, e.g. 1.5 for 1 500 000 000 ns */
    static BigDecimal seconds(long nanos) {
        return BigDecimal.valueOf(nanos, 9);
    }
}

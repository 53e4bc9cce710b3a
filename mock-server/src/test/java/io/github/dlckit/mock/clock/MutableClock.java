package io.github.dlckit.mock.clock;

import java.time.Duration;
import java.time.Instant;

/** A wall clock a test moves by hand. */
public final class MutableClock extends UtcClock {

    private volatile Instant now;

    public MutableClock(Instant start) {
        this.now = start;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }
}

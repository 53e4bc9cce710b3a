package io.github.dlckit.mock.clock;

import io.github.dlckit.mock.engine.time.EventClock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Wall-clock mode: the engine clock moves by as much real time as has passed since the last catch-up, so it
 * reads {@code start + elapsed wall time}. A jump through the control API simply adds to that: time then keeps
 * flowing at wall speed from the new point.
 */
public final class WallClockPacing implements ClockPacing {

    private final Clock wall;
    private Instant lastWall;

    /** @param wall the real clock (injectable for tests) */
    public WallClockPacing(Clock wall) {
        this.wall = wall;
        this.lastWall = wall.instant();
    }

    @Override
    public void catchUp(EventClock clock) {
        Instant now = wall.instant();
        Duration elapsed = Duration.between(lastWall, now);
        lastWall = now; // before advancing: a failing event must not make the next catch-up count time twice
        if (!elapsed.isNegative() && !elapsed.isZero()) {
            clock.advanceBy(elapsed);
        }
    }
}

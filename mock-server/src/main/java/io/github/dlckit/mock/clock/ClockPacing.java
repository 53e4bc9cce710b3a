package io.github.dlckit.mock.clock;

import io.github.dlckit.mock.engine.time.EventClock;

/**
 * Moves the engine's clock before work is done in it. Called with the engine's lock held (inside
 * {@code DlcEngine.execute}), so implementations need no locking of their own.
 */
@FunctionalInterface
public interface ClockPacing {

    /** Virtual time: the clock moves only through the control API. */
    ClockPacing VIRTUAL = clock -> {
    };

    /**
     * Brings the clock up to date, running every event that falls due.
     *
     * @param clock the engine's clock
     */
    void catchUp(EventClock clock);
}

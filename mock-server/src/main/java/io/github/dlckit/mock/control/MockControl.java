package io.github.dlckit.mock.control;

import java.time.Duration;
import java.time.Instant;

/**
 * Steers a running mock from a test: its virtual clock and its state. One interface, two transports: the embedded
 * server implements it directly ({@code DlcMockServer.control()}); {@link HttpMockControl} implements it against
 * the unsigned {@code /mock/v1} routes of a standalone mock. Both behave the same (one contract test runs against
 * both).
 *
 * <p>Routes: {@code GET /mock/v1/clock} → {@code {"Now": "<ISO-8601 UTC>"}}; {@code POST /mock/v1/clock/advance}
 * with {@code {"Seconds": N}} → {@code {"Now": ...}}; {@code POST /mock/v1/reset} → {@code {"Now": ...}}.
 * The spot market's routes (pools, traces, billing) are added here when the market is connected.
 */
public interface MockControl {

    /**
     * @return the mock's current (virtual) time; in wall-clock mode, brought up to date first
     */
    Instant now();

    /**
     * Moves the clock forward, running every event that falls due on the way (allocations, preemptions, job ends),
     * in time order.
     *
     * @param duration how far; zero or more, at most {@link EmbeddedMockControl#MAX_ADVANCE}
     * @return the new time
     * @throws MockControlException {@code InvalidParameter} for a negative or too large duration
     */
    Instant advance(Duration duration);

    /**
     * Forgets every job and resource of every account and restores the default spot pools; the clock keeps its
     * time (time never runs backwards).
     */
    void reset();
}

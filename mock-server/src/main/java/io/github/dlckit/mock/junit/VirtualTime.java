package io.github.dlckit.mock.junit;

import io.github.dlckit.mock.control.MockControl;
import io.github.dlckit.sdk.retry.Delayer;
import io.github.dlckit.sdk.retry.Sleeper;
import io.github.dlckit.sdk.waiter.WaitTime;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;

/**
 * The mock's virtual clock in the shapes the SDK's waiters take: a {@link Clock} that reads the mock's time, and a
 * {@link Sleeper} and a {@link Delayer} that, instead of pausing, advance the mock's clock by the pause (running
 * every market tick, allocation, preemption and job end on the way). Clients from {@link MockClients} and the JUnit
 * extension already wait this way ({@link #waitTime}); an hour-long spot job is waited for in well under a second:
 *
 * <pre>{@code
 * DlcClient dlc = DlcClient.builder()...waitTime(VirtualTime.waitTime(control)).build();
 * dlc.waiter().untilTerminal(jobId, WaitOptions.defaults());
 * }</pre>
 *
 * Uses the SDK (an optional dependency of the mock): load it only with dlc-sdk-core on the class path.
 */
public final class VirtualTime {

    private VirtualTime() {
    }

    /**
     * @param control the mock's control API
     * @return a UTC clock that reads the mock's virtual time
     */
    public static Clock clock(MockControl control) {
        return new MockClock(control, ZoneOffset.UTC);
    }

    /**
     * @param control the mock's control API
     * @return a sleeper that moves the virtual clock on by each pause and returns at once
     */
    public static Sleeper sleeper(MockControl control) {
        return control::advance;
    }

    /**
     * @param control the mock's control API
     * @return a delayer that moves the virtual clock on by each pause, then runs the task on another thread (so a
     *         long wait never deepens the caller's stack)
     */
    public static Delayer delayer(MockControl control) {
        return (task, delay) -> {
            control.advance(delay);
            CompletableFuture.runAsync(task);
        };
    }

    /**
     * @param control the mock's control API
     * @return the waiters' time for {@code DlcClient.builder().waitTime(...)}: the mock's clock, advanced by pauses
     */
    public static WaitTime waitTime(MockControl control) {
        return WaitTime.of(clock(control), sleeper(control), delayer(control));
    }

    /** A {@link Clock} over {@link MockControl#now()}. */
    private static final class MockClock extends Clock {
        private final MockControl control;
        private final ZoneId zone;

        MockClock(MockControl control, ZoneId zone) {
            this.control = control;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId newZone) {
            return new MockClock(control, newZone);
        }

        @Override
        public Instant instant() {
            return control.now();
        }
    }
}

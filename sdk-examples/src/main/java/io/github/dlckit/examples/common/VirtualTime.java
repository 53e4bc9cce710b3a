package io.github.dlckit.examples.common;

import io.github.dlckit.mock.control.MockControl;
import io.github.dlckit.sdk.retry.Sleeper;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The mock's virtual clock, in the two shapes the SDK's waiter takes: a {@link Clock} that reads the mock's time
 * and a {@link Sleeper} that, instead of sleeping, advances the mock's clock by the pause (running every market
 * tick, allocation, preemption and job end on the way). With both, an hour-long spot job is waited for in well
 * under a second:
 *
 * <pre>{@code
 * JobWaiter waiter = JobWaiter.create(dlc::getJob, VirtualTime.clock(control), VirtualTime.sleeper(control));
 * }</pre>
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

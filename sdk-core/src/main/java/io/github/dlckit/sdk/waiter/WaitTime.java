package io.github.dlckit.sdk.waiter;

import io.github.dlckit.sdk.retry.Delayer;
import io.github.dlckit.sdk.retry.Sleeper;

import java.time.Clock;
import java.util.Objects;

/**
 * The time a client's waiters live on: the clock that measures their timeout, the sleeper the blocking waiter
 * pauses with and the delayer that schedules the asynchronous waiter's next poll. The default is real time; a
 * mock server with a virtual clock hands its own (reading its clock, advancing it instead of sleeping), so a wait
 * of virtual hours takes no wall time. Set it with {@code DlcClient.builder().waitTime(...)}; it never changes how
 * retries pause.
 */
public final class WaitTime {

    private static final WaitTime SYSTEM = new WaitTime(Clock.systemUTC(), Sleeper.system(), null);

    private final Clock clock;
    private final Sleeper sleeper;
    private final Delayer delayer;

    private WaitTime(Clock clock, Sleeper sleeper, Delayer delayer) {
        this.clock = clock;
        this.sleeper = sleeper;
        this.delayer = delayer;
    }

    /** @return real time: the UTC system clock, {@link Thread#sleep}, the shared delayer */
    public static WaitTime system() {
        return SYSTEM;
    }

    /**
     * @param clock measures how long a wait has taken
     * @param sleeper pauses the blocking waiter between polls
     * @param delayer runs the asynchronous waiter's next poll after a pause
     * @return the wait time
     */
    public static WaitTime of(Clock clock, Sleeper sleeper, Delayer delayer) {
        return new WaitTime(Objects.requireNonNull(clock, "clock"), Objects.requireNonNull(sleeper, "sleeper"),
                Objects.requireNonNull(delayer, "delayer"));
    }

    /** @return the clock */
    public Clock clock() {
        return clock;
    }

    /** @return the blocking pause */
    public Sleeper sleeper() {
        return sleeper;
    }

    /** @return the asynchronous pause (the shared delayer, created on first use, for real time) */
    public Delayer delayer() {
        return delayer != null ? delayer : Delayer.shared();
    }
}

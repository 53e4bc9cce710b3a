package io.github.dlckit.examples.common;

import io.github.dlckit.mock.control.MockControl;
import io.github.dlckit.model.GetJobResponse;
import io.github.dlckit.sdk.DlcClient;
import io.github.dlckit.sdk.exception.DlcClientException;
import io.github.dlckit.sdk.retry.Sleeper;
import io.github.dlckit.sdk.waiter.JobWaiter;
import io.github.dlckit.sdk.waiter.StatusListener;
import io.github.dlckit.sdk.waiter.WaitOptions;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Where the programs send their requests. Two kinds, chosen by {@link Targets#open}:
 * <ul>
 *   <li>{@link MockTarget}: a DLC mock started inside the program, on a virtual clock that moves only when the
 *       program waits (the {@link #sleeper()} advances it), with a spot market the program can script
 *       ({@link #mock()}) and exact bills;</li>
 *   <li>{@link CloudTarget}: the real PAI-DLC of a region, with the default credentials chain, wall time, and no
 *       market control.</li>
 * </ul>
 * Everything a program does through {@link #dlc()} and {@link #waiter()} is the same on both.
 */
public abstract class Target implements AutoCloseable {

    private final DlcClient dlc;
    private final Placement placement;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration pollInterval;
    private final Duration waitLimit;

    /**
     * @param dlc the client
     * @param placement where jobs go
     * @param clock the target's time
     * @param sleeper how to pause between polls
     * @param pollInterval how often to look at a job
     * @param waitLimit the longest to wait for a job
     */
    protected Target(DlcClient dlc, Placement placement, Clock clock, Sleeper sleeper, Duration pollInterval,
                     Duration waitLimit) {
        this.dlc = dlc;
        this.placement = placement;
        this.clock = clock;
        this.sleeper = sleeper;
        this.pollInterval = pollInterval;
        this.waitLimit = waitLimit;
    }

    /** @return the client to call DLC with */
    public final DlcClient dlc() {
        return dlc;
    }

    /** @return where jobs go: region, workspace, VPC */
    public final Placement placement() {
        return placement;
    }

    /** @return the target's time: virtual on the mock, the system clock on the real service */
    public final Clock clock() {
        return clock;
    }

    /** @return how the programs pause between polls: advancing the virtual clock on the mock, sleeping otherwise */
    public final Sleeper sleeper() {
        return sleeper;
    }

    /** @return a waiter that polls {@code GetJob} on this target's clock and sleeper */
    public final JobWaiter waiter() {
        return JobWaiter.create(dlc::getJob, clock, sleeper);
    }

    /**
     * @param listener told about every status change
     * @return wait options with this target's poll interval and wait limit
     */
    public final WaitOptions waitOptions(StatusListener listener) {
        return WaitOptions.builder().pollInterval(pollInterval).timeout(waitLimit).listener(listener).build();
    }

    /** Waits one poll interval (on the mock: moves the virtual clock on by it). */
    public final void pause() {
        try {
            sleeper.sleep(pollInterval);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DlcClientException("interrupted while pausing between polls", e, false);
        }
    }

    /** @return the mock's control API (virtual clock, spot market, bills); empty on the real service */
    public abstract Optional<MockControl> mock();

    /**
     * @param ecsSpec an instance type
     * @return its spot prices now, where the target shows them (the mock does; the DLC API does not)
     */
    public abstract Optional<SpotQuote> quote(String ecsSpec);

    /**
     * @param job a job as last read
     * @return what it cost (exact on the mock, an upper bound or unknown on the real service)
     */
    public abstract JobCost cost(GetJobResponse job);

    /** @return what the target is, for the first line of output (never a secret) */
    public abstract String description();

    /** @return {@link #description()} as JSON fields */
    public abstract Fields descriptionFields();

    /** Closes the client, and stops the mock of a mock target. */
    @Override
    public void close() {
        dlc.close();
    }
}

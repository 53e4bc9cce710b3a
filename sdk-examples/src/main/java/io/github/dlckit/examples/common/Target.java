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
 *       program waits ({@link #sleeper()} advances it), with a spot market the program can script
 *       ({@link #mock()}) and exact bills;</li>
 *   <li>{@link CloudTarget}: the real PAI-DLC of a region, with the default credentials chain, wall time, and no
 *       market control.</li>
 * </ul>
 * Everything a program does through {@link #dlc()} is the same on both.
 */
public interface Target extends AutoCloseable {

    /** @return the client to call DLC with */
    DlcClient dlc();

    /** @return where jobs go: region, workspace, VPC */
    Placement placement();

    /** @return the target's time: virtual on the mock, the system clock on the real service */
    Clock clock();

    /** @return how the programs pause between polls: advancing the virtual clock on the mock, sleeping otherwise */
    Sleeper sleeper();

    /** @return how often to look at a job */
    Duration pollInterval();

    /** @return the longest a program waits for a job */
    Duration waitLimit();

    /** @return the mock's control API (virtual clock, spot market, bills); empty on the real service */
    Optional<MockControl> mock();

    /**
     * @param ecsSpec an instance type
     * @return its spot prices now, where the target shows them (the mock does; the DLC API does not)
     */
    Optional<SpotQuote> quote(String ecsSpec);

    /**
     * @param job a job as last read
     * @return what it cost (exact on the mock, an upper bound or unknown on the real service)
     */
    JobCost cost(GetJobResponse job);

    /** @return what the target is, for the first line of output (never a secret) */
    String description();

    /** @return {@link #description()} as JSON fields */
    Fields descriptionFields();

    /** @return a waiter that polls {@code GetJob} on this target's clock and sleeper */
    default JobWaiter waiter() {
        return JobWaiter.create(dlc()::getJob, clock(), sleeper());
    }

    /**
     * @param listener told about every status change
     * @return wait options with this target's poll interval and wait limit
     */
    default WaitOptions waitOptions(StatusListener listener) {
        return WaitOptions.builder().pollInterval(pollInterval()).timeout(waitLimit()).listener(listener).build();
    }

    /** Waits one poll interval (on the mock: moves the virtual clock on by it). */
    default void pause() {
        try {
            sleeper().sleep(pollInterval());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DlcClientException("interrupted while pausing between polls", e, false);
        }
    }

    /** Closes the client, and stops the mock of a mock target. */
    @Override
    void close();
}

package io.github.dlckit.sdk.waiter;

import io.github.dlckit.model.GetJobResponse;
import io.github.dlckit.model.JobStatus;

import java.time.Duration;
import java.util.function.Function;

/**
 * The state of one wait, without any I/O or time of its own: fed each job snapshot with the time it was read,
 * it tells the listener about status changes, and answers the result once the wait is over, or else how long
 * to pause before the next poll. The blocking and the asynchronous waiter drive the same progress.
 */
final class WaitProgress {

    private final WaitOptions options;
    private final Function<JobStatus, WaitOutcome> acceptor;
    private final long startMillis;
    private Duration interval;
    private Duration pause;
    private JobStatus last;
    private int attempts;

    WaitProgress(WaitOptions options, Function<JobStatus, WaitOutcome> acceptor, long startMillis) {
        this.options = options;
        this.acceptor = acceptor;
        this.startMillis = startMillis;
        this.interval = options.pollInterval();
    }

    /**
     * @param job the job as just read
     * @param nowMillis when it was read
     * @return the result when the wait is over, else null (then {@link #nextPause()} says how long to wait)
     */
    WaitResult observe(GetJobResponse job, long nowMillis) {
        attempts++;
        JobStatus status = job.statusEnum();
        if (status != last) {
            options.listener().onStatusChange(last, status, job);
            last = status;
        }
        Duration elapsed = Duration.ofMillis(nowMillis - startMillis);
        WaitOutcome outcome = JobStates.classify(acceptor.apply(status), job);
        if (outcome != null) {
            return new WaitResult(outcome, job, attempts, elapsed);
        }
        Duration left = options.timeout().minus(elapsed);
        if (left.isZero() || left.isNegative()) {
            return new WaitResult(WaitOutcome.TIMED_OUT, job, attempts, elapsed);
        }
        pause = interval.compareTo(left) < 0 ? interval : left;
        long grown = (long) (interval.toMillis() * options.backoffMultiplier());
        interval = Duration.ofMillis(Math.min(grown, options.maxPollInterval().toMillis()));
        return null;
    }

    /** @return the pause before the next poll, after {@link #observe} returned null */
    Duration nextPause() {
        return pause;
    }
}

package io.github.dlckit.sdk.spot;

import io.github.dlckit.model.JobStatus;
import io.github.dlckit.sdk.waiter.WaitOutcome;

import java.util.function.Function;

/** The two waits of an attempt: until the job holds instances (or ends), and until it ends. */
final class JobPhases {

    /** Holding instances: from allocation until the job ends (M10's path after the wait). */
    static boolean isHolding(JobStatus status) {
        switch (status) {
            case ENV_PREPARING:
            case SANITY_CHECKING:
            case RUNNING:
            case SUCCEEDED_RESERVING:
            case FAILED_RESERVING:
                return true;
            default:
                return false;
        }
    }

    /** Ends the first wait: holding counts as {@code RUNNING}. */
    static final Function<JobStatus, WaitOutcome> HOLDING_OR_ENDED = status -> isHolding(status)
            ? WaitOutcome.RUNNING : ended(status);

    /** Ends the second wait. */
    static final Function<JobStatus, WaitOutcome> ENDED = JobPhases::ended;

    private JobPhases() {
    }

    private static WaitOutcome ended(JobStatus status) {
        switch (status) {
            case SUCCEEDED:
                return WaitOutcome.SUCCEEDED;
            case FAILED:
                return WaitOutcome.FAILED;
            case STOPPED:
                return WaitOutcome.STOPPED;
            default:
                return null;
        }
    }
}

package io.github.dlckit.sdk.waiter;

import io.github.dlckit.model.GetJobResponse;
import io.github.dlckit.model.JobStatus;
import io.github.dlckit.sdk.spot.Preemption;

import java.util.function.Function;

/** What ends a wait: the acceptors of both waiters. */
final class JobStates {

    /** Running, or ended before it was seen running. */
    static final Function<JobStatus, WaitOutcome> RUNNING = status -> status == JobStatus.RUNNING
            ? WaitOutcome.RUNNING : WaitOutcome.ofTerminal(status);

    /** Ended: succeeded, failed or stopped. */
    static final Function<JobStatus, WaitOutcome> TERMINAL = WaitOutcome::ofTerminal;

    private JobStates() {
    }

    /**
     * @param outcome what the acceptor made of the job's status
     * @param job the job as read
     * @return {@code PREEMPTED} for a {@code FAILED} job that {@link Preemption} recognises, else the outcome
     */
    static WaitOutcome classify(WaitOutcome outcome, GetJobResponse job) {
        return outcome == WaitOutcome.FAILED && Preemption.isPreempted(job) ? WaitOutcome.PREEMPTED : outcome;
    }
}

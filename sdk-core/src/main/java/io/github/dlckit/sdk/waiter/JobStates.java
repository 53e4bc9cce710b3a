package io.github.dlckit.sdk.waiter;

import io.github.dlckit.model.JobStatus;

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
}

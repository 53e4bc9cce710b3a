package io.github.dlckit.sdk.waiter;

import io.github.dlckit.model.JobStatus;

/** How a wait ended. */
public enum WaitOutcome {
    /** The job is running. */
    RUNNING,
    /** The job finished successfully. */
    SUCCEEDED,
    /** The job failed for another reason than preemption: see the result's reason code and message. */
    FAILED,
    /**
     * The job failed because it lost its spot instances, as {@link io.github.dlckit.sdk.spot.Preemption} recognises
     * it from the status, the reason message and the pods (never from a reason code).
     */
    PREEMPTED,
    /** The job was stopped. */
    STOPPED,
    /** The timeout passed before the job reached a status the wait was for. */
    TIMED_OUT;

    /** @return the outcome a terminal status means, or null for a status that is not terminal */
    static WaitOutcome ofTerminal(JobStatus status) {
        switch (status) {
            case SUCCEEDED:
                return SUCCEEDED;
            case FAILED:
                return FAILED;
            case STOPPED:
                return STOPPED;
            default:
                return null;
        }
    }
}

package io.github.dlckit.sdk.waiter;

import io.github.dlckit.model.JobStatus;

/** How a wait ended. */
public enum WaitOutcome {
    /** The job is running. */
    RUNNING,
    /** The job finished successfully. */
    SUCCEEDED,
    /** The job failed (preempted spot jobs included): see the result's reason code and message. */
    FAILED,
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

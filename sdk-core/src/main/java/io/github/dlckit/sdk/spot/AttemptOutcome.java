package io.github.dlckit.sdk.spot;

/** How one attempt (one DLC job) of a spot run ended. */
public enum AttemptOutcome {
    /** The job succeeded. */
    SUCCEEDED,
    /** The job lost its spot instances ({@link Preemption#isPreempted}). */
    PREEMPTED,
    /** The job waited the policy's longest wait without getting instances; the runner stopped it. */
    WAIT_TIMED_OUT,
    /** The job failed for another reason (its own command, most often); a new bid would not help. */
    FAILED,
    /** Someone else stopped the job. */
    STOPPED,
    /** {@code CreateJob} was refused; no job exists. */
    REFUSED,
    /** {@code CreateJob}'s outcome stayed unknown and no job with the runner's trace could be found or ruled out. */
    LOST,
    /** The runner stopped the job at a limit of the run (deadline, budget) or because the run was cancelled. */
    CUT_SHORT
}

package io.github.dlckit.sdk.spot;

/** How a spot run ended; {@link SpotRunResult#reason()} says more. */
public enum RunOutcome {
    /** The last attempt's job succeeded. */
    SUCCEEDED,
    /** A job failed for a reason other than preemption, was stopped by someone else, or was refused. */
    FAILED,
    /** The policy said {@link Fallback#GIVE_UP}, or no fallback it lists was possible. */
    GAVE_UP,
    /** The policy's attempts were used up. */
    ATTEMPTS_EXHAUSTED,
    /** The policy's deadline passed. */
    DEADLINE_PASSED,
    /** The policy's budget was spent. */
    BUDGET_SPENT,
    /** A {@code CreateJob} answer was lost and the runner could not tell whether a job exists. */
    OUTCOME_UNKNOWN,
    /** The run was cancelled (its future cancelled, or the running thread interrupted). */
    CANCELLED
}

package io.github.dlckit.sdk.spot;

/** Why a run ends before its job did: the outcome and the words for it. */
final class RunEnding {

    final RunOutcome outcome;
    final String reason;

    RunEnding(RunOutcome outcome, String reason) {
        this.outcome = outcome;
        this.reason = reason;
    }
}

package io.github.dlckit.sdk.spot;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** How a spot run ended, and every attempt it made, in order. */
public final class SpotRunResult {

    private final String runId;
    private final RunOutcome outcome;
    private final String reason;
    private final List<SpotAttempt> attempts;

    SpotRunResult(String runId, RunOutcome outcome, String reason, List<SpotAttempt> attempts) {
        this.runId = runId;
        this.outcome = outcome;
        this.reason = reason;
        this.attempts = Collections.unmodifiableList(new ArrayList<>(attempts));
    }

    /** @return the run's id, also in each job's {@code DLCKIT_RUN_ID} */
    public String runId() {
        return runId;
    }

    /** @return how the run ended */
    public RunOutcome outcome() {
        return outcome;
    }

    /** @return whether the last job succeeded */
    public boolean succeeded() {
        return outcome == RunOutcome.SUCCEEDED;
    }

    /** @return why the run ended, in words */
    public String reason() {
        return reason;
    }

    /** @return every attempt, the first first */
    public List<SpotAttempt> attempts() {
        return attempts;
    }

    /** @return the last attempt's job id, if it had a job */
    public Optional<String> lastJobId() {
        return attempts.isEmpty() ? Optional.<String>empty() : attempts.get(attempts.size() - 1).jobId();
    }

    /** @return the sum of the attempts' cost estimates; empty when any is unknown */
    public Optional<BigDecimal> cost() {
        return Costs.total(attempts);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("spot run " + runId + ": " + outcome + " (" + reason + ")");
        for (SpotAttempt attempt : attempts) {
            out.append("\n  ").append(attempt);
        }
        return out.toString();
    }
}

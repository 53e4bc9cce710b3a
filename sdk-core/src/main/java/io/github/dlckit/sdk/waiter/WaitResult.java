package io.github.dlckit.sdk.waiter;

import io.github.dlckit.model.GetJobResponse;

import java.time.Duration;
import java.util.Optional;

/**
 * How a wait ended: the outcome, the job as last read, how many times it was read and how long it took. A
 * failed or preempted job is a result like any other, with its reason code and message.
 */
public final class WaitResult {

    private final WaitOutcome outcome;
    private final GetJobResponse job;
    private final int attempts;
    private final Duration elapsed;

    WaitResult(WaitOutcome outcome, GetJobResponse job, int attempts, Duration elapsed) {
        this.outcome = outcome;
        this.job = job;
        this.attempts = attempts;
        this.elapsed = elapsed;
    }

    /** @return how the wait ended */
    public WaitOutcome outcome() {
        return outcome;
    }

    /** @return the job as last read */
    public GetJobResponse job() {
        return job;
    }

    /** @return how many times the job was read */
    public int attempts() {
        return attempts;
    }

    /** @return how long the wait took */
    public Duration elapsed() {
        return elapsed;
    }

    /** @return the job's {@code ReasonCode}, e.g. why it failed or was preempted */
    public Optional<String> reasonCode() {
        return job.reasonCode();
    }

    /** @return the job's {@code ReasonMessage} */
    public Optional<String> reasonMessage() {
        return job.reasonMessage();
    }

    @Override
    public String toString() {
        return "WaitResult{outcome=" + outcome + ", jobId=" + job.jobId().orElse("?") + ", status="
                + job.status().orElse("?") + reasonCode().map(c -> ", reasonCode=" + c).orElse("")
                + ", attempts=" + attempts + ", elapsed=" + elapsed + "}";
    }
}

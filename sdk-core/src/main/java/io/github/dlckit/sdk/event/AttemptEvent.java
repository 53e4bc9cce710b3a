package io.github.dlckit.sdk.event;

import io.github.dlckit.sdk.exception.DlcException;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/** One HTTP attempt of a call: how long it took, what came back, and whether another attempt follows. */
public final class AttemptEvent {

    private final String operation;
    private final int attempt;
    private final Duration latency;
    private final Integer statusCode;
    private final String requestId;
    private final DlcException failure;
    private final Duration retryDelay;

    /**
     * @param operation the operation name, e.g. {@code GetJob}
     * @param attempt the attempt number, from 1
     * @param latency from signing to the answer or the failure
     * @param statusCode the HTTP status, null when no answer came
     * @param requestId the service's request id, null when unknown
     * @param failure how the attempt failed, null when it succeeded
     * @param retryDelay the pause before the next attempt, null when none follows
     */
    public AttemptEvent(String operation, int attempt, Duration latency, Integer statusCode, String requestId,
                        DlcException failure, Duration retryDelay) {
        this.operation = operation;
        this.attempt = attempt;
        this.latency = latency;
        this.statusCode = statusCode;
        this.requestId = requestId;
        this.failure = failure;
        this.retryDelay = retryDelay;
    }

    /** @return the operation name, e.g. {@code GetJob} */
    public String operation() {
        return operation;
    }

    /** @return the attempt number, from 1 */
    public int attempt() {
        return attempt;
    }

    /** @return from signing to the answer or the failure */
    public Duration latency() {
        return latency;
    }

    /** @return the HTTP status, empty when no answer came (connection refused, reset, timeout) */
    public OptionalInt statusCode() {
        return statusCode == null ? OptionalInt.empty() : OptionalInt.of(statusCode);
    }

    /** @return the service's request id, when the answer carried one */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** @return how the attempt failed; empty when it succeeded */
    public Optional<DlcException> failure() {
        return Optional.ofNullable(failure);
    }

    /** @return the pause before the next attempt; empty when this attempt was the last */
    public Optional<Duration> retryDelay() {
        return Optional.ofNullable(retryDelay);
    }

    @Override
    public String toString() {
        return operation + " attempt " + attempt + ": " + (statusCode != null ? "HTTP " + statusCode : "no answer")
                + " in " + latency.toMillis() + " ms" + (requestId != null ? ", request id " + requestId : "")
                + (failure != null ? ", " + failure.getClass().getSimpleName() : "")
                + (retryDelay != null ? ", retry in " + retryDelay.toMillis() + " ms" : "");
    }
}

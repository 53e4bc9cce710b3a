package io.github.dlckit.sdk.event;

import java.time.Duration;
import java.util.Optional;

/** One call from start to end: how many attempts it took, how long, and how it ended. */
public final class CallEvent {

    private final String operation;
    private final int attempts;
    private final Duration duration;
    private final String requestId;
    private final Throwable failure;

    /**
     * @param operation the operation name, e.g. {@code CreateJob}
     * @param attempts the attempts sent; 0 when the request was refused before sending (validation, credentials)
     * @param duration from the call to its end, pauses between attempts included
     * @param requestId the last answer's request id, null when unknown
     * @param failure what the caller got instead of a response, null on success
     */
    public CallEvent(String operation, int attempts, Duration duration, String requestId, Throwable failure) {
        this.operation = operation;
        this.attempts = attempts;
        this.duration = duration;
        this.requestId = requestId;
        this.failure = failure;
    }

    /** @return the operation name, e.g. {@code CreateJob} */
    public String operation() {
        return operation;
    }

    /** @return the attempts sent; 0 when the request was refused before sending */
    public int attempts() {
        return attempts;
    }

    /** @return from the call to its end, pauses between attempts included */
    public Duration duration() {
        return duration;
    }

    /** @return the last answer's request id, when one came */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** @return whether the caller got a response */
    public boolean succeeded() {
        return failure == null;
    }

    /**
     * @return what the caller got instead of a response (a {@code DlcException}, a {@code ValidationException},
     *         or a {@code CancellationException} for a cancelled asynchronous call); empty on success
     */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    @Override
    public String toString() {
        return operation + ": " + (failure == null ? "succeeded" : "failed (" + failure.getClass().getSimpleName() + ")")
                + " after " + attempts + (attempts == 1 ? " attempt" : " attempts") + " in " + duration.toMillis()
                + " ms" + (requestId != null ? ", request id " + requestId : "");
    }
}

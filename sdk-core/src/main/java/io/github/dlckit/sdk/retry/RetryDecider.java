package io.github.dlckit.sdk.retry;

import io.github.dlckit.model.operation.Operation;
import io.github.dlckit.sdk.exception.DlcClientException;
import io.github.dlckit.sdk.exception.DlcException;
import io.github.dlckit.sdk.exception.DlcServiceException;

import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * Whether and when a failed attempt is tried again: pure functions of the policy, the attempt number, the
 * time spent, the failure and the operation (and a jitter sample), so tests can assert exact delays.
 *
 * <p>What may be retried:
 * <ul>
 *   <li>throttling (HTTP 429 or a {@code Throttling*} code): always, the service did not apply the call;</li>
 *   <li>a request that never left this process (no connection): always;</li>
 *   <li>server errors (5xx) and failures after sending (reset, timeout, no response): only for idempotent
 *       operations (GET, PUT, DELETE). A {@code CreateJob} whose outcome is unknown is never sent twice.</li>
 * </ul>
 * Pauses: full jitter, uniformly drawn from {@code [0, min(maxDelay, base * 2^(attempt-1)))}, with the
 * throttling base after throttling; a {@code TimeLeft} hint of the service is waited exactly instead. No retry
 * starts if its pause would end past the policy's total deadline.
 */
public final class RetryDecider {

    private RetryDecider() {
    }

    /**
     * Decides what follows a failed attempt.
     *
     * @param policy the retry settings
     * @param attempt the number of the attempt that failed, from 1
     * @param elapsed time since the call started
     * @param failure how the attempt failed
     * @param operation the operation called
     * @param jitter a source of samples in [0, 1)
     * @return retry after a pause, or give up
     */
    public static RetryDecision decide(RetryPolicy policy, int attempt, Duration elapsed, DlcException failure,
                                       Operation<?, ?> operation, DoubleSupplier jitter) {
        if (!isSafeToRetry(operation, failure)) {
            return RetryDecision.giveUp("not retryable");
        }
        if (attempt >= policy.maxAttempts()) {
            return RetryDecision.giveUp("attempts exhausted (" + attempt + " of " + policy.maxAttempts() + ")");
        }
        Duration delay = delayAfter(policy, attempt, failure, jitter);
        if (elapsed.plus(delay).compareTo(policy.totalDeadline()) >= 0) {
            return RetryDecision.giveUp("total deadline of " + policy.totalDeadline().toMillis() + " ms reached");
        }
        return RetryDecision.retryAfter(delay);
    }

    /**
     * The pause after a failed attempt.
     *
     * @param policy the retry settings
     * @param attempt the number of the attempt that failed, from 1
     * @param failure how it failed
     * @param jitter a source of samples in [0, 1)
     * @return the service's {@code TimeLeft} hint when it gave one, else a full-jitter exponential pause
     */
    public static Duration delayAfter(RetryPolicy policy, int attempt, DlcException failure, DoubleSupplier jitter) {
        boolean throttled = failure instanceof DlcServiceException && ((DlcServiceException) failure).isThrottling();
        Optional<Duration> hint = throttled ? ((DlcServiceException) failure).retryAfter() : Optional.empty();
        if (hint.isPresent()) {
            return hint.get();
        }
        long base = (throttled ? policy.throttlingBaseDelay() : policy.baseDelay()).toMillis();
        long cap = policy.maxDelay().toMillis();
        int doublings = Math.min(attempt - 1, 30);
        long ceiling = base > cap >> doublings ? cap : Math.min(cap, base << doublings);
        return Duration.ofMillis((long) (jitter.getAsDouble() * ceiling));
    }

    /**
     * Whether repeating the operation after this failure is safe and may help.
     *
     * @param operation the operation
     * @param failure the failure
     * @return true when a retry may be attempted
     */
    public static boolean isSafeToRetry(Operation<?, ?> operation, DlcException failure) {
        if (failure instanceof DlcServiceException) {
            DlcServiceException e = (DlcServiceException) failure;
            return isSafeToRetry(operation, e.statusCode(), e.isThrottling());
        }
        return failure instanceof DlcClientException
                && isSafeToRetry(operation, ((DlcClientException) failure).kind());
    }

    /**
     * The rule for an error answer of the service.
     *
     * @param operation the operation
     * @param statusCode the HTTP status
     * @param throttling whether the answer was throttling
     * @return true for throttling, and for a server error of an idempotent operation
     */
    public static boolean isSafeToRetry(Operation<?, ?> operation, int statusCode, boolean throttling) {
        return throttling || statusCode >= 500 && operation.isIdempotent();
    }

    /**
     * The rule for a failure on this side or in transit.
     *
     * @param operation the operation
     * @param kind what failed
     * @return true when the request was not sent, or its outcome is unknown but the operation is idempotent
     */
    public static boolean isSafeToRetry(Operation<?, ?> operation, DlcClientException.Kind kind) {
        return kind == DlcClientException.Kind.NOT_SENT
                || kind == DlcClientException.Kind.OUTCOME_UNKNOWN && operation.isIdempotent();
    }
}

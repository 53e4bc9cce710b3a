package io.github.dlckit.sdk.retry;

import io.github.dlckit.model.operation.DlcOperations;
import io.github.dlckit.sdk.exception.DlcClientException;
import io.github.dlckit.sdk.exception.DlcClientException.Kind;
import io.github.dlckit.sdk.exception.DlcException;
import io.github.dlckit.sdk.exception.DlcServiceException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The retry decision as a pure function: no client, no clock, no sleeping. */
class RetryDeciderTest {

    static final RetryPolicy POLICY = RetryPolicy.defaults();

    static DlcServiceException service(int status, String code, Duration retryAfter) {
        return new DlcServiceException("x", status, code, null, null, null, null, false, retryAfter);
    }

    static DlcClientException client(Kind kind) {
        return new DlcClientException("x", null, false, kind);
    }

    private static RetryDecision decide(int attempt, DlcException failure, boolean idempotent) {
        return RetryDecider.decide(POLICY, attempt, Duration.ZERO, failure,
                idempotent ? DlcOperations.GET_JOB : DlcOperations.CREATE_JOB, () -> 0.5);
    }

    @Test
    void idempotentOperations_retryServerErrorsAndFailuresAfterSending() {
        assertThat(decide(1, service(503, "ServiceUnavailable", null), true).delay()).isEqualTo(Duration.ofMillis(50));
        assertThat(decide(2, client(Kind.OUTCOME_UNKNOWN), true).delay()).isEqualTo(Duration.ofMillis(100));
        assertThat(decide(3, client(Kind.OUTCOME_UNKNOWN), true).reason()).isEqualTo("attempts exhausted (3 of 3)");
    }

    @Test
    void nonIdempotentOperations_retryOnlyWhatSurelyWasNotApplied() {
        assertThat(decide(1, client(Kind.NOT_SENT), false).shouldRetry()).isTrue();
        assertThat(decide(1, service(429, "Throttling", null), false).shouldRetry()).isTrue();
        assertThat(decide(1, service(400, "Throttling.Api", null), false).shouldRetry()).isTrue();
        assertThat(decide(1, client(Kind.OUTCOME_UNKNOWN), false).reason()).isEqualTo("not retryable");
        assertThat(decide(1, service(503, "ServiceUnavailable", null), false).shouldRetry()).isFalse();
        assertThat(decide(1, service(500, "InternalError", null), false).shouldRetry()).isFalse();
    }

    @Test
    void clientErrorsAndUnreadableAnswersAreNeverRetried() {
        assertThat(decide(1, service(400, "InvalidParameter", null), true).shouldRetry()).isFalse();
        assertThat(decide(1, service(404, "JobNotFound", null), true).shouldRetry()).isFalse();
        assertThat(decide(1, client(Kind.UNREADABLE_RESPONSE), true).shouldRetry()).isFalse();
        assertThat(decide(1, client(Kind.OTHER), true).shouldRetry()).isFalse();
    }

    @Test
    void throttling_usesItsOwnBaseOrTheServicesHint() {
        assertThat(decide(1, service(429, "Throttling.User", null), true).delay()).isEqualTo(Duration.ofMillis(500));
        assertThat(decide(2, service(429, "Throttling.User", null), true).delay()).isEqualTo(Duration.ofMillis(1000));
        assertThat(decide(1, service(429, "Throttling.User", Duration.ofMillis(777)), true).delay())
                .isEqualTo(Duration.ofMillis(777));
    }

    @Test
    void fullJitter_isCappedAndNeverOverflows() {
        RetryPolicy many = POLICY.toBuilder().maxAttempts(100).totalDeadline(Duration.ofDays(1)).build();
        Duration late = RetryDecider.delayAfter(many, 80, service(503, "x", null), () -> 0.999);
        assertThat(late).isEqualTo(Duration.ofMillis(19_980));
        assertThat(RetryDecider.delayAfter(many, 1, service(503, "x", null), () -> 0.0)).isZero();
    }

    @Test
    void deadline_stopsARetryThatWouldEndPastIt() {
        RetryPolicy shortDeadline = POLICY.toBuilder().totalDeadline(Duration.ofMillis(1000)).build();
        RetryDecision d = RetryDecider.decide(shortDeadline, 1, Duration.ofMillis(960), client(Kind.NOT_SENT),
                DlcOperations.GET_JOB, () -> 0.5);
        assertThat(d.shouldRetry()).isFalse();
        assertThat(d.reason()).isEqualTo("total deadline of 1000 ms reached");
    }

    @Test
    void policy_validatesEveryValueAtOnce() {
        assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0).baseDelay(Duration.ofMillis(-1))
                .totalDeadline(Duration.ZERO).build())
                .hasMessage("Invalid RetryPolicy: maxAttempts must be at least 1, got 0; baseDelay must be zero or more, "
                        + "got PT-0.001S; totalDeadline must be positive, got PT0S");
        assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
    }
}

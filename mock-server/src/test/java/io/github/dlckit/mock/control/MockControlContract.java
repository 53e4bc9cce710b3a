package io.github.dlckit.mock.control;

import io.github.dlckit.mock.DlcMockServer;
import io.github.dlckit.mock.Jobs;
import io.github.dlckit.mock.SignedCall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What every {@link MockControl} does, whichever transport; each implementation's test extends this. */
abstract class MockControlContract {

    static final Instant START = Instant.parse("2026-11-29T08:00:00Z");

    DlcMockServer mock;

    /** @return the control under test, steering {@link #mock} */
    abstract MockControl control();

    @BeforeEach
    void start() {
        mock = DlcMockServer.builder().startTime(START).start();
    }

    @AfterEach
    void stop() {
        mock.close();
    }

    @Test
    void now_isTheVirtualStartTime_andReadingItChangesNothing() {
        assertThat(control().now()).isEqualTo(START);
        assertThat(control().now()).isEqualTo(START);
    }

    @Test
    void advance_movesTheClockAndReturnsTheNewTime() {
        assertThat(control().advance(Duration.ofSeconds(90))).isEqualTo(START.plusSeconds(90));
        assertThat(control().advance(Duration.ofMillis(1500))).isEqualTo(START.plusSeconds(90).plusMillis(1500));
        assertThat(control().advance(Duration.ZERO)).isEqualTo(START.plusMillis(91_500));
        assertThat(control().now()).isEqualTo(START.plusMillis(91_500));
    }

    @Test
    void advance_runsTheEventsThatFallDue() {
        String jobId = Jobs.create(SignedCall.to(mock));
        control().advance(Duration.ofHours(1));
        String status = SignedCall.to(mock).op("GetJob", "GET", "/api/v1/jobs/" + jobId).send().json()
                .path("Status").asText();
        assertThat(status).isEqualTo("Succeeded");
    }

    @Test
    void negativeAdvance_isRefusedAndTheClockStays() {
        MockControlException refused = catchThrowableOfType(MockControlException.class,
                () -> control().advance(Duration.ofSeconds(-1)));
        assertThat(refused.code()).isEqualTo("InvalidParameter");
        assertThat(refused.getMessage()).contains("Seconds");
        assertThat(control().now()).isEqualTo(START);
    }

    @Test
    void reset_forgetsJobs_keepsTheClock() {
        String jobId = Jobs.create(SignedCall.to(mock));
        control().advance(Duration.ofMinutes(5));
        control().reset();
        assertThat(control().now()).isEqualTo(START.plus(Duration.ofMinutes(5)));
        SignedCall.Reply gone = SignedCall.to(mock).op("GetJob", "GET", "/api/v1/jobs/" + jobId).send();
        assertThat(gone.status()).isEqualTo(404);
        assertThat(SignedCall.to(mock).op("ListJobs", "GET", "/api/v1/jobs").send().json().path("TotalCount").asInt())
                .isZero();
    }
}

package io.github.dlckit.mock.clock;

import io.github.dlckit.mock.DlcMockServer;
import io.github.dlckit.mock.Jobs;
import io.github.dlckit.mock.SignedCall;
import io.github.dlckit.mock.engine.time.EventClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Wall-clock mode: the same engine, paced by (here: an injected) real clock. */
class WallClockModeTest {

    private static final Instant WALL_START = Instant.parse("2026-11-29T12:00:00Z");
    private static final Instant VIRTUAL_START = Instant.parse("2030-01-01T00:00:00Z");

    private final MutableClock wall = new MutableClock(WALL_START);
    private DlcMockServer mock;

    @AfterEach
    void stop() {
        if (mock != null) {
            mock.close();
        }
    }

    @Test
    void pacing_movesTheEngineByTheWallTimeElapsed_andRunsDueEvents() {
        EventClock engineClock = new EventClock(VIRTUAL_START);
        boolean[] ran = new boolean[1];
        engineClock.scheduleAfter(Duration.ofSeconds(5), "test event", () -> ran[0] = true);
        WallClockPacing pacing = new WallClockPacing(wall);

        pacing.catchUp(engineClock);
        assertThat(engineClock.now()).isEqualTo(VIRTUAL_START);
        wall.advance(Duration.ofSeconds(7));
        pacing.catchUp(engineClock);
        assertThat(engineClock.now()).isEqualTo(VIRTUAL_START.plusSeconds(7));
        assertThat(ran[0]).isTrue();
        engineClock.advanceBy(Duration.ofHours(1)); // a jump through the control API adds on
        wall.advance(Duration.ofSeconds(3));
        pacing.catchUp(engineClock);
        assertThat(engineClock.now()).isEqualTo(VIRTUAL_START.plusSeconds(3610));
    }

    @Test
    void eachRequest_firstBringsTheClockUpToDate() {
        mock = DlcMockServer.builder().clockMode(ClockMode.WALL).wallClock(wall).startTime(VIRTUAL_START).start();
        String jobId = Jobs.create(SignedCall.to(mock).signedAt(wall.instant()));
        wall.advance(Duration.ofMinutes(10));
        String status = SignedCall.to(mock).signedAt(wall.instant()).op("GetJob", "GET", "/api/v1/jobs/" + jobId)
                .send().json().path("Status").asText();
        assertThat(status).isEqualTo("Succeeded");
        assertThat(mock.control().now()).isEqualTo(VIRTUAL_START.plus(Duration.ofMinutes(10)));
    }

    @Test
    void withoutRequests_aDaemonTickKeepsTheClockMoving() throws InterruptedException {
        mock = DlcMockServer.builder().clockMode(ClockMode.WALL).wallClock(wall).startTime(VIRTUAL_START).start();
        wall.advance(Duration.ofSeconds(42));
        Instant target = VIRTUAL_START.plusSeconds(42);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!mock.engine().now().equals(target) && System.nanoTime() < deadline) {
            Thread.sleep(20); // waiting for the real ticker thread (every 200 ms), bounded
        }
        assertThat(mock.engine().now()).isEqualTo(target);
    }

    @Test
    void virtualMode_standsStillWhateverTheWallClockDoes() {
        mock = DlcMockServer.builder().wallClock(wall).startTime(VIRTUAL_START).start();
        wall.advance(Duration.ofMinutes(10));
        SignedCall.to(mock).signedAt(wall.instant()).op("ListJobs", "GET", "/api/v1/jobs").send();
        assertThat(mock.control().now()).isEqualTo(VIRTUAL_START);
    }

    @Test
    void signatureDates_areCheckedAgainstTheWallClock_notTheVirtualOne() {
        mock = DlcMockServer.builder().wallClock(wall).startTime(VIRTUAL_START).start();
        mock.control().advance(Duration.ofDays(30));
        assertThat(SignedCall.to(mock).signedAt(wall.instant()).op("ListJobs", "GET", "/api/v1/jobs").send().status())
                .isEqualTo(200);
        assertThat(SignedCall.to(mock).signedAt(mock.control().now()).op("ListJobs", "GET", "/api/v1/jobs").send()
                .code()).isEqualTo("InvalidTimeStamp.Expired");
    }
}

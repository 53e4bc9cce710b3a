package io.github.dlckit.mock.junit;

import io.github.dlckit.mock.DlcMockServer;
import io.github.dlckit.mock.control.MockControl;
import io.github.dlckit.model.JobType;
import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.model.JobSpec;
import io.github.dlckit.sdk.DlcClient;
import io.github.dlckit.sdk.waiter.JobWaiter;
import io.github.dlckit.sdk.waiter.WaitOptions;
import io.github.dlckit.sdk.waiter.WaitOutcome;
import io.github.dlckit.sdk.waiter.WaitResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class VirtualTimeTest {

    private static final Instant START = Instant.parse("2026-11-29T00:00:00Z");
    private static DlcMockServer mock;

    @BeforeAll
    static void start() {
        mock = DlcMockServer.builder().startTime(START).start();
    }

    @AfterAll
    static void stop() {
        mock.close();
    }

    @Test
    void theClockReadsTheMockAndTheSleeperMovesIt() throws InterruptedException {
        MockControl control = mock.control();
        Clock clock = VirtualTime.clock(control);
        Instant before = clock.instant();

        VirtualTime.sleeper(control).sleep(Duration.ofMinutes(90));

        assertThat(Duration.between(before, clock.instant())).isEqualTo(Duration.ofMinutes(90));
        assertThat(clock.instant()).isEqualTo(control.now());
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Z"));
        assertThat(clock.withZone(ZoneId.of("Asia/Shanghai")).instant()).isEqualTo(control.now());
    }

    @Test
    void theSdkWaiterWaitsAnHourLongJobWithoutRealWaiting() {
        MockControl control = mock.control();
        try (DlcClient dlc = MockClients.client(mock)) {
            String jobId = dlc.createJob(CreateJobRequest.builder().displayName("hour").jobType(JobType.PYTORCH_JOB)
                    .addJobSpecs(JobSpec.builder().type("Worker").podCount(1).image("image").ecsSpec("ecs.g7.xlarge")
                            .build())
                    .userCommand("sleep 3600").build()).jobId().orElseThrow();
            JobWaiter waiter = JobWaiter.create(dlc::getJob, VirtualTime.clock(control), VirtualTime.sleeper(control));
            long wallStart = System.nanoTime();

            WaitResult result = waiter.untilTerminal(jobId, WaitOptions.builder().pollInterval(Duration.ofMinutes(1))
                    .timeout(Duration.ofHours(3)).build());

            assertThat(result.outcome()).isEqualTo(WaitOutcome.SUCCEEDED);
            // Environment preparation (30 s) and the hour of work, seen at the next whole-minute poll.
            assertThat(result.elapsed()).isBetween(Duration.ofMinutes(60), Duration.ofMinutes(62));
            assertThat(Duration.ofNanos(System.nanoTime() - wallStart)).isLessThan(Duration.ofSeconds(30));
        }
    }
}

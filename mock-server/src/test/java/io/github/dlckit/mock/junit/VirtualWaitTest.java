package io.github.dlckit.mock.junit;

import io.github.dlckit.mock.control.MockControl;
import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.model.JobSpec;
import io.github.dlckit.sdk.DlcAsyncClient;
import io.github.dlckit.sdk.DlcClient;
import io.github.dlckit.sdk.waiter.WaitOptions;
import io.github.dlckit.sdk.waiter.WaitOutcome;
import io.github.dlckit.sdk.waiter.WaitResult;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Injected clients wait on the mock's virtual clock: their waiters advance it by each pause instead of sleeping,
 * so waits with the default options (10 s polls, an hour's timeout) end as soon as the job gets there.
 */
@DlcMock(seed = 5)
class VirtualWaitTest {

    private static CreateJobRequest job(String command) {
        return CreateJobRequest.builder().displayName("virtual-wait").jobType("PyTorchJob").userCommand(command)
                .addJobSpecs(JobSpec.builder().type("Worker").podCount(1).ecsSpec("ecs.g7.xlarge")
                        .image("registry.cn-wulanchabu.aliyuncs.com/pai/llm:torch2.3").build()).build();
    }

    @Test
    void untilRunningWithDefaultOptionsMovesTheMocksClockNotTheWallClock(DlcClient dlc, MockControl control) {
        String id = dlc.createJob(job("sleep 600")).jobId().orElseThrow();
        Instant virtualStart = control.now();
        long wallStart = System.nanoTime();

        WaitResult running = dlc.waiter().untilRunning(id, WaitOptions.defaults());

        assertThat(running.outcome()).isEqualTo(WaitOutcome.RUNNING);
        // EnvPreparing lasts 30 virtual seconds: the waiter's 10-second pauses moved the clock past it.
        assertThat(running.elapsed()).isBetween(Duration.ofSeconds(30), Duration.ofSeconds(40));
        assertThat(Duration.between(virtualStart, control.now())).isEqualTo(running.elapsed());
        // Not the hour of the default timeout, nor the 30 s it took on the mock's clock.
        assertThat(Duration.ofNanos(System.nanoTime() - wallStart)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void theAsyncWaiterAdvancesItToo(DlcAsyncClient dlc, MockControl control) {
        String id = dlc.createJob(job("sleep 600")).join().jobId().orElseThrow();

        WaitResult done = dlc.waiter().untilTerminal(id, WaitOptions.defaults()).join();

        assertThat(done.outcome()).isEqualTo(WaitOutcome.SUCCEEDED);
        assertThat(done.elapsed()).isBetween(Duration.ofSeconds(630), Duration.ofSeconds(650));
    }
}

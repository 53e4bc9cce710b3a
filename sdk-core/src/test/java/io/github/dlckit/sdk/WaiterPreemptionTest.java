package io.github.dlckit.sdk;

import io.github.dlckit.model.GetJobRequest;
import io.github.dlckit.model.GetJobResponse;
import io.github.dlckit.model.GetJobResponsePods;
import io.github.dlckit.sdk.waiter.AsyncJobWaiter;
import io.github.dlckit.sdk.waiter.JobWaiter;
import io.github.dlckit.sdk.waiter.WaitOptions;
import io.github.dlckit.sdk.waiter.WaitOutcome;
import io.github.dlckit.sdk.waiter.WaitResult;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** Both waiters report a job that the real service shows as preempted (M10) as {@code PREEMPTED}. */
class WaiterPreemptionTest {

    final MutableClock clock = new MutableClock(Fakes.START);
    final Fakes.RecordingSleeper sleeper = new Fakes.RecordingSleeper(clock);

    /** As the real service shows a reclaimed spot job: the generic code, "preempted", evicted pods. */
    static final GetJobResponse PREEMPTED = GetJobResponse.builder().jobId("dlc-1").status("Failed")
            .reasonCode("JobFailed").reasonMessage("Job dlc-1 was preempted: market price 0.0117 is above the bid 0.0110")
            .addPods(GetJobResponsePods.builder().podId("dlc-1-worker-0").status("Failed").subStatus("Evicted").build())
            .build();

    private static WaitOptions options() {
        return WaitOptions.builder().pollInterval(Duration.ofSeconds(10)).build();
    }

    @Test
    void blockingWaiter_untilTerminal_reportsPreempted() {
        JobWaiter waiter = JobWaiter.create(JobWaiterTest.statuses(JobWaiterTest.job("Running"), PREEMPTED), clock,
                sleeper);

        WaitResult result = waiter.untilTerminal("dlc-1", options());

        assertThat(result.outcome()).isEqualTo(WaitOutcome.PREEMPTED);
        assertThat(result.reasonCode()).contains("JobFailed");
        assertThat(result.job()).isSameAs(PREEMPTED);
    }

    @Test
    void blockingWaiter_untilRunning_aJobPreemptedBeforeItWasSeenRunning_isPreempted() {
        JobWaiter waiter = JobWaiter.create(JobWaiterTest.statuses(JobWaiterTest.job("EnvPreparing"), PREEMPTED),
                clock, sleeper);

        assertThat(waiter.untilRunning("dlc-1", options()).outcome()).isEqualTo(WaitOutcome.PREEMPTED);
    }

    @Test
    void asyncWaiter_reportsPreempted() throws Exception {
        Function<GetJobRequest, GetJobResponse> sync = JobWaiterTest.statuses(JobWaiterTest.job("Running"), PREEMPTED);
        AsyncJobWaiter waiter = AsyncJobWaiter.create(r -> CompletableFuture.completedFuture(sync.apply(r)), clock,
                (task, delay) -> {
                    sleeper.sleep(delay);
                    task.run();
                });

        WaitResult result = waiter.untilTerminal("dlc-1", options()).get(5, TimeUnit.SECONDS);

        assertThat(result.outcome()).isEqualTo(WaitOutcome.PREEMPTED);
    }

    @Test
    void aFailureOfTheUserCommand_staysFailed() {
        GetJobResponse failed = GetJobResponse.builder().jobId("dlc-1").status("Failed").reasonCode("JobFailed")
                .reasonMessage("the user command exited with code 3").build();
        JobWaiter waiter = JobWaiter.create(JobWaiterTest.statuses(failed), clock, sleeper);

        assertThat(waiter.untilTerminal("dlc-1", options()).outcome()).isEqualTo(WaitOutcome.FAILED);
    }
}

package example;

import io.github.dlckit.mock.control.MockControl;
import io.github.dlckit.mock.control.PoolChange;
import io.github.dlckit.mock.junit.DlcMock;
import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.model.GetJobResponse;
import io.github.dlckit.model.JobSpec;
import io.github.dlckit.model.JobStatus;
import io.github.dlckit.model.JobType;
import io.github.dlckit.model.SpotSpec;
import io.github.dlckit.sdk.DlcClient;
import io.github.dlckit.sdk.waiter.WaitOptions;
import io.github.dlckit.sdk.waiter.WaitOutcome;
import io.github.dlckit.sdk.waiter.WaitResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

// The README's JUnit example ("In JUnit 5 tests"), verbatim between the markers.
// readme:begin
@DlcMock(seed = 7)                    // one mock for the class; state is reset between tests, the clock kept
class SpotJobTest {

    /** The seed document's general-purpose spot job, an hour of work: bids at most 0.011 CNY per minute. */
    private final CreateJobRequest job = CreateJobRequest.builder()
            .displayName("spot-job").jobType(JobType.PYTORCH_JOB).userCommand("sleep 3600")
            .addJobSpecs(JobSpec.builder().type("Worker").podCount(1).ecsSpec("ecs.g7.xlarge")
                    .image("registry.cn-wulanchabu.aliyuncs.com/pai/llm:torch2.3")
                    .spotSpec(SpotSpec.priceLimit(0.011)).build())
            .build();

    @Test
    void releasedWhenThePriceClimbs(DlcClient dlc, MockControl market) {      // a ready client and the control
        market.updatePool("ecs.g7.xlarge", PoolChange.builder().marketPrice("0.0100").protectionSeconds(0).build());
        String id = dlc.createJob(job).jobId().get();
        WaitResult started = dlc.waiter().untilRunning(id, WaitOptions.defaults());   // on virtual time: at once
        assertThat(started.outcome()).isEqualTo(WaitOutcome.RUNNING);

        market.updatePool("ecs.g7.xlarge", PoolChange.builder().marketPrice("0.0117").build());  // above the bid

        GetJobResponse released = dlc.getJob(id);
        assertThat(released.statusEnum()).isEqualTo(JobStatus.FAILED);
        assertThat(released.reasonMessage().orElse("")).contains("preempted");  // M10: as the real DLC says it
        assertThat(released.pods()).allSatisfy(pod -> assertThat(pod.subStatus()).contains("Evicted"));
        assertThat(market.billing(id).total()).isPositive();
    }
}
// readme:end

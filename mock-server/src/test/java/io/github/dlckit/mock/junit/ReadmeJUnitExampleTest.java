package io.github.dlckit.mock.junit;

import io.github.dlckit.mock.control.MockControl;
import io.github.dlckit.mock.control.PoolChange;
import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.model.GetJobResponse;
import io.github.dlckit.model.JobSpec;
import io.github.dlckit.model.JobStatus;
import io.github.dlckit.model.SpotSpec;
import io.github.dlckit.sdk.DlcClient;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's JUnit example ("In JUnit 5 tests"), as written there: if this changes, change the README too. */
@DlcMock(seed = 7)                    // one mock for the class; state is reset between tests, the clock kept
class ReadmeJUnitExampleTest {

    /** The seed document's general-purpose spot job: ecs.g7.xlarge, SpotWithPriceLimit, SpotPriceLimit 0.011. */
    private final CreateJobRequest job = CreateJobRequest.builder().displayName("readme").jobType("PyTorchJob")
            .userCommand("sleep 3600").addJobSpecs(JobSpec.builder().type("Worker").podCount(1)
                    .image("registry.cn-wulanchabu.aliyuncs.com/pai/llm:torch2.3").ecsSpec("ecs.g7.xlarge")
                    .spotSpec(SpotSpec.priceLimit(0.011)).build())
            .build();

    @Test
    void releasedWhenThePriceClimbs(DlcClient dlc, MockControl market) {      // a ready client and the control
        market.updatePool("ecs.g7.xlarge", PoolChange.builder().marketPrice("0.0100").protectionSeconds(0).build());
        String id = dlc.createJob(job).jobId().get();                            // bids SpotPriceLimit 0.011
        market.advance(Duration.ofMinutes(5));                                   // virtual: returns at once
        market.updatePool("ecs.g7.xlarge", PoolChange.builder().marketPrice("0.0117").build());

        GetJobResponse released = dlc.getJob(id);
        assertThat(released.statusEnum()).isEqualTo(JobStatus.FAILED);
        assertThat(released.reasonMessage().orElse("")).contains("preempted");  // M10: as the real DLC says it
        assertThat(released.pods()).allSatisfy(pod -> assertThat(pod.subStatus()).contains("Evicted"));
        assertThat(market.billing(id).total()).isPositive();
    }
}

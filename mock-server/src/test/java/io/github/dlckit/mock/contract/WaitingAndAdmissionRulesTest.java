package io.github.dlckit.mock.contract;

import io.github.dlckit.model.ElasticSpotSpec;
import io.github.dlckit.model.GetJobResponse;
import io.github.dlckit.model.JobSpec;
import io.github.dlckit.model.JobStatus;
import io.github.dlckit.model.SpotSpec;
import io.github.dlckit.sdk.exception.DlcServiceException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.dlckit.mock.contract.SpotJobs.G7;
import static io.github.dlckit.mock.contract.SpotJobs.generalPurpose;
import static io.github.dlckit.mock.contract.SpotJobs.pyTorchJob;
import static io.github.dlckit.mock.contract.SpotJobs.role;
import static org.assertj.core.api.Assertions.assertThat;

/** M21, M22, M24, M25: why a job waits, how a refusal reads, which roles bid and how ElasticSpotSpecs choose. */
class WaitingAndAdmissionRulesTest extends SpotContract {

    private static final String C7 = "ecs.c7.2xlarge";

    @Test
    void M21_aWaitingJobSaysWhy_priceTooLowThenStockInsufficient_withCurrentNumbers() {
        price(G7, "0.0117");
        String id = submit(generalPurpose(0.011));

        GetJobResponse waiting = job(id);
        assertThat(waiting.statusEnum()).isEqualTo(JobStatus.QUEUING);
        assertThat(waiting.reasonCode()).contains("SpotPriceTooLow");
        assertThat(waiting.reasonMessage()).contains("bid 0.0110 is below the market price 0.0117 for ecs.g7.xlarge"
                + " (CNY per minute)");
        price(G7, "0.0115");
        assertThat(job(id).reasonMessage().orElseThrow()).as("numbers stay current").contains("0.0115");

        change(G7, c -> c.capacity(0).marketPrice("0.005"));
        assertThat(job(id).reasonCode()).contains("SpotStockInsufficient");
        assertThat(job(id).reasonMessage().orElseThrow()).contains("ecs.g7.xlarge").contains("capacity 0");
        assertThat(job(id).statusHistory()).last().satisfies(t -> assertThat(t.reasonCode()).contains(
                "SpotStockInsufficient"));
        assertThat(events(id)).filteredOn(e -> e.contains("SpotWaiting")).hasSize(2)
                .first().asString().contains("Normal SpotWaitingPrice");

        change(G7, c -> c.capacity(10));
        assertThat(job(id).reasonCode()).as("no reason code in EnvPreparing (M10)").isEmpty();
    }

    @Test
    void M22_oneRuleOneHome_aDiscountJustOffItsStepGetsTheRuleAndTheField() {
        DlcServiceException offStep = assertRefusedUnder("R7", SpotJobs.lingjun(SpotSpec.discountLimit(0.3001)));
        DlcServiceException outOfRange = assertRefusedUnder("R7", SpotJobs.lingjun(SpotSpec.discountLimit(0.35)));
        assertThat(List.of(offStep.errorCode(), outOfRange.errorCode())).containsOnly("InvalidParameter.SpotDiscountLimit");
        DlcServiceException priceOutOfRange = assertRefusedUnder("R10", generalPurpose(0.0118));
        assertThat(priceOutOfRange.errorCode()).isEqualTo("InvalidParameter.SpotPriceLimit");
    }

    @Test
    void M24_everyRoleOfASpotJobBids_exceptAIMaster_andUseSpotInstanceFollowsTheMarket() {
        JobSpec onDemand = JobSpec.builder().type("Master").podCount(1).ecsSpec(G7).image("img").build();
        DlcServiceException mixed = assertRefusedUnder("M24", pyTorchJob(onDemand,
                role("Worker", G7, 1, SpotSpec.priceLimit(0.011))).build());
        assertThat(mixed.errorCode()).isEqualTo("InvalidParameter.SpotSpec");

        JobSpec aiMaster = JobSpec.builder().type("AIMaster").podCount(1).ecsSpec(G7).image("img").build();
        String withMaster = submit(pyTorchJob(aiMaster, role("Worker", G7, 1, SpotSpec.priceLimit(0.011))).build());
        assertThat(status(withMaster)).isEqualTo(JobStatus.ENV_PREPARING);
        assertThat(pool(G7).allocated()).as("the AIMaster role takes no capacity").isEqualTo(1);

        @SuppressWarnings("deprecation")
        JobSpec legacy = JobSpec.builder().type("Worker").podCount(1).ecsSpec(C7).image("img").useSpotInstance(true)
                .build();
        String follows = submit(pyTorchJob(legacy).build());
        assertThat(status(follows)).isEqualTo(JobStatus.ENV_PREPARING);
        outbid(C7);
        assertThat(status(follows)).as("it bids the pool's ceiling, so the market never passes it")
                .isEqualTo(JobStatus.ENV_PREPARING);
        assertThat(control.jobs()).filteredOn(j -> j.jobId().equals(follows)).singleElement()
                .satisfies(j -> assertThat(j.roles().get(0).effectiveBid()).isEqualByComparingTo(pool(C7).maxPrice()));
    }

    @Test
    void M25_elasticSpotSpecsAreSpot_lowestPriceTakesTheCheapestAdmittedPool() {
        price(G7, "0.009");
        price(C7, "0.004");
        change(C7, c -> c.protectionSeconds(0));
        JobSpec elastic = JobSpec.builder().type("Worker").podCount(1).image("img").elasticSpotSpecs(List.of(
                ElasticSpotSpec.builder().instanceType(G7).build(),
                ElasticSpotSpec.builder().instanceType(C7).spotPriceLimit(0.6).build())).build(); // 0.01 per minute
        String id = submit(pyTorchJob(elastic).build());

        assertThat(status(id)).isEqualTo(JobStatus.ENV_PREPARING);
        assertThat(job(id).jobReplicaStatuses()).singleElement()
                .satisfies(r -> assertThat(r.currentSpotInstanceType()).contains(C7));
        assertThat(pool(C7).allocated()).isEqualTo(1);
        advance(60);
        assertThat(bill(id).records()).as("billed as spot").isNotEmpty();

        price(C7, "0.012"); // above the entry's 0.01: preempted like any spot job
        assertReleased(id, "PRICE");

        DlcServiceException both = assertRefusedUnder("M25", pyTorchJob(elastic.toBuilder()
                .spotSpec(SpotSpec.priceLimit(0.011)).build()).build());
        assertThat(both.errorCode()).isEqualTo("InvalidParameter.ElasticSpotSpecs");
    }
}

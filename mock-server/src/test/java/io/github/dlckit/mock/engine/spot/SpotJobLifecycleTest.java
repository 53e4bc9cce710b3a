package io.github.dlckit.mock.engine.spot;

import io.github.dlckit.mock.api.OperationHandlers;
import io.github.dlckit.mock.api.view.JobView;
import io.github.dlckit.mock.engine.Caller;
import io.github.dlckit.mock.engine.DlcEngine;
import io.github.dlckit.mock.engine.EngineConfig;
import io.github.dlckit.mock.engine.EngineException;
import io.github.dlckit.mock.engine.market.PoolKey;
import io.github.dlckit.mock.engine.market.PoolUpdate;
import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.model.CreateJobRequestUserVpc;
import io.github.dlckit.model.GetJobRequest;
import io.github.dlckit.model.GetJobResponse;
import io.github.dlckit.model.JobSettings;
import io.github.dlckit.model.JobSpec;
import io.github.dlckit.model.JobStatus;
import io.github.dlckit.model.ListEcsSpecsRequest;
import io.github.dlckit.model.SpotSpec;
import io.github.dlckit.model.SpotStockStatus;
import io.github.dlckit.model.operation.DlcOperations;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Spot jobs through the whole engine: market, lifecycle and admission together (engine only, no HTTP). */
class SpotJobLifecycleTest {

    private static final Instant T0 = Instant.parse("2026-11-29T00:00:00Z");
    private static final String REGION = "cn-wulanchabu";
    private static final Caller ALICE = new Caller("acct-alice", REGION, "alice");
    private static final PoolKey G7 = PoolKey.ecs(REGION, "ecs.g7.xlarge");
    private static final PoolKey GU108 = PoolKey.lingjun(REGION, "ml.gu7xf.8xlarge-gu108");

    private final DlcEngine engine = new DlcEngine(EngineConfig.defaults(T0));

    private String submit(CreateJobRequest request) {
        return engine.execute(c -> c.jobs().createJob(ALICE, request)).jobId();
    }

    private GetJobResponse get(String id) {
        return engine.execute(c -> JobView.getJob(c.jobs().getJob(ALICE, GetJobRequest.of(id)), c.clock().now(), true));
    }

    private void pool(PoolKey key, PoolUpdate update) {
        engine.execute(c -> c.market().updatePool(key, update));
    }

    private void advance(long seconds) {
        engine.execute(c -> c.clock().advanceBy(Duration.ofSeconds(seconds)));
    }

    private static CreateJobRequest ecsJob(double bid) {
        return CreateJobRequest.builder().displayName("spot").jobType("PyTorchJob").userCommand("sleep 3600")
                .addJobSpecs(JobSpec.builder().type("Worker").podCount(1).ecsSpec("ecs.g7.xlarge")
                        .spotSpec(SpotSpec.priceLimit(bid)).build()).build();
    }

    private static CreateJobRequest lingjunJob(double discount, boolean faultTolerant) {
        return CreateJobRequest.builder().displayName("llm").jobType("PyTorchJob").userCommand("sleep 7200")
                .addJobSpecs(JobSpec.builder().type("Worker").podCount(2).ecsSpec("ml.gu7xf.8xlarge-gu108")
                        .spotSpec(SpotSpec.discountLimit(discount)).build())
                .userVpc(CreateJobRequestUserVpc.builder().vpcId("vpc-1").switchId("vsw-1").securityGroupId("sg-1").build())
                .settings(JobSettings.builder().enableErrorMonitoringInAiMaster(faultTolerant)
                        .elasticSpotJobMaxRestartTimes(1).build())
                .build();
    }

    @Test
    void waitsInQueuingWhileTheBidIsBelowTheMarketThenRuns() {
        pool(G7, PoolUpdate.of().marketPrice(new BigDecimal("0.0112")));
        String id = submit(ecsJob(0.011));
        assertThat(get(id).statusEnum()).isEqualTo(JobStatus.QUEUING);

        pool(G7, PoolUpdate.of().marketPrice(new BigDecimal("0.0100")));
        assertThat(get(id).statusEnum()).isEqualTo(JobStatus.ENV_PREPARING);
        advance(30);

        GetJobResponse running = get(id);
        assertThat(running.statusEnum()).isEqualTo(JobStatus.RUNNING);
        assertThat(running.pods().get(0).nodeName().orElseThrow()).startsWith("i-spot-");
        assertThat(running.jobReplicaStatuses().get(0).currentSpotInstanceType()).contains("ecs.g7.xlarge");
    }

    @Test
    void releasedGeneralPurposeJobFailsWithTheReason() {
        pool(G7, PoolUpdate.of().marketPrice(new BigDecimal("0.0050")).protectionSeconds(0));
        String id = submit(ecsJob(0.011));
        advance(60);

        pool(G7, PoolUpdate.of().marketPrice(new BigDecimal("0.0115")));

        GetJobResponse failed = get(id);
        assertThat(failed.statusEnum()).isEqualTo(JobStatus.FAILED);
        assertThat(failed.reasonCode()).contains("JobFailed");
        assertThat(failed.reasonMessage().orElseThrow()).contains("preempted").contains("0.0115").contains("0.0110");
        java.util.List<io.github.dlckit.mock.engine.market.BillingRecord> bills = engine.execute(c -> c.market().billing().records(id));
        assertThat(bills).isNotEmpty().allSatisfy(r -> assertThat(r.open()).isFalse());
    }

    @Test
    void faultTolerantLingjunJobRestartsBidsAgainAndFailsWhenItsBudgetIsSpent() {
        pool(GU108, PoolUpdate.of().protectionSeconds(0));
        String id = submit(lingjunJob(0.4, true));
        assertThat(get(id).statusEnum()).isEqualTo(JobStatus.ENV_PREPARING);
        advance(60);

        pool(GU108, PoolUpdate.of().averagePrice(new BigDecimal("1.0")));
        GetJobResponse bidding = get(id);
        assertThat(bidding.statusEnum()).isEqualTo(JobStatus.BIDDING);
        assertThat(bidding.restartTimes()).contains("1/1");
        assertThat(bidding.restartRecord()).hasSize(1);
        assertThat(bidding.statusHistory()).extracting(t -> t.status().orElse(""))
                .containsSubsequence("Running", "Restarting", "Bidding");

        pool(GU108, PoolUpdate.of().averagePrice(new BigDecimal("0.8")));
        assertThat(get(id).statusEnum()).isEqualTo(JobStatus.ENV_PREPARING);
        advance(60);
        pool(GU108, PoolUpdate.of().averagePrice(new BigDecimal("1.0")));

        GetJobResponse failed = get(id);
        assertThat(failed.statusEnum()).isEqualTo(JobStatus.FAILED);
        assertThat(failed.reasonMessage().orElseThrow()).contains("Restart budget of 1 spent.");
    }

    @Test
    void stoppingAWaitingJobWithdrawsItsBid() {
        pool(G7, PoolUpdate.of().marketPrice(new BigDecimal("0.0115")));
        String id = submit(ecsJob(0.011));
        engine.execute(c -> c.jobs().stopJob(ALICE, io.github.dlckit.model.StopJobRequest.of(id)));

        boolean stillBidding = engine.execute(c -> c.market().demand(id).isPresent());
        assertThat(stillBidding).isFalse();
        pool(G7, PoolUpdate.of().marketPrice(new BigDecimal("0.0020")));
        advance(10);
        assertThat(get(id).statusEnum()).isEqualTo(JobStatus.STOPPED);
    }

    @Test
    void admissionRefusesBidsTheRulesForbid() {
        assertThatThrownBy(() -> submit(ecsJob(0.5))).isInstanceOf(EngineException.class).hasMessageStartingWith("R10:");
        assertThatThrownBy(() -> submit(lingjunJob(0.4, false).toBuilder().userVpc(java.util.Optional.empty()).build()))
                .hasMessageStartingWith("R11:");
    }

    @Test
    void ecsSpecsShowThePoolsAndTheirStock() {
        pool(G7, PoolUpdate.of().capacity(1));
        submit(ecsJob(0.011));

        var specs = engine.execute(c -> OperationHandlers.standard().find(DlcOperations.LIST_ECS_SPECS).orElseThrow()
                .handle(c, ALICE, ListEcsSpecsRequest.builder().resourceType("ECS").sortBy("CPU").order("desc").build()));

        assertThat(specs.totalCount()).hasValue(5);
        var g7 = specs.ecsSpecs().stream().filter(s -> s.instanceType().orElse("").equals("ecs.g7.xlarge")).findFirst()
                .orElseThrow();
        assertThat(g7.spotStockStatusEnum()).isEqualTo(SpotStockStatus.WITHOUT_STOCK);
        assertThat(g7.cpu()).hasValue(4);
        assertThat(specs.ecsSpecs().get(0).cpu().getAsInt()).isGreaterThanOrEqualTo(specs.ecsSpecs().get(4).cpu().getAsInt());
    }
}

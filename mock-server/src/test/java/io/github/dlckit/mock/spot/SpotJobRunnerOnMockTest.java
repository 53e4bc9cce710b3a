package io.github.dlckit.mock.spot;

import io.github.dlckit.mock.DlcMockServer;
import io.github.dlckit.mock.control.BillingReport;
import io.github.dlckit.mock.control.MockControl;
import io.github.dlckit.mock.control.PoolChange;
import io.github.dlckit.mock.fault.Fault;
import io.github.dlckit.mock.junit.DlcMock;
import io.github.dlckit.mock.junit.MockClients;
import io.github.dlckit.mock.junit.MockPriceSource;
import io.github.dlckit.mock.junit.VirtualTime;
import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.model.JobSpec;
import io.github.dlckit.model.SpotSpec;
import io.github.dlckit.sdk.DlcClient;
import io.github.dlckit.sdk.spot.AttemptOutcome;
import io.github.dlckit.sdk.spot.Fallback;
import io.github.dlckit.sdk.spot.RunOutcome;
import io.github.dlckit.sdk.spot.SpotAttempt;
import io.github.dlckit.sdk.spot.SpotJobRunner;
import io.github.dlckit.sdk.spot.SpotPolicy;
import io.github.dlckit.sdk.spot.SpotRunEvent;
import io.github.dlckit.sdk.spot.SpotRunListener;
import io.github.dlckit.sdk.spot.SpotRunResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The SDK's {@link SpotJobRunner} against the mock, one test per policy path the mock can show: preemptions forced
 * with the preempt route (M32), prices and stock scripted on the pools, a lost CreateJob answer injected as a
 * fault. The runner's clock reads the mock's virtual clock and its sleeper advances it, so nothing sleeps.
 */
@DlcMock
class SpotJobRunnerOnMockTest {

    static final String G7 = "ecs.g7.xlarge";
    static final String G72 = "ecs.g7.2xlarge";
    static final Duration POLL = Duration.ofMinutes(1);

    private DlcMockServer mock;
    private MockControl control;
    private DlcClient dlc;
    private final List<SpotRunEvent> events = new ArrayList<>();

    @BeforeEach
    void start(DlcMockServer mock, MockControl control) {
        this.mock = mock;
        this.control = control;
        this.dlc = MockClients.clientBuilder(mock).readTimeout(Duration.ofSeconds(30)).build();
    }

    @AfterEach
    void close() {
        dlc.close();
    }

    /** A job of 30 minutes' "training" on one worker, bidding {@code bid} CNY per minute. */
    static CreateJobRequest job(String ecsSpec, String bid) {
        return CreateJobRequest.builder().displayName("runner-on-mock").jobType("PyTorchJob")
                .userCommand("echo start && sleep 1800 && echo DONE")
                .addJobSpecs(JobSpec.builder().type("Worker").podCount(1)
                        .image("registry.cn-wulanchabu.aliyuncs.com/pai/llm:torch2.3").ecsSpec(ecsSpec)
                        .spotSpec(SpotSpec.priceLimit(Double.parseDouble(bid))).build())
                .build();
    }

    /** Pins a pool's market price, so the run's cost is exact. */
    void pin(String ecsSpec, String marketPrice) {
        control.updatePool(ecsSpec, PoolChange.builder().priceMode("Manual").marketPrice(marketPrice).build());
    }

    SpotJobRunner.Builder runner(SpotPolicy policy, SpotRunListener also) {
        return SpotJobRunner.builder().region(mock.region(), dlc).policy(policy)
                .clock(VirtualTime.clock(control)).sleeper(VirtualTime.sleeper(control))
                .listener(event -> {
                    events.add(event);
                    also.onEvent(event);
                });
    }

    static SpotPolicy.Builder policy() {
        return SpotPolicy.builder().pollInterval(POLL);
    }

    static List<AttemptOutcome> outcomes(SpotRunResult result) {
        return result.attempts().stream().map(SpotAttempt::outcome).toList();
    }

    /** Preempts (M32, no notice) the job of each attempt in {@code attempts} once it runs. */
    SpotRunListener preemptWhenRunning(int... attempts) {
        Set<Integer> which = new HashSet<>();
        for (int attempt : attempts) {
            which.add(attempt);
        }
        return event -> {
            if (event.kind() == SpotRunEvent.Kind.RUNNING && which.contains(event.attempt())) {
                control.advance(Duration.ofMinutes(10));
                control.preempt(event.jobId().orElseThrow(), 0L, null);
            }
        };
    }

    /** Runs the 30-minute job at a bid of 0.0100 in a market at 0.0050, preempting the given attempts. */
    SpotRunResult runPreempting(SpotPolicy policy, int... attempts) {
        pin(G7, "0.0050");
        return runner(policy, preemptWhenRunning(attempts)).build().run(job(G7, "0.0100"));
    }

    @Test
    void sameBid_aForcedPreemptionIsFollowedByTheSameJobAgain_carryingTheCheckpointHandover() {
        SpotRunResult result = runPreempting(policy().onPreemption(Fallback.SAME_BID).build(), 1);

        assertThat(result.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
        assertThat(outcomes(result)).containsExactly(AttemptOutcome.PREEMPTED, AttemptOutcome.SUCCEEDED);
        assertThat(result.attempts()).extracting(a -> a.bid().spotPriceLimit().orElseThrow())
                .containsExactly(0.01f, 0.01f);
        String first = result.attempts().get(0).jobId().orElseThrow();
        String second = result.attempts().get(1).jobId().orElseThrow();
        assertThat(dlc.getJob(first).statusEnum().name()).isEqualTo("FAILED");
        assertThat(dlc.getJob(second).envs())
                .containsEntry(SpotJobRunner.ENV_ATTEMPT, "2")
                .containsEntry(SpotJobRunner.ENV_PREVIOUS_JOB_ID, first)
                .containsEntry(SpotJobRunner.ENV_RUN_ID, result.runId());
        assertThat(control.requests("CreateJob")).hasSize(2);
    }

    @Test
    void raiseBid_aPriceAboveTheBidIsMetByRaises_stoppingAtTheCap() {
        pin(G7, "0.0113");
        SpotPolicy policy = policy().maxWaitPerAttempt(Duration.ofMinutes(10)).onWaitTimeout(Fallback.RAISE_BID)
                .raisePriceBy(new BigDecimal("0.001"), new BigDecimal("0.0115")).maxAttempts(5).build();

        SpotRunResult result = runner(policy, SpotRunListener.none()).build().run(job(G7, "0.0100"));

        assertThat(result.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
        assertThat(outcomes(result)).containsExactly(AttemptOutcome.WAIT_TIMED_OUT, AttemptOutcome.WAIT_TIMED_OUT,
                AttemptOutcome.SUCCEEDED);
        assertThat(result.attempts()).extracting(a -> a.bid().spotPriceLimit().orElseThrow())
                .as("0.010, one step, then the cap rather than 0.012").containsExactly(0.01f, 0.011f, 0.0115f);
        assertThat(result.attempts().get(0).waited()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void raiseBid_aScriptedPriceRiseReleasesTheJob_andTheNextBidIsHigher() {
        pin(G7, "0.0090");
        control.updatePool(G7, PoolChange.builder().protectionSeconds(0).build()); // releasable at once
        SpotRunListener priceRises = event -> {
            if (event.kind() == SpotRunEvent.Kind.RUNNING && event.attempt() == 1) {
                pin(G7, "0.0105"); // above the first bid: the market releases the job
            }
        };
        SpotPolicy policy = policy().onPreemption(Fallback.RAISE_BID)
                .raisePriceBy(new BigDecimal("0.001"), new BigDecimal("0.0117")).build();

        SpotRunResult result = runner(policy, priceRises).build().run(job(G7, "0.0100"));

        assertThat(outcomes(result)).as(result.toString())
                .containsExactly(AttemptOutcome.PREEMPTED, AttemptOutcome.SUCCEEDED);
        assertThat(result.attempts()).extracting(a -> a.bid().spotPriceLimit().orElseThrow())
                .containsExactly(0.01f, 0.011f);
    }

    @Test
    void nextInstanceType_aPoolWithoutStockIsLeftForTheNextType() {
        control.updatePool(G7, PoolChange.builder().capacity(0).build());
        pin(G72, "0.0050");
        SpotPolicy policy = policy().maxWaitPerAttempt(Duration.ofMinutes(10))
                .onWaitTimeout(Fallback.NEXT_INSTANCE_TYPE).fallbackInstanceTypes(G72).build();

        SpotRunResult result = runner(policy, SpotRunListener.none()).build().run(job(G7, "0.0100"));

        assertThat(result.outcome()).as(result.toString()).isEqualTo(RunOutcome.SUCCEEDED);
        assertThat(result.attempts()).extracting(SpotAttempt::instanceType).containsExactly(G7, G72);
        assertThat(outcomes(result)).containsExactly(AttemptOutcome.WAIT_TIMED_OUT, AttemptOutcome.SUCCEEDED);
        String stuck = result.attempts().get(0).jobId().orElseThrow();
        assertThat(dlc.getJob(stuck).status()).as("the runner stopped the job that waited")
                .hasValueSatisfying(status -> assertThat(status).isIn("Stopping", "Stopped"));
        assertThat(events).filteredOn(e -> e.kind() == SpotRunEvent.Kind.WAITING).first()
                .satisfies(e -> assertThat(e.attempt()).isEqualTo(1));
    }

    @Test
    void giveUp_afterTheAttempts_theLastPreemptionEndsTheRun() {
        SpotRunResult result = runPreempting(policy().maxAttempts(2).build(), 1, 2);

        assertThat(result.outcome()).isEqualTo(RunOutcome.ATTEMPTS_EXHAUSTED);
        assertThat(outcomes(result)).containsExactly(AttemptOutcome.PREEMPTED, AttemptOutcome.PREEMPTED);
        assertThat(control.requests("CreateJob")).hasSize(2);
        assertThat(events).last().satisfies(e -> assertThat(e.kind()).isEqualTo(SpotRunEvent.Kind.FINISHED));
    }

    @Test
    void giveUp_whenThePolicySaysSo() {
        SpotRunResult result = runPreempting(policy().onPreemption(Fallback.GIVE_UP).build(), 1);

        assertThat(result.outcome()).isEqualTo(RunOutcome.GAVE_UP);
        assertThat(outcomes(result)).containsExactly(AttemptOutcome.PREEMPTED);
    }

    @Test
    void lostCreateJobAnswer_theJobIsFoundAndAdopted_neverSubmittedTwice() {
        pin(G7, "0.0050");
        control.addFault(Fault.responseLost("CreateJob"));

        SpotRunResult result = runner(policy().build(), SpotRunListener.none()).build().run(job(G7, "0.0100"));

        assertThat(result.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
        assertThat(control.requests("CreateJob")).as("exactly one CreateJob in the journal").hasSize(1);
        assertThat(result.attempts()).singleElement().satisfies(a -> assertThat(a.jobId())
                .contains(control.requests("CreateJob").get(0).jobId()));
        assertThat(events).extracting(SpotRunEvent::kind).containsSubsequence(SpotRunEvent.Kind.SUBMISSION_UNKNOWN,
                SpotRunEvent.Kind.SUBMITTED);
        assertThat(events).filteredOn(e -> e.kind() == SpotRunEvent.Kind.SUBMITTED).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("adopted"));
    }

    @Test
    void mockPriceSource_theRunnersCostAgreesWithTheMocksBills() {
        pin(G7, "0.0060");

        SpotRunResult result = runner(policy().build(), preemptWhenRunning(1))
                .priceSource(new MockPriceSource(control)).build().run(job(G7, "0.0100"));

        assertThat(result.succeeded()).isTrue();
        BigDecimal billed = BigDecimal.ZERO;
        for (SpotAttempt attempt : result.attempts()) {
            BillingReport bill = control.billing(attempt.jobId().orElseThrow());
            billed = billed.add(bill.total());
            // the runner sees holding only at its polls: at most one poll interval of the price apart
            assertThat(attempt.cost().orElseThrow().doubleValue())
                    .isCloseTo(bill.total().doubleValue(), within(0.0060 * POLL.toMinutes() + 1e-9));
        }
        assertThat(billed.signum()).isPositive();
        assertThat(result.cost().orElseThrow().doubleValue()).isCloseTo(billed.doubleValue(), within(0.0121));
    }

    @Test
    void budget_theRunStopsTheJobOnceTheEstimateReachesIt() {
        pin(G7, "0.0060"); // 30 minutes cost 0.18 CNY; the budget buys 10
        SpotPolicy policy = policy().budget(new BigDecimal("0.06")).build();

        SpotRunResult result = runner(policy, SpotRunListener.none()).priceSource(new MockPriceSource(control))
                .build().run(job(G7, "0.0100"));

        assertThat(result.outcome()).isEqualTo(RunOutcome.BUDGET_SPENT);
        String jobId = result.lastJobId().orElseThrow();
        control.advance(Duration.ofMinutes(5)); // Stopping, then Stopped
        assertThat(dlc.getJob(jobId).status()).contains("Stopped");
        assertThat(control.billing(jobId).total()).isBetween(new BigDecimal("0.054"), new BigDecimal("0.072"));
    }
}

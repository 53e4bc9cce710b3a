package io.github.dlckit.sdk.spot;

import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.model.JobSpec;
import io.github.dlckit.model.SpotSpec;
import io.github.dlckit.sdk.MutableClock;
import io.github.dlckit.sdk.retry.Sleeper;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every path of the policy, on an in-memory market and a virtual clock: nothing sleeps. */
class SpotJobRunnerTest {

    static final String G7 = "ecs.g7.xlarge";
    static final String G6 = "ecs.g6.xlarge";

    final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T00:00:00Z"));
    final Sleeper sleeper = duration -> {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        clock.advance(duration);
    };
    final FakeRegion hangzhou = new FakeRegion("cn-hangzhou", clock).price(G7, "0.0100").price(G6, "0.0080");
    final FakeRegion shanghai = new FakeRegion("cn-shanghai", clock).price(G7, "0.0100");
    final List<SpotRunEvent> events = new ArrayList<>();

    static CreateJobRequest job(double bid) {
        return CreateJobRequest.builder().displayName("train-resnet").jobType("PyTorchJob")
                .userCommand("python train.py --resume-from /mnt/ckpt")
                .putEnvs("EPOCHS", "90")
                .addJobSpecs(JobSpec.builder().type("Worker").podCount(2).image("pytorch:2.4").ecsSpec(G7)
                        .spotSpec(SpotSpec.priceLimit(bid)).build())
                .build();
    }

    static SpotPolicy.Builder policy() {
        return SpotPolicy.builder().pollInterval(Duration.ofMinutes(1));
    }

    SpotJobRunner.Builder runner(SpotPolicy policy, FakeRegion... regions) {
        SpotJobRunner.Builder b = SpotJobRunner.builder().policy(policy).clock(clock).sleeper(sleeper)
                .listener(events::add).runIds(() -> "run-1");
        for (FakeRegion region : regions) {
            b.region(region.id, region, UnaryOperator.identity());
        }
        return b;
    }

    SpotRunResult run(SpotPolicy policy, FakeRegion... regions) {
        return runner(policy, regions).build().run(job(0.0100));
    }

    static List<AttemptOutcome> outcomes(SpotRunResult result) {
        return result.attempts().stream().map(SpotAttempt::outcome).collect(Collectors.toList());
    }

    static List<String> regions(SpotRunResult result) {
        return result.attempts().stream().map(SpotAttempt::region).collect(Collectors.toList());
    }

    static List<String> priceBids(FakeRegion region) {
        return region.submitted.stream().map(r -> BidLadder.decimal(r.jobSpecs().get(0).spotSpec().get()
                .spotPriceLimit().get()).toPlainString()).collect(Collectors.toList());
    }

    List<SpotRunEvent.Kind> kinds() {
        return events.stream().map(SpotRunEvent::kind).collect(Collectors.toList());
    }

    @Test
    void sameBid_aPreemptedJobIsSubmittedAgainUnchanged() {
        hangzhou.preemptAfter(Duration.ofMinutes(10));

        SpotRunResult result = run(policy().onPreemption(Fallback.SAME_BID).build(), hangzhou);

        assertThat(result.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
        assertThat(outcomes(result)).containsExactly(AttemptOutcome.PREEMPTED, AttemptOutcome.SUCCEEDED);
        assertThat(priceBids(hangzhou)).containsExactly("0.01", "0.01");
        assertThat(hangzhou.submitted).extracting(r -> r.jobSpecs().get(0).ecsSpec().get()).containsExactly(G7, G7);
        assertThat(events).filteredOn(e -> e.kind() == SpotRunEvent.Kind.NEXT_OPTION)
                .extracting(e -> e.fallback().get()).containsExactly(Fallback.SAME_BID);
        assertThat(kinds()).containsSubsequence(SpotRunEvent.Kind.SUBMITTED, SpotRunEvent.Kind.RUNNING,
                SpotRunEvent.Kind.PREEMPTED, SpotRunEvent.Kind.NEXT_OPTION, SpotRunEvent.Kind.SUBMITTED,
                SpotRunEvent.Kind.RUNNING, SpotRunEvent.Kind.ATTEMPT_ENDED, SpotRunEvent.Kind.FINISHED);
    }

    @Test
    void raiseBid_stepsUpToTheCapAndNeverAbove_thenGivesUp() {
        hangzhou.price(G7, "0.0130");
        SpotPolicy policy = policy().maxWaitPerAttempt(Duration.ofMinutes(5)).onWaitTimeout(Fallback.RAISE_BID)
                .raisePriceBy(new BigDecimal("0.001"), new BigDecimal("0.0125")).maxAttempts(10).build();

        SpotRunResult result = run(policy, hangzhou);

        assertThat(priceBids(hangzhou)).containsExactly("0.01", "0.011", "0.012", "0.0125");
        assertThat(outcomes(result)).containsOnly(AttemptOutcome.WAIT_TIMED_OUT);
        assertThat(hangzhou.stopped).hasSize(4);
        assertThat(result.outcome()).isEqualTo(RunOutcome.GAVE_UP);
        assertThat(events).filteredOn(e -> e.kind() == SpotRunEvent.Kind.NEXT_OPTION)
                .extracting(e -> e.fallback().get())
                .containsExactly(Fallback.RAISE_BID, Fallback.RAISE_BID, Fallback.RAISE_BID, Fallback.GIVE_UP);
    }

    @Test
    void raiseBid_winsOnceTheBidMeetsThePrice() {
        hangzhou.price(G7, "0.0115");
        SpotPolicy policy = policy().maxWaitPerAttempt(Duration.ofMinutes(5))
                .raisePriceBy(new BigDecimal("0.001"), new BigDecimal("0.0200")).build();

        SpotRunResult result = run(policy, hangzhou);

        assertThat(result.succeeded()).isTrue();
        assertThat(priceBids(hangzhou)).containsExactly("0.01", "0.011", "0.012");
        assertThat(result.attempts().get(2).bid().spotPriceLimit()).contains(0.012f);
        assertThat(events).filteredOn(e -> e.kind() == SpotRunEvent.Kind.WAITING).first()
                .satisfies(e -> assertThat(e.detail()).contains("SpotPriceTooLow", "0.0115"));
    }

    @Test
    void raiseBid_neverLeavesTheMarketRangeTheCallerGave() {
        hangzhou.price(G7, "0.0130");
        SpotPolicy policy = policy().maxWaitPerAttempt(Duration.ofMinutes(5)).onWaitTimeout(Fallback.RAISE_BID)
                .raisePriceBy(new BigDecimal("0.001"), new BigDecimal("0.0200"))
                .marketRange(G7, new BigDecimal("0.0012"), new BigDecimal("0.0117")).maxAttempts(10).build();

        run(policy, hangzhou);

        assertThat(priceBids(hangzhou)).containsExactly("0.01", "0.011", "0.0117");
    }

    @Test
    void nextInstanceType_afterAWaitTooLong_replacesTheSpotRolesType() {
        hangzhou.price(G7, "0.0200");
        SpotPolicy policy = policy().maxWaitPerAttempt(Duration.ofMinutes(5)).onWaitTimeout(Fallback.NEXT_INSTANCE_TYPE)
                .fallbackInstanceTypes(G6).build();

        SpotRunResult result = run(policy, hangzhou);

        assertThat(result.succeeded()).isTrue();
        assertThat(hangzhou.submitted).extracting(r -> r.jobSpecs().get(0).ecsSpec().get()).containsExactly(G7, G6);
        assertThat(result.attempts()).extracting(SpotAttempt::instanceType).containsExactly(G7, G6);
        assertThat(result.attempts().get(0).waited()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void sameRegionFirst_staysAfterAPreemption_andMovesOnlyWhenNothingElseIsPossible() {
        hangzhou.preemptAfter(Duration.ofMinutes(10)).price(G6, "0.0500");
        SpotPolicy policy = policy().regionStrategy(RegionStrategy.SAME_REGION_FIRST)
                .maxWaitPerAttempt(Duration.ofMinutes(5)).build();
        SpotRunResult stays = run(policy, hangzhou, shanghai);
        assertThat(regions(stays)).containsExactly("cn-hangzhou", "cn-hangzhou");

        hangzhou.price(G7, "0.0500");
        SpotRunResult moves = run(policy, hangzhou, shanghai);
        assertThat(moves.succeeded()).isTrue();
        assertThat(regions(moves)).containsExactly("cn-hangzhou", "cn-shanghai");
        assertThat(events).filteredOn(e -> e.kind() == SpotRunEvent.Kind.NEXT_OPTION)
                .extracting(e -> e.fallback().get()).endsWith(Fallback.NEXT_REGION);
    }

    @Test
    void nextRegionFirst_movesAfterEveryPreemption_wrappingRound() {
        hangzhou.preemptAfter(Duration.ofMinutes(10));
        shanghai.preemptAfter(Duration.ofMinutes(10));
        SpotPolicy policy = policy().regionStrategy(RegionStrategy.NEXT_REGION_FIRST).build();

        SpotRunResult result = run(policy, hangzhou, shanghai);

        assertThat(result.succeeded()).isTrue();
        assertThat(regions(result)).containsExactly("cn-hangzhou", "cn-shanghai", "cn-hangzhou");
        assertThat(outcomes(result)).containsExactly(AttemptOutcome.PREEMPTED, AttemptOutcome.PREEMPTED,
                AttemptOutcome.SUCCEEDED);
    }

    @Test
    void nextRegion_appliesThatRegionsAdjustmentOnly() {
        hangzhou.price(G7, "0.0500");
        SpotPolicy policy = policy().maxWaitPerAttempt(Duration.ofMinutes(5)).build();

        runner(policy).region(hangzhou.id, hangzhou, UnaryOperator.identity())
                .region(shanghai.id, shanghai, r -> r.toBuilder().workspaceId("ws-shanghai").build())
                .build().run(job(0.0100));

        assertThat(hangzhou.submitted.get(0).workspaceId()).isEmpty();
        assertThat(shanghai.submitted.get(0).workspaceId()).contains("ws-shanghai");
        assertThat(shanghai.submitted.get(0).envs()).containsEntry("DLCKIT_ATTEMPT", "2")
                .containsEntry("DLCKIT_PREVIOUS_JOB_ID", "dlc-cn-hangzhou-1");
    }

    @Test
    void runAsync_completesWithTheResult_andAThrowingListenerChangesNothing() throws Exception {
        hangzhou.preemptAfter(Duration.ofMinutes(10));
        SpotJobRunner runner = runner(policy().build(), hangzhou).listener(e -> {
            throw new IllegalStateException("a broken progress line");
        }).build();

        SpotRunResult result = runner.runAsync(job(0.0100)).get(10, TimeUnit.SECONDS);

        assertThat(result.succeeded()).isTrue();
        assertThat(outcomes(result)).containsExactly(AttemptOutcome.PREEMPTED, AttemptOutcome.SUCCEEDED);
    }

    @Test
    void giveUp_whenThePolicySaysSo() {
        hangzhou.preemptAfter(Duration.ofMinutes(10));

        SpotRunResult result = run(policy().onPreemption(Fallback.GIVE_UP).build(), hangzhou);

        assertThat(result.outcome()).isEqualTo(RunOutcome.GAVE_UP);
        assertThat(result.attempts()).hasSize(1);
        assertThat(events).filteredOn(e -> e.kind() == SpotRunEvent.Kind.NEXT_OPTION)
                .extracting(e -> e.fallback().get()).containsExactly(Fallback.GIVE_UP);
    }

    @Test
    void attemptsLimit_endsTheRun() {
        hangzhou.preemptAfter(Duration.ofMinutes(10), Duration.ofMinutes(10), Duration.ofMinutes(10),
                Duration.ofMinutes(10));

        SpotRunResult result = run(policy().maxAttempts(3).build(), hangzhou);

        assertThat(result.outcome()).isEqualTo(RunOutcome.ATTEMPTS_EXHAUSTED);
        assertThat(hangzhou.submitted).hasSize(3);
        assertThat(result.reason()).contains("3 attempts");
    }

    @Test
    void deadline_stopsTheJobInFlight() {
        SpotRunResult result = run(policy().deadline(Duration.ofMinutes(30)).build(), hangzhou);

        assertThat(result.outcome()).isEqualTo(RunOutcome.DEADLINE_PASSED);
        assertThat(outcomes(result)).containsExactly(AttemptOutcome.CUT_SHORT);
        assertThat(hangzhou.stopped).containsExactly("dlc-cn-hangzhou-1");
        assertThat(hangzhou.jobs.get("dlc-cn-hangzhou-1").status).isEqualTo("Stopped");
        assertThat(result.attempts().get(0).held()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void deadline_passedWhileLookingForALostJob_stopsTheJobSubmittedAfter() {
        hangzhou.loseNextAnswer(false);

        SpotRunResult result = run(policy().deadline(Duration.ofMinutes(1)).build(), hangzhou);

        assertThat(result.outcome()).isEqualTo(RunOutcome.DEADLINE_PASSED);
        assertThat(hangzhou.stopped).containsExactly("dlc-cn-hangzhou-1");
    }

    @Test
    void maxWait_stopsAJobThatGotNoInstances() {
        hangzhou.price(G7, "0.0500");

        SpotRunResult result = run(policy().maxWaitPerAttempt(Duration.ofMinutes(7))
                .onWaitTimeout(Fallback.GIVE_UP).build(), hangzhou);

        SpotAttempt attempt = result.attempts().get(0);
        assertThat(attempt.outcome()).isEqualTo(AttemptOutcome.WAIT_TIMED_OUT);
        assertThat(attempt.waited()).isEqualTo(Duration.ofMinutes(7));
        assertThat(attempt.held()).isZero();
        assertThat(hangzhou.stopped).containsExactly("dlc-cn-hangzhou-1");
        assertThat(result.outcome()).isEqualTo(RunOutcome.GAVE_UP);
        assertThat(kinds()).contains(SpotRunEvent.Kind.WAITING, SpotRunEvent.Kind.WAIT_TIMED_OUT);
    }

    @Test
    void costs_areEstimatedFromThePriceSourceForEveryAttempt() {
        hangzhou.preemptAfter(Duration.ofMinutes(10));

        SpotRunResult result = runner(policy().build(), hangzhou).priceSource(prices()).build().run(job(0.0100));

        // 2 instances at 0.01 CNY per minute: 10 minutes, then the 60 of the work.
        assertThat(result.attempts()).extracting(a -> a.cost().get().setScale(2, java.math.RoundingMode.HALF_UP))
                .containsExactly(new BigDecimal("0.20"), new BigDecimal("1.20"));
        assertThat(result.attempts()).extracting(SpotAttempt::held)
                .containsExactly(Duration.ofMinutes(10), Duration.ofMinutes(60));
        assertThat(result.cost().get()).isEqualByComparingTo("1.40");
    }

    @Test
    void budget_stopsTheJobOnceTheEstimateReachesIt() {
        SpotRunResult result = runner(policy().budget(new BigDecimal("0.50")).build(), hangzhou)
                .priceSource(prices()).build().run(job(0.0100));

        assertThat(result.outcome()).isEqualTo(RunOutcome.BUDGET_SPENT);
        assertThat(hangzhou.stopped).containsExactly("dlc-cn-hangzhou-1");
        // 2 instances at 0.01 per minute: 0.50 CNY after 25 minutes of the 60 the work needs.
        assertThat(result.attempts().get(0).held()).isEqualTo(Duration.ofMinutes(25));
        assertThat(result.cost().get()).isEqualByComparingTo("0.50");
    }

    @Test
    void aBudgetNeedsAPriceSource() {
        assertThatThrownBy(() -> runner(policy().budget(BigDecimal.ONE).build(), hangzhou).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("priceSource");
    }

    @Test
    void lostCreateJobAnswer_adoptsTheJobItCreated() {
        hangzhou.loseNextAnswer(true);

        SpotRunResult result = run(policy().build(), hangzhou);

        assertThat(result.succeeded()).isTrue();
        assertThat(hangzhou.submitCalls).isEqualTo(1);
        assertThat(hangzhou.jobs).hasSize(1);
        assertThat(hangzhou.searches).isEqualTo(1);
        assertThat(result.lastJobId()).contains("dlc-cn-hangzhou-1");
        assertThat(events).filteredOn(e -> e.kind() == SpotRunEvent.Kind.SUBMITTED).first()
                .satisfies(e -> assertThat(e.detail()).contains("adopted"));
        assertThat(kinds()).startsWith(SpotRunEvent.Kind.SUBMISSION_UNKNOWN, SpotRunEvent.Kind.SUBMITTED);
    }

    @Test
    void lostCreateJobAnswer_resubmitsOnlyWhenNoJobExists() {
        hangzhou.loseNextAnswer(false);

        SpotRunResult result = run(policy().build(), hangzhou);

        assertThat(result.succeeded()).isTrue();
        assertThat(hangzhou.submitCalls).isEqualTo(2);
        assertThat(hangzhou.jobs).hasSize(1);
        assertThat(hangzhou.searches).isEqualTo(2); // looked twice, a poll interval apart
        assertThat(result.attempts()).hasSize(1);
    }

    @Test
    void cancellingTheFuture_stopsTheJobInFlight() throws Exception {
        CountDownLatch finished = new CountDownLatch(1);
        List<CompletableFuture<SpotRunResult>> future = new ArrayList<>();
        CountDownLatch started = new CountDownLatch(1);
        SpotJobRunner runner = runner(policy().build(), hangzhou).listener(e -> {
            events.add(e);
            if (e.kind() == SpotRunEvent.Kind.RUNNING) {
                awaitQuietly(started);
                future.get(0).cancel(true);
            }
            if (e.kind() == SpotRunEvent.Kind.FINISHED) {
                finished.countDown();
            }
        }).build();

        future.add(runner.runAsync(job(0.0100)));
        started.countDown();

        assertThat(finished.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(future.get(0)).isCancelled();
        assertThat(hangzhou.stopped).containsExactly("dlc-cn-hangzhou-1");
        assertThat(events.get(events.size() - 1).detail()).startsWith("CANCELLED");
    }

    @Test
    void interruptingABlockingRun_stopsTheJobAndKeepsTheInterrupt() {
        SpotJobRunner runner = runner(policy().build(), hangzhou).listener(e -> {
            if (e.kind() == SpotRunEvent.Kind.RUNNING) {
                Thread.currentThread().interrupt();
            }
        }).build();

        SpotRunResult result = runner.run(job(0.0100));

        assertThat(Thread.interrupted()).isTrue();
        assertThat(result.outcome()).isEqualTo(RunOutcome.CANCELLED);
        assertThat(hangzhou.stopped).containsExactly("dlc-cn-hangzhou-1");
    }

    @Test
    void checkpointHandover_eachJobKnowsItsAttemptAndThePreviousJob_commandUnchanged() {
        hangzhou.preemptAfter(Duration.ofMinutes(10));

        run(policy().build(), hangzhou);

        Map<String, String> first = hangzhou.submitted.get(0).envs();
        Map<String, String> second = hangzhou.submitted.get(1).envs();
        assertThat(first).containsEntry("DLCKIT_RUN_ID", "run-1").containsEntry("DLCKIT_ATTEMPT", "1")
                .containsEntry("EPOCHS", "90").doesNotContainKey("DLCKIT_PREVIOUS_JOB_ID");
        assertThat(second).containsEntry("DLCKIT_RUN_ID", "run-1").containsEntry("DLCKIT_ATTEMPT", "2")
                .containsEntry("DLCKIT_PREVIOUS_JOB_ID", "dlc-cn-hangzhou-1").containsEntry("EPOCHS", "90");
        assertThat(hangzhou.submitted).extracting(r -> r.userCommand().get())
                .containsOnly("python train.py --resume-from /mnt/ckpt");
        assertThat(hangzhou.submitted.get(1).toBuilder().envs(job(0.01).envs()).build()).isEqualTo(job(0.01));
    }

    @Test
    void aJobThatFailsOnItsOwn_isNotSubmittedAgain() {
        hangzhou.failWith("the user command exited with code 1");

        SpotRunResult result = run(policy().build(), hangzhou);

        assertThat(result.outcome()).isEqualTo(RunOutcome.FAILED);
        assertThat(outcomes(result)).containsExactly(AttemptOutcome.FAILED);
        assertThat(result.reason()).contains("exited with code 1");
    }

    @Test
    void aRefusedCreateJob_endsTheRunWithTheServicesMessage() {
        CreateJobRequest unknownType = job(0.01).toBuilder().jobSpecs(java.util.Collections.singletonList(
                job(0.01).jobSpecs().get(0).toBuilder().ecsSpec("ecs.nope").build())).build();

        SpotRunResult result = runner(policy().build(), hangzhou).build().run(unknownType);

        assertThat(outcomes(result)).containsExactly(AttemptOutcome.REFUSED);
        assertThat(result.attempts().get(0).jobId()).isEmpty();
        assertThat(result.reason()).contains("no pool ecs.nope");
    }

    @Test
    void aRequestWithoutNameOrBid_isRefusedNamingTheField() {
        SpotJobRunner runner = runner(policy().build(), hangzhou).build();
        CreateJobRequest noName = CreateJobRequest.builder().from(job(0.01)).displayName(Optional.empty()).build();
        CreateJobRequest noBid = job(0.01).toBuilder().jobSpecs(java.util.Collections.singletonList(
                JobSpec.builder().type("Worker").ecsSpec(G7).build())).build();

        assertThatThrownBy(() -> runner.run(noName)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DisplayName");
        assertThatThrownBy(() -> runner.run(noBid)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SpotSpec");
    }

    @Test
    void aBadPolicy_namesEveryProblem() {
        assertThatThrownBy(() -> SpotPolicy.builder().maxAttempts(0).raiseDiscountUpTo(new BigDecimal("0.95"))
                .raisePriceBy(BigDecimal.ZERO, BigDecimal.ONE).onPreemption().build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxAttempts").hasMessageContaining("R7").hasMessageContaining("raisePriceBy")
                .hasMessageContaining("onPreemption");
    }

    private PriceSource prices() {
        return (region, type) -> Optional.ofNullable(region.equals(hangzhou.id) ? hangzhou.priceOf(type)
                : shanghai.priceOf(type));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

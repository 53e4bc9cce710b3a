package io.github.dlckit.sdk.spot;

import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.sdk.retry.Sleeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One run of a logical job: attempts one after another, each placed where the policy's fallbacks lead after the
 * last one was preempted or waited too long, until a job ends for good or a limit is reached.
 */
final class SpotRun {

    private static final Logger LOG = LoggerFactory.getLogger(SpotJobRunner.class);

    /** The wait's timeout when neither a deadline nor a longest wait bounds it (M21: waiting never times out). */
    static final Duration FOREVER = Duration.ofDays(3650);

    private final SpotJobRunner.Settings settings;
    private final String runId;
    private final AttemptRequests requests;
    private final FallbackChooser chooser;
    private final RunSignal signal = new RunSignal();
    private final List<SpotAttempt> attempts = new ArrayList<>();
    private Instant start;

    SpotRun(SpotJobRunner.Settings settings, String runId, CreateJobRequest request) {
        this.settings = settings;
        this.runId = runId;
        this.requests = new AttemptRequests(request, settings.policy);
        this.chooser = new FallbackChooser(settings.policy, settings.regions.size(), requests.typeCount());
    }

    RunSignal signal() {
        return signal;
    }

    SpotPolicy policy() {
        return settings.policy;
    }

    Clock clock() {
        return settings.clock;
    }

    Sleeper sleeper() {
        return settings.sleeper;
    }

    PriceSource priceSource() {
        return settings.priceSource;
    }

    Instant now() {
        return settings.clock.instant();
    }

    String displayName() {
        return requests.displayName();
    }

    /** @return the time left before the deadline (zero or less once passed), or null without a deadline */
    Duration deadlineLeft() {
        return settings.policy.deadline().map(d -> Duration.between(now(), start.plus(d))).orElse(null);
    }

    /** @return whether the run's known cost, with {@code current} of the attempt in flight, reaches the budget */
    boolean overBudget(BigDecimal current) {
        if (!settings.policy.budget().isPresent()) {
            return false;
        }
        BigDecimal spent = current == null ? BigDecimal.ZERO : current;
        for (SpotAttempt attempt : attempts) {
            spent = spent.add(attempt.cost().orElse(BigDecimal.ZERO));
        }
        return spent.compareTo(settings.policy.budget().get()) >= 0;
    }

    void emit(SpotRunEvent event) {
        try {
            settings.listener.onEvent(event);
        } catch (RuntimeException e) {
            LOG.warn("A SpotRunListener threw on {}; ignored", event.kind(), e);
        }
    }

    /** @return the result, once the run has ended */
    SpotRunResult run() {
        start = now();
        Placement at = Placement.FIRST;
        String previousJobId = null;
        while (true) {
            int number = attempts.size() + 1;
            Region region = settings.regions.get(at.region);
            Map<String, String> marker = new LinkedHashMap<>();
            marker.put(SpotJobRunner.ENV_RUN_ID, runId);
            marker.put(SpotJobRunner.ENV_ATTEMPT, String.valueOf(number));
            Map<String, String> envs = new LinkedHashMap<>(marker);
            if (previousJobId != null) {
                envs.put(SpotJobRunner.ENV_PREVIOUS_JOB_ID, previousJobId);
            }
            AttemptRun attempt = new AttemptRun(this, number, region, requests.build(at, region.adjust, envs), marker,
                    requests.instanceType(at), requests.bid(at));
            SpotAttempt done = attempt.run();
            attempts.add(done);
            previousJobId = done.jobId().orElse(previousJobId);
            switch (done.outcome()) {
                case SUCCEEDED:
                    return finish(RunOutcome.SUCCEEDED, done.detail());
                case FAILED:
                case STOPPED:
                case REFUSED:
                    return finish(RunOutcome.FAILED, done.detail());
                case LOST:
                    return finish(RunOutcome.OUTCOME_UNKNOWN, done.detail());
                case CUT_SHORT:
                    return finish(attempt.cutBy().outcome, attempt.cutBy().reason);
                default:
                    break;
            }
            RunEnding limit = limitReached();
            if (limit != null) {
                return finish(limit.outcome, limit.reason);
            }
            FallbackChooser.Trigger trigger = done.outcome() == AttemptOutcome.PREEMPTED
                    ? FallbackChooser.Trigger.PREEMPTED : FallbackChooser.Trigger.WAIT_TIMED_OUT;
            FallbackChooser.Choice choice = chooser.next(trigger, at, requests.bidCanRise(at));
            if (choice.fallback == Fallback.GIVE_UP) {
                emit(new SpotRunEvent(SpotRunEvent.Kind.NEXT_OPTION, now(), number, region.id,
                        requests.instanceType(at), done.jobId().orElse(null), Fallback.GIVE_UP, "nothing more to try"));
                return finish(RunOutcome.GAVE_UP, "after " + done.outcome() + " the policy has nothing more to try ("
                        + (trigger == FallbackChooser.Trigger.PREEMPTED ? policy().onPreemption()
                        : policy().onWaitTimeout()) + ", " + policy().regionStrategy() + ")");
            }
            Placement next = choice.placement;
            emit(new SpotRunEvent(SpotRunEvent.Kind.NEXT_OPTION, now(), number + 1,
                    settings.regions.get(next.region).id, requests.instanceType(next), null, choice.fallback,
                    choice.fallback + " after " + done.outcome() + ": next " + Bids.describe(requests.bid(next))));
            at = next;
        }
    }

    /** @return the limit the run has reached, or null */
    private RunEnding limitReached() {
        if (signal.isCancelled()) {
            return new RunEnding(RunOutcome.CANCELLED, "cancelled");
        }
        if (attempts.size() >= settings.policy.maxAttempts()) {
            return new RunEnding(RunOutcome.ATTEMPTS_EXHAUSTED, "all " + settings.policy.maxAttempts()
                    + " attempts used");
        }
        Duration left = deadlineLeft();
        if (left != null && (left.isZero() || left.isNegative())) {
            return deadlinePassed();
        }
        if (overBudget(null)) {
            return budgetSpent();
        }
        return null;
    }

    RunEnding deadlinePassed() {
        return new RunEnding(RunOutcome.DEADLINE_PASSED, "the deadline of " + settings.policy.deadline().get()
                + " passed");
    }

    RunEnding budgetSpent() {
        return new RunEnding(RunOutcome.BUDGET_SPENT, "the budget of "
                + settings.policy.budget().get().toPlainString() + " CNY is spent");
    }

    private SpotRunResult finish(RunOutcome outcome, String reason) {
        SpotAttempt last = attempts.get(attempts.size() - 1);
        emit(new SpotRunEvent(SpotRunEvent.Kind.FINISHED, now(), last.number(), last.region(), last.instanceType(),
                last.jobId().orElse(null), null, outcome + ": " + reason));
        return new SpotRunResult(runId, outcome, reason, attempts);
    }
}

package io.github.dlckit.examples;

import io.github.dlckit.examples.common.CommandLine;
import io.github.dlckit.examples.common.Fields;
import io.github.dlckit.examples.common.Formats;
import io.github.dlckit.examples.common.JobCost;
import io.github.dlckit.examples.common.JobTimes;
import io.github.dlckit.examples.common.MarketScript;
import io.github.dlckit.examples.common.Option;
import io.github.dlckit.examples.common.Output;
import io.github.dlckit.examples.common.Program;
import io.github.dlckit.examples.common.SpotJobs;
import io.github.dlckit.examples.common.SpotQuote;
import io.github.dlckit.examples.common.Summary;
import io.github.dlckit.examples.common.Target;
import io.github.dlckit.examples.common.UsageException;
import io.github.dlckit.mock.control.MockControl;
import io.github.dlckit.model.GetJobResponse;
import io.github.dlckit.sdk.spot.Fallback;
import io.github.dlckit.sdk.spot.SpotAttempt;
import io.github.dlckit.sdk.spot.SpotJobRunner;
import io.github.dlckit.sdk.spot.SpotPolicy;
import io.github.dlckit.sdk.spot.SpotRunResult;
import io.github.dlckit.sdk.waiter.StatusListener;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/**
 * Survive preemption without automatic fault tolerance — general-purpose spot jobs have none (R4) — with the SDK's
 * {@link SpotJobRunner}: when the market releases the job, it submits it again bidding one step higher, up to a
 * cap; at the cap a new job simply queues until the price falls under it (waiting costs nothing). The runner passes
 * the attempt number and the previous job's id in {@code DLCKIT_ATTEMPT} and {@code DLCKIT_PREVIOUS_JOB_ID}, so the
 * training resumes from its last checkpoint. Attempts and money bound the run; the budget is checked on every poll
 * against the market price, and the job in flight is stopped when it is spent.
 *
 * <p>At the end it reports what all attempts cost against what the same instance-minutes cost on demand.
 *
 * <p>On the embedded mock the market rises twice (each time past the bid of the job then running) and then falls.
 * Exit status 0 when the training finished.
 */
public final class SurvivePreemption {

    static final Option SPEC = Option.value("spec", "TYPE", "ecs.g7.xlarge", "general-purpose instance type");
    static final Option BID = Option.value("bid", "CNY", "0.010", "the first SpotPriceLimit, per instance-minute");
    static final Option RAISE = Option.value("raise", "FRACTION", "0.1",
            "how much higher to bid after a release, as a fraction of the first bid");
    static final Option MAX_BID = Option.value("max-bid", "CNY", null,
            "the highest bid (default on the mock: the on-demand price)");
    static final Option MAX_ATTEMPTS = Option.value("max-attempts", "N", "4", "jobs to submit at most");
    static final Option BUDGET = Option.value("budget", "CNY", "1.00",
            "money to spend at most, at the market price; the job in flight is stopped when it is spent");
    static final Option WORK = Option.value("work", "MINUTES", "60", "minutes of training to get done");
    static final Option CHECKPOINT = Option.value("checkpoint-every", "MINUTES", "5", "how often the training saves");

    static final Program PROGRAM = Program.of("survive",
            "Resubmit a preempted general-purpose spot job with a higher bid, within a budget; report the saving.",
            List.of(SPEC, BID, RAISE, MAX_BID, MAX_ATTEMPTS, BUDGET, WORK, CHECKPOINT),
            SurvivePreemption::runToCompletion);

    private SurvivePreemption() {
    }

    /**
     * Runs the program; tests and the launcher call {@code PROGRAM.run(args, out)} in-process instead.
     *
     * @param args the options; {@code --help} lists them
     */
    public static void main(String[] args) {
        System.exit(PROGRAM.run(args, System.out));
    }

    private static int runToCompletion(CommandLine cli, Target target, Output out) {
        String spec = cli.string("spec");
        BigDecimal bid = cli.decimal("bid");
        BigDecimal maxBid = cli.given("max-bid").map(BigDecimal::new)
                .or(() -> target.quote(spec).map(SpotQuote::onDemand))
                .orElseThrow(() -> new UsageException("give --max-bid, e.g. the pay-as-you-go price of " + spec));
        target.mock().ifPresent(control -> playMarket(control, spec, bid, out));

        SpotPolicy policy = SpotPolicy.builder()
                .onPreemption(Fallback.RAISE_BID, Fallback.SAME_BID)      // at the cap: the same bid queues
                .raisePriceBy(bid.multiply(cli.decimal("raise")), maxBid)
                .maxAttempts((int) cli.number("max-attempts"))
                .budget(cli.decimal("budget"))
                .pollInterval(target.waitOptions(StatusListener.none()).pollInterval())
                .build();
        SpotJobRunner runner = SpotJobRunner.builder()
                .region(target.placement().region(), target.dlc())
                .policy(policy)
                .priceSource((region, type) -> target.quote(type).map(SpotQuote::priceToMeet))
                .clock(target.clock()).sleeper(target.sleeper())
                .listener(event -> out.line("event", Fields.of().put("attempt", event.attempt())
                        .put("kind", event.kind().name()).put("jobId", event.jobId().orElse(null))
                        .put("detail", event.detail()), event.toString()))
                .build();

        SpotRunResult result = runner.run(SpotJobs.generalPurpose(target.placement(), "survive", spec, bid,
                trainingCommand(cli.number("work"), cli.number("checkpoint-every"))));
        return report(result, target, out);
    }

    /** One line per attempt, with the bill where the target has one, and the summary of them all. */
    private static int report(SpotRunResult result, Target target, Output out) {
        JobCost spent = JobCost.NONE;
        Duration running = Duration.ZERO;
        GetJobResponse last = null;
        for (SpotAttempt attempt : result.attempts()) {
            JobCost cost = JobCost.NONE;
            if (attempt.jobId().isPresent()) {
                last = target.dlc().getJob(attempt.jobId().get());
                cost = target.cost(last);
                running = running.plus(JobTimes.running(last, target.clock().instant()));
            }
            spent = spent.plus(cost);
            BigDecimal bid = Formats.decimal(attempt.bid().spotPriceLimit().orElse(0f));
            out.line("attempt", Fields.of().put("attempt", attempt.number()).put("jobId", attempt.jobId().orElse(null))
                            .put("bid", bid).put("outcome", attempt.outcome().name())
                            .put("heldSeconds", attempt.held().getSeconds()).put("costCny", Formats.money(cost.amount())),
                    "attempt " + attempt.number() + ": bid " + Formats.price(bid) + ", " + attempt.outcome()
                            + " after " + attempt.held().toMinutes() + " minutes held, " + Formats.cny(cost.amount()));
        }
        List<String> jobIds = result.attempts().stream().flatMap(a -> a.jobId().stream()).toList();
        new Summary(result.attempts().size() + " attempt(s)", last == null ? "NotStarted" : last.status().orElse("?"),
                last == null ? null : last.reasonCode().orElse(null), running, spent)
                .print(out, Fields.of().put("attempts", result.attempts().size()).put("jobIds", jobIds)
                        .put("runOutcome", result.outcome().name()));
        out.note(result.outcome() + ": " + result.reason());
        return result.succeeded() ? Program.OK : Program.FAILED;
    }

    /**
     * What every attempt runs: the runner leaves the command as it is and adds {@code DLCKIT_ATTEMPT} and
     * {@code DLCKIT_PREVIOUS_JOB_ID}. A real job resumes from its latest checkpoint (e.g. EasyCkpt, R21); on the
     * mock, {@code sleep} stands for the training, which the mock cannot shorten by what earlier attempts saved.
     */
    private static String trainingCommand(long workMinutes, long checkpointMinutes) {
        return "echo \"attempt $" + SpotJobRunner.ENV_ATTEMPT + ": resuming from the last checkpoint of job $"
                + SpotJobRunner.ENV_PREVIOUS_JOB_ID + " (saved every " + checkpointMinutes + " minutes)\" && sleep "
                + workMinutes * 60 + " && echo 'DONE'";
    }

    /**
     * The mock's market, relative to the first bid (0.0100 by default): 90 % of it at first (the first bid wins),
     * 105 % after 20 minutes (released; the second bid, 0.0110, wins), 115 % after 40 (released; the third bid, capped
     * at on-demand 0.0117, wins), 80 % after 50.
     */
    private static void playMarket(MockControl control, String spec, BigDecimal firstBid, Output out) {
        MarketScript.onPool(control, spec)
                .at(0, firstBid.multiply(new BigDecimal("0.90")))
                .at(20 * 60, firstBid.multiply(new BigDecimal("1.05")))
                .at(40 * 60, firstBid.multiply(new BigDecimal("1.15")))
                .at(50 * 60, firstBid.multiply(new BigDecimal("0.80")))
                .play(out);
    }
}

package io.github.dlckit.examples;

import io.github.dlckit.examples.common.BidRules;
import io.github.dlckit.examples.common.CommandLine;
import io.github.dlckit.examples.common.Fields;
import io.github.dlckit.examples.common.Formats;
import io.github.dlckit.examples.common.JobCost;
import io.github.dlckit.examples.common.JobTimes;
import io.github.dlckit.examples.common.MarketScript;
import io.github.dlckit.examples.common.Option;
import io.github.dlckit.examples.common.Output;
import io.github.dlckit.examples.common.Preemption;
import io.github.dlckit.examples.common.Program;
import io.github.dlckit.examples.common.SpotJobs;
import io.github.dlckit.examples.common.SpotQuote;
import io.github.dlckit.examples.common.StatusPrinter;
import io.github.dlckit.examples.common.Summary;
import io.github.dlckit.examples.common.Target;
import io.github.dlckit.examples.common.UsageException;
import io.github.dlckit.mock.control.MockControl;
import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.model.GetJobResponse;
import io.github.dlckit.model.JobStatus;
import io.github.dlckit.sdk.waiter.WaitOutcome;
import io.github.dlckit.sdk.waiter.WaitResult;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Survive preemption without automatic fault tolerance — general-purpose spot jobs have none (R4): when the market
 * releases the job (the waiter's result is FAILED, its message says "preempted", M10), submit it
 * again, bidding higher each time up to a cap; once the bid is at the cap a new job simply queues until the price
 * falls under it (waiting costs nothing). The training checkpoints every few minutes, so a new job resumes from the
 * last checkpoint instead of starting over. Two budgets stop the loop: attempts and money.
 *
 * <p>At the end it reports what all attempts cost against what the same instance-minutes cost on demand.
 *
 * <p>On the embedded mock the market rises twice (each time past the bid of the job then running) and then falls.
 * Exit status 0 when the training finished.
 */
public final class SurvivePreemption {

    static final Option SPEC = Option.value("spec", "TYPE", "ecs.g7.xlarge", "general-purpose instance type");
    static final Option BID = Option.value("bid", "CNY", "0.010", "the first SpotPriceLimit, per instance-minute");
    static final Option RAISE = Option.value("raise", "FRACTION", "0.1", "how much higher to bid after a release");
    static final Option MAX_BID = Option.value("max-bid", "CNY", null,
            "the highest bid (default on the mock: the on-demand price)");
    static final Option MAX_ATTEMPTS = Option.value("max-attempts", "N", "4", "jobs to submit at most");
    static final Option BUDGET = Option.value("budget", "CNY", "1.00", "money to spend at most, checked between attempts");
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
        BigDecimal budget = cli.decimal("budget");
        Duration work = Duration.ofMinutes(cli.number("work"));
        long checkpointMinutes = cli.number("checkpoint-every");

        BigDecimal firstBid = bid;
        target.mock().ifPresent(control -> playMarket(control, spec, firstBid, out));

        Duration saved = Duration.ZERO;              // training done and checkpointed
        Duration running = Duration.ZERO;            // over all attempts
        JobCost spent = JobCost.NONE;
        List<String> jobIds = new ArrayList<>();
        GetJobResponse last = null;
        for (int attempt = 1; attempt <= cli.number("max-attempts"); attempt++) {
            if (spent.amount().compareTo(budget) >= 0) {
                out.note("budget of " + Formats.cny(budget) + " spent: no more attempts");
                break;
            }
            Duration left = work.minus(saved);
            out.line("attempt", Fields.of().put("attempt", attempt).put("bid", bid)
                            .put("minutesLeft", left.toMinutes()).put("spentCny", Formats.money(spent.amount())),
                    "attempt " + attempt + ": bid " + Formats.price(bid) + ", " + left.toMinutes() + " of "
                            + work.toMinutes() + " training minutes left, " + Formats.cny(spent.amount()) + " spent");

            CreateJobRequest job = SpotJobs.generalPurpose(target.placement(), "survive-" + attempt, spec, bid,
                    trainingCommand(saved, left));
            String jobId = target.dlc().createJob(job).jobId().orElseThrow();
            jobIds.add(jobId);
            WaitResult result = target.waiter().untilTerminal(jobId,
                    target.waitOptions(new StatusPrinter(out, target)));

            last = result.job();
            Duration ran = JobTimes.running(last, target.clock().instant());
            running = running.plus(ran);
            spent = spent.plus(target.cost(last));
            if (result.outcome() == WaitOutcome.SUCCEEDED || !Preemption.released(last)) {
                break; // done; or failed for a reason another bid will not fix
            }
            // Released by the market: keep what was checkpointed, and bid higher (never above the cap).
            Duration kept = saved.plus(checkpointed(ran, checkpointMinutes));
            saved = kept.compareTo(work) < 0 ? kept : work;
            bid = BidRules.priceBid(bid, cli.decimal("raise"), maxBid);
        }

        boolean finished = last != null && last.statusEnum() == JobStatus.SUCCEEDED;
        new Summary(jobIds.size() + " attempt(s)", last == null ? "NotStarted" : last.status().orElse("?"),
                last == null ? null : last.reasonCode().orElse(null), running, spent)
                .print(out, Fields.of().put("attempts", jobIds.size()).put("jobIds", jobIds));
        return finished ? Program.OK : Program.FAILED;
    }

    /** The training time a run kept: its running time, down to the last checkpoint. */
    private static Duration checkpointed(Duration ran, long checkpointMinutes) {
        return Duration.ofMinutes(ran.toMinutes() / checkpointMinutes * checkpointMinutes);
    }

    /**
     * What each attempt runs. A real job passes its checkpoint directory and resumes from the latest checkpoint
     * (e.g. EasyCkpt, R21); on the mock, {@code sleep} stands for the training still to do.
     */
    private static String trainingCommand(Duration done, Duration left) {
        return "echo 'resuming from the checkpoint at minute " + done.toMinutes() + "' && sleep "
                + left.getSeconds() + " && echo 'DONE'";
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

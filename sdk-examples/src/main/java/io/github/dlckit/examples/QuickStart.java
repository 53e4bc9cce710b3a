package io.github.dlckit.examples;

import io.github.dlckit.examples.common.CommandLine;
import io.github.dlckit.examples.common.Fields;
import io.github.dlckit.examples.common.MarketScript;
import io.github.dlckit.examples.common.Option;
import io.github.dlckit.examples.common.Output;
import io.github.dlckit.examples.common.Program;
import io.github.dlckit.examples.common.SpotJobs;
import io.github.dlckit.examples.common.StatusPrinter;
import io.github.dlckit.examples.common.Summary;
import io.github.dlckit.examples.common.Target;
import io.github.dlckit.examples.common.UsageException;
import io.github.dlckit.mock.control.MockControl;
import io.github.dlckit.mock.control.PoolView;
import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.sdk.spot.Preemption;
import io.github.dlckit.sdk.waiter.WaitOutcome;
import io.github.dlckit.sdk.waiter.WaitResult;

import java.math.BigDecimal;
import java.util.List;

/**
 * The quick start: the seed document's general-purpose spot job — one {@code ecs.g7.xlarge} worker bidding
 * {@code SpotWithPriceLimit} at most {@code SpotPriceLimit 0.011} CNY per minute — submitted and followed to its
 * end, with what it cost.
 *
 * <p>On the embedded mock it first scripts the market, so the whole life of a spot job plays in a second of
 * virtual time: the price starts above the bid (the job queues), falls below it (the job gets its instance, prepares
 * and runs), and climbs back up (the instance is released and the job fails with
 * a message saying "preempted", M10). On the real service it only submits, prints and waits.
 *
 * <p>Exit status 0 when the job ended the way spot jobs end — succeeded, or released by the market — else 1.
 */
public final class QuickStart {

    static final Option SPEC = Option.value("spec", "TYPE", "ecs.g7.xlarge", "general-purpose instance type");
    static final Option BID = Option.value("bid", "CNY", "0.011", "SpotPriceLimit: the most to pay per instance-minute");

    static final Program PROGRAM = Program.of("quickstart",
            "Submit the seed document's general-purpose spot job (a price limit) and follow it to its end.",
            List.of(SPEC, BID), QuickStart::submitAndWait);

    /** On the mock: how far above or below the bid the scripted market goes. */
    private static final BigDecimal UPTICK = new BigDecimal("0.0005");
    private static final BigDecimal DIP = new BigDecimal("0.0015");

    private QuickStart() {
    }

    /**
     * Runs the program; tests and the launcher call {@code PROGRAM.run(args, out)} in-process instead.
     *
     * @param args the options; {@code --help} lists them
     */
    public static void main(String[] args) {
        System.exit(PROGRAM.run(args, System.out));
    }

    private static int submitAndWait(CommandLine cli, Target target, Output out) {
        String spec = cli.string("spec");
        BigDecimal bid = cli.decimal("bid");

        // Mock only: script the market before submitting, so the job meets every phase of a spot job's life.
        target.mock().ifPresent(control -> playMarket(control, spec, bid, out));

        CreateJobRequest job = SpotJobs.generalPurpose(target.placement(), "quickstart", spec, bid,
                SpotJobs.TRAINING_COMMAND);
        String jobId = target.dlc().createJob(job).jobId().orElseThrow();

        // Poll GetJob until the job ends; the printer shows each status change as it happens.
        WaitResult result = target.waiter().untilTerminal(jobId, target.waitOptions(new StatusPrinter(out, target)));

        Summary.of(target, result.job()).print(out, Fields.of());
        boolean spotEnding = result.outcome() == WaitOutcome.SUCCEEDED || Preemption.isPreempted(result.job());
        return spotEnding ? Program.OK : Program.FAILED;
    }

    /**
     * The market the quick start plays on the mock: above the bid at first, below it after 5 minutes, up to the
     * ceiling (the on-demand price) after 20.
     */
    private static void playMarket(MockControl control, String spec, BigDecimal bid, Output out) {
        MarketScript market = MarketScript.onPool(control, spec);
        PoolView pool = market.pool();
        if (bid.compareTo(pool.maxPrice()) >= 0 || bid.subtract(DIP).compareTo(pool.minPrice()) < 0) {
            throw new UsageException("on the mock, bid between " + pool.minPrice().add(DIP) + " and "
                    + pool.maxPrice() + " so the market can move around it");
        }
        market.at(0, bid.add(UPTICK).min(pool.maxPrice()))  // above the bid: the job queues
                .at(5 * 60, bid.subtract(DIP))              // below: it gets its instance and runs
                .at(20 * 60, pool.maxPrice())               // up to on-demand: the instance is released
                .play(out);
    }
}

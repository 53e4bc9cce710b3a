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
import io.github.dlckit.mock.control.MockControl;
import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.model.GetJobResponse;
import io.github.dlckit.sdk.waiter.WaitOutcome;
import io.github.dlckit.sdk.waiter.WaitResult;

import java.math.BigDecimal;
import java.util.List;

/**
 * A Lingjun spot job that survives preemption by itself: it bids a discount ({@code SpotDiscountLimit 0.4}: at most
 * 40 % of the original price), gives the VPC Lingjun jobs need, and turns on automatic fault tolerance (AIMaster,
 * {@code EnableErrorMonitoringInAIMaster}). When the market takes its instances, the job does not fail: it goes
 * Restarting → Bidding, and resumes once the average price is back under its bid (R20), up to
 * {@code --max-restarts} times.
 *
 * <p>On the embedded mock the program moves the pool's average price (what Lingjun bids are met against, R17)
 * under the bid, above it after 15 minutes, and back under it after 25. On the real service it submits and waits
 * (give {@code --vpc}, {@code --vswitch}, {@code --security-group}).
 *
 * <p>Exit status 0 when the job succeeded.
 */
public final class LingjunAutoRestart {

    static final Option SPEC = Option.value("spec", "TYPE", "ml.gu7xf.8xlarge-gu108", "Lingjun instance type");
    static final Option DISCOUNT = Option.value("discount", "FRACTION", "0.4",
            "SpotDiscountLimit: the most to pay as a fraction of the original price, 0.1 to 0.9");
    static final Option MAX_RESTARTS = Option.value("max-restarts", "N", "3",
            "ElasticSpotJobMaxRestartTimes: releases the job may survive");

    static final Program PROGRAM = Program.of("lingjun",
            "Submit a Lingjun spot job with a discount bid and automatic fault tolerance; watch it resume after a release.",
            List.of(SPEC, DISCOUNT, MAX_RESTARTS), LingjunAutoRestart::submitAndWait);

    private LingjunAutoRestart() {
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
        BigDecimal discount = cli.decimal("discount");

        target.mock().ifPresent(control -> playMarket(control, spec, out));

        CreateJobRequest job = SpotJobs.lingjun(target.placement(), "lingjun", spec, discount,
                (int) cli.number("max-restarts"), SpotJobs.TRAINING_COMMAND);
        String jobId = target.dlc().createJob(job).jobId().orElseThrow();

        WaitResult result = target.waiter().untilTerminal(jobId, target.waitOptions(new StatusPrinter(out, target)));

        // RestartTimes reads "used/allowed"; RestartRecord has one entry per release the job survived.
        GetJobResponse done = result.job();
        Summary.of(target, done).print(out, Fields.of().put("restartTimes", done.restartTimes().orElse(null)));
        out.note("         restarts " + done.restartTimes().orElse("?"));
        return result.outcome() == WaitOutcome.SUCCEEDED ? Program.OK : Program.FAILED;
    }

    /**
     * The mock's market for a 40 % bid, in fractions of the original price: the average (and market) price at 35 %
     * (the bid wins), at 45 % after 15 minutes (the instances are released), at 30 % after 25 minutes (won again).
     */
    private static void playMarket(MockControl control, String spec, Output out) {
        MarketScript market = MarketScript.onPool(control, spec);
        BigDecimal original = market.pool().onDemandPrice();
        market.at(0, original.multiply(new BigDecimal("0.35")))
                .at(15 * 60, original.multiply(new BigDecimal("0.45")))
                .at(25 * 60, original.multiply(new BigDecimal("0.30")))
                .play(out);
    }
}

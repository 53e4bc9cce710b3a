package io.github.dlckit.examples.common;

import io.github.dlckit.model.GetJobResponse;
import io.github.dlckit.model.JobStatus;
import io.github.dlckit.model.StatusTransitionItem;
import io.github.dlckit.sdk.spot.Preemption;
import io.github.dlckit.sdk.waiter.StatusListener;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Prints a job's status changes as a waiter sees them, one line each, at the time they happened:
 * <pre>
 * 2026-11-29T00:00:00Z  dlc11fc6t366kocma  Queuing       bid 0.0110 &lt; market 0.0115
 * </pre>
 * The lines come from the job's {@code StatusHistory}, so a status shorter than the poll interval (Restarting) is
 * not missed. Where the target shows prices (the mock), the line of the status the job is in now says how its bid
 * compares with the price it must meet, when the market is what the status is about (waiting, starting, released).
 * Use one printer per job.
 */
public final class StatusPrinter implements StatusListener {

    /** Statuses whose cause is the market: the bid against the price is worth a look. */
    private static final Set<JobStatus> MARKET_DRIVEN = EnumSet.of(JobStatus.QUEUING, JobStatus.BIDDING,
            JobStatus.ENV_PREPARING, JobStatus.RESTARTING);
    /** Statuses whose reason code says why. */
    private static final Set<JobStatus> WITH_REASON = EnumSet.of(JobStatus.RESTARTING, JobStatus.SUCCEEDED,
            JobStatus.FAILED, JobStatus.STOPPED);

    private final Output out;
    private final Target target;
    private int printed;

    /**
     * @param out where to print
     * @param target the job's target (for its clock and prices)
     */
    public StatusPrinter(Output out, Target target) {
        this.out = out;
        this.target = target;
    }

    @Override
    public void onStatusChange(JobStatus previous, JobStatus current, GetJobResponse job) {
        List<StatusTransitionItem> history = job.statusHistory();
        if (history.isEmpty()) { // a service without history: the status as seen now
            print(job, target.clock().instant(), current, job.reasonCode(), true);
            return;
        }
        for (; printed < history.size(); printed++) {
            StatusTransitionItem entry = history.get(printed);
            Instant at = entry.startTime().map(Instant::parse).orElseGet(() -> target.clock().instant());
            // Prices are read now: they describe the status the job is in now, not one it has already left.
            boolean latest = printed == history.size() - 1;
            print(job, at, entry.statusEnum(), entry.reasonCode(), latest);
        }
    }

    private void print(GetJobResponse job, Instant at, JobStatus status, Optional<String> reasonCode,
                       boolean withPrices) {
        String jobId = job.jobId().orElse("?");
        Fields fields = Fields.of().put("time", Formats.time(at)).put("jobId", jobId).put("status", status.wireValue());
        StringBuilder text = new StringBuilder(String.format("%s  %s  %-12s", Formats.time(at), jobId,
                status.wireValue()));
        Optional<String> reason = reasonCode.filter(code -> WITH_REASON.contains(status));
        reason.ifPresent(code -> {
            fields.put("reasonCode", code);
            text.append("  ").append(code);
        });
        if (withPrices && (MARKET_DRIVEN.contains(status) || Preemption.isPreempted(job))) {
            Optional<SpotQuote> quote = target.quote(JobTimes.ecsSpec(job));
            Optional<BigDecimal> bid = Bid.of(job).flatMap(b -> b.inCny(quote));
            if (quote.isPresent() && bid.isPresent()) {
                BigDecimal price = quote.get().priceToMeet();
                fields.put("bid", bid.get()).put(quote.get().priceToMeetName(), price);
                text.append("  bid ").append(Formats.price(bid.get()))
                        .append(bid.get().compareTo(price) < 0 ? " < " : " >= ")
                        .append(quote.get().priceToMeetName()).append(' ').append(Formats.price(price));
            }
        }
        out.line("transition", fields, text.toString().stripTrailing());
    }
}

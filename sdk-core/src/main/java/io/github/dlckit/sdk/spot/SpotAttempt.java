package io.github.dlckit.sdk.spot;

import io.github.dlckit.model.SpotSpec;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

/**
 * One attempt of a spot run: the job submitted, where, at what bid, how it ended, how long it waited for instances
 * and held them (as seen by the runner's polls, so to within one poll interval), and its cost estimate when the
 * runner has a {@link PriceSource}.
 */
public final class SpotAttempt {

    private final int number;
    private final String jobId;
    private final String region;
    private final String instanceType;
    private final SpotSpec bid;
    private final AttemptOutcome outcome;
    private final String detail;
    private final Duration waited;
    private final Duration held;
    private final BigDecimal cost;

    SpotAttempt(int number, String jobId, String region, String instanceType, SpotSpec bid, AttemptOutcome outcome,
                String detail, Duration waited, Duration held, BigDecimal cost) {
        this.number = number;
        this.jobId = jobId;
        this.region = region;
        this.instanceType = instanceType;
        this.bid = bid;
        this.outcome = outcome;
        this.detail = detail;
        this.waited = waited;
        this.held = held;
        this.cost = cost;
    }

    /** @return 1 for the first attempt */
    public int number() {
        return number;
    }

    /** @return the job's id; empty when {@code CreateJob} was refused or lost */
    public Optional<String> jobId() {
        return Optional.ofNullable(jobId);
    }

    /** @return the region id */
    public String region() {
        return region;
    }

    /** @return the instance type of the first spot role */
    public String instanceType() {
        return instanceType;
    }

    /** @return the bid of the first spot role */
    public SpotSpec bid() {
        return bid;
    }

    /** @return how the attempt ended */
    public AttemptOutcome outcome() {
        return outcome;
    }

    /** @return why, in words: the job's reason message, the refusal, or the limit that cut it short */
    public String detail() {
        return detail;
    }

    /** @return from submission until the job held instances (or ended without) */
    public Duration waited() {
        return waited;
    }

    /** @return how long the job held instances */
    public Duration held() {
        return held;
    }

    /** @return CNY by the runner's price source; empty without one, or when it did not know a price */
    public Optional<BigDecimal> cost() {
        return Optional.ofNullable(cost);
    }

    @Override
    public String toString() {
        return "attempt " + number + ": " + (jobId == null ? "no job" : jobId) + " in " + region + " on "
                + instanceType + " at " + Bids.describe(bid) + ": " + outcome + " (" + detail + "), waited " + waited
                + ", held " + held + (cost == null ? "" : ", cost " + cost.toPlainString() + " CNY");
    }
}

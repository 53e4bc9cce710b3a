package io.github.dlckit.examples.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * What jobs cost, as far as the target can tell: on the mock, the exact bill; on the real service (whose bills
 * appear the next day), an upper bound for price bids — the job never pays more than its bid — and nothing for
 * discount bids.
 *
 * @param instanceMinutes minutes of spot instances held (billing starts at allocation, so environment preparation
 *                        counts)
 * @param amount what was (or at most will be) paid, CNY; null when unknown
 * @param exact whether {@code amount} is the bill rather than an upper bound
 * @param onDemand what the same instance-minutes cost pay-as-you-go, CNY; null when unknown
 */
public record JobCost(BigDecimal instanceMinutes, BigDecimal amount, boolean exact, BigDecimal onDemand) {

    /** Nothing held, nothing paid. */
    public static final JobCost NONE = new JobCost(BigDecimal.ZERO, BigDecimal.ZERO, true, BigDecimal.ZERO);

    /** @return on-demand minus spot, when both are known */
    public Optional<BigDecimal> saving() {
        return amount != null && onDemand != null ? Optional.of(onDemand.subtract(amount)) : Optional.empty();
    }

    /** @return the saving as a percentage of the on-demand cost, one decimal */
    public Optional<BigDecimal> savingPercent() {
        return saving().filter(s -> onDemand.signum() > 0)
                .map(s -> s.multiply(BigDecimal.valueOf(100)).divide(onDemand, 1, RoundingMode.HALF_UP));
    }

    /**
     * @param other the cost of another job
     * @return both together (unknown when either is unknown)
     */
    public JobCost plus(JobCost other) {
        return new JobCost(instanceMinutes.add(other.instanceMinutes), sum(amount, other.amount),
                exact && other.exact, sum(onDemand, other.onDemand));
    }

    private static BigDecimal sum(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.add(b);
    }
}

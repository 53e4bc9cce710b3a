package io.github.dlckit.examples.common;

import io.github.dlckit.model.GetJobResponse;
import io.github.dlckit.model.JobSpec;
import io.github.dlckit.model.SpotSpec;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a job bids for its spot instances (R7): a price in CNY per instance-minute ({@code SpotPriceLimit},
 * general-purpose) or a fraction of the original price ({@code SpotDiscountLimit}, Lingjun).
 *
 * @param priceLimit the price limit, or null
 * @param discountLimit the discount limit, or null
 */
public record Bid(BigDecimal priceLimit, BigDecimal discountLimit) {

    /**
     * @param job a job as read
     * @return the bid of its first role that bids, if any
     */
    public static Optional<Bid> of(GetJobResponse job) {
        return job.jobSpecs().stream().map(JobSpec::spotSpec).flatMap(Optional::stream).findFirst().map(Bid::of);
    }

    private static Bid of(SpotSpec spot) {
        return new Bid(spot.spotPriceLimit().map(Formats::decimal).orElse(null),
                spot.spotDiscountLimit().map(Formats::decimal).orElse(null));
    }

    /**
     * @param quote the instance type's prices, when known
     * @return the bid in CNY per instance-minute: the price limit, or the discount times the original price (M4)
     */
    public Optional<BigDecimal> inCny(Optional<SpotQuote> quote) {
        if (priceLimit != null) {
            return Optional.of(priceLimit);
        }
        return quote.filter(q -> discountLimit != null).map(q -> discountLimit.multiply(q.onDemand()));
    }
}

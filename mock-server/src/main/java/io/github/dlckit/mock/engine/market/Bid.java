package io.github.dlckit.mock.engine.market;

import java.math.BigDecimal;

/**
 * A maximum bid under {@code SpotWithPriceLimit} (R6, R7): either an absolute price limit or a discount limit.
 * Exactly one kind per bid, so R8 (not both) holds by construction.
 */
public sealed interface Bid permits Bid.PriceLimit, Bid.DiscountLimit, Bid.Ceiling {

    /**
     * @param cnyPerMinute the maximum price, CNY per minute per instance ({@code SpotPriceLimit})
     * @return a price-limit bid
     */
    static Bid priceLimit(BigDecimal cnyPerMinute) {
        return new PriceLimit(cnyPerMinute);
    }

    /**
     * @param cnyPerMinute the maximum price as the API's float64 {@code SpotPriceLimit}, taken at its decimal
     *     value ({@code 0.011} is exactly 0.011)
     * @return a price-limit bid
     */
    static Bid priceLimit(double cnyPerMinute) {
        return priceLimit(Prices.of(cnyPerMinute));
    }

    /**
     * @param fraction the maximum as a fraction of the original price ({@code SpotDiscountLimit}, 0.1 to 0.9)
     * @return a discount-limit bid
     */
    static Bid discountLimit(BigDecimal fraction) {
        return new DiscountLimit(fraction);
    }

    /**
     * @param fraction the API's float64 {@code SpotDiscountLimit}, taken at its decimal value
     * @return a discount-limit bid
     */
    static Bid discountLimit(double fraction) {
        return discountLimit(Prices.of(fraction));
    }

    /**
     * What the bid is worth in CNY per minute in a pool with this original price (M4).
     *
     * @param originalPrice the pool's pay-as-you-go price
     * @return the maximum price the bid pays
     */
    BigDecimal valueAt(BigDecimal originalPrice);

    /**
     * {@code SpotPriceLimit}: a maximum price in CNY per minute.
     *
     * @param cnyPerMinute the limit, positive
     */
    record PriceLimit(BigDecimal cnyPerMinute) implements Bid {

        /** Validates the limit. */
        public PriceLimit {
            Checks.requirePositive("SpotPriceLimit", cnyPerMinute);
        }

        @Override
        public BigDecimal valueAt(BigDecimal originalPrice) {
            return cnyPerMinute;
        }

        @Override
        public String toString() {
            return "SpotPriceLimit " + Prices.format(cnyPerMinute);
        }
    }

    /**
     * {@code SpotDiscountLimit}: a maximum as a fraction of the original price (M4).
     *
     * @param fraction the fraction; R7's range and step are checked when the demand is submitted
     */
    record DiscountLimit(BigDecimal fraction) implements Bid {

        /** Validates the fraction. */
        public DiscountLimit {
            Checks.requirePositive("SpotDiscountLimit", fraction);
        }

        @Override
        public BigDecimal valueAt(BigDecimal originalPrice) {
            return BidRules.m4DiscountBidValue(fraction, originalPrice);
        }

        @Override
        public String toString() {
            return "SpotDiscountLimit " + Prices.format(fraction);
        }
    }

    /**
     * An effective bid that R7–R10 do not govern: the legacy {@code UseSpotInstance} switch (the pool's ceiling,
     * M24) or an {@code ElasticSpotSpecs} entry (M25), both already worked out in CNY per minute.
     *
     * @param cnyPerMinute what the bid is worth, positive
     */
    record Ceiling(BigDecimal cnyPerMinute) implements Bid {

        /** Validates the value. */
        public Ceiling {
            Checks.requirePositive("effective bid", cnyPerMinute);
        }

        @Override
        public BigDecimal valueAt(BigDecimal originalPrice) {
            return cnyPerMinute;
        }

        @Override
        public String toString() {
            return "effective bid " + Prices.format(cnyPerMinute);
        }
    }
}

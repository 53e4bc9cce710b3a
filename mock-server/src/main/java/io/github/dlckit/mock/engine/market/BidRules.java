package io.github.dlckit.mock.engine.market;

import java.math.BigDecimal;

/** What a bid is worth, which price it must meet, and which bids a pool accepts (R7, R9, R10, M4, M17). */
final class BidRules {

    private BidRules() {
    }

    /** M4: a discount bid is worth {@code SpotDiscountLimit × original price}. */
    static BigDecimal m4DiscountBidValue(BigDecimal fraction, BigDecimal originalPrice) {
        return fraction.multiply(originalPrice);
    }

    /** M4, R12: a bid meets a price when it is at or above it; a tie wins. */
    static boolean m4BidMeetsPrice(BigDecimal bidValue, BigDecimal price) {
        return bidValue.compareTo(price) >= 0;
    }

    /** M17: general-purpose bids meet the market price, Lingjun bids the average price. */
    static BigDecimal m17PriceToMeet(SpotPool pool) {
        return pool.key().isLingjun() ? pool.averagePrice() : pool.marketPrice();
    }

    /** Refuses a request the pool cannot take as a bid (R7, R9, R10); the message names the field. */
    static void checkRequest(PoolRequest request, SpotPool pool) {
        if (request.bid() instanceof Bid.Ceiling) {
            return; // M24, M25: worked out from the pool's own prices, not a user's SpotSpec
        }
        r9BidKindMatchesResourceType(request.pool(), request.bid());
        if (request.bid() instanceof Bid.DiscountLimit discount) {
            r7DiscountInRangeAndStep(discount.fraction());
        } else {
            r10PriceLimitWithinMarketRange(((Bid.PriceLimit) request.bid()).cnyPerMinute(), pool);
        }
    }

    /** R9: Lingjun takes only discount bids, and discount bids are valid only for Lingjun. */
    static void r9BidKindMatchesResourceType(PoolKey pool, Bid bid) {
        boolean discount = bid instanceof Bid.DiscountLimit;
        if (pool.isLingjun() && !discount) {
            throw new IllegalArgumentException("SpotPriceLimit is not accepted on Lingjun pool " + pool
                    + ": Lingjun supports only SpotDiscountLimit (R9)");
        }
        if (!pool.isLingjun() && discount) {
            throw new IllegalArgumentException("SpotDiscountLimit is valid only for Lingjun resources, not on " + pool
                    + ": use SpotPriceLimit (R9)");
        }
    }

    /** R7: a discount limit is 0.1 to 0.9 in steps of 0.1. */
    static void r7DiscountInRangeAndStep(BigDecimal fraction) {
        BigDecimal tenths = fraction.movePointRight(1);
        boolean wholeTenths = tenths.signum() == 0 || tenths.stripTrailingZeros().scale() <= 0;
        if (!wholeTenths || tenths.intValue() < 1 || tenths.intValue() > 9) {
            throw new IllegalArgumentException("SpotDiscountLimit must be 0.1 to 0.9 in steps of 0.1 (R7), got "
                    + Prices.format(fraction));
        }
    }

    /** R10: a price limit lies within the spec's market price range. */
    static void r10PriceLimitWithinMarketRange(BigDecimal limit, SpotPool pool) {
        if (limit.compareTo(pool.minPrice()) < 0 || limit.compareTo(pool.maxPrice()) > 0) {
            throw new IllegalArgumentException("SpotPriceLimit " + Prices.format(limit) + " is outside the market price"
                    + " range [" + Prices.format(pool.minPrice()) + ", " + Prices.format(pool.maxPrice()) + "] of "
                    + pool.key() + " (R10)");
        }
    }
}

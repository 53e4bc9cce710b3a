package io.github.dlckit.sdk.spot;

import io.github.dlckit.model.SpotSpec;

import java.math.BigDecimal;

/**
 * The bids a policy allows: a role's own bid raised a number of steps, never past the policy's cap, and a price bid
 * always inside the market range the policy knows for the type (R10). A bid the caller chose above the cap is kept,
 * never lowered to it; it just cannot rise.
 */
final class BidLadder {

    private final SpotPolicy policy;

    BidLadder(SpotPolicy policy) {
        this.policy = policy;
    }

    /**
     * @param start the role's bid in the caller's request
     * @param instanceType the type the role bids on
     * @param steps how many raises
     * @return the bid to send
     */
    SpotSpec at(SpotSpec start, String instanceType, int steps) {
        if (start.spotPriceLimit().isPresent()) {
            return start.toBuilder().spotPriceLimit(price(start, instanceType, steps).floatValue()).build();
        }
        if (start.spotDiscountLimit().isPresent()) {
            return start.toBuilder().spotDiscountLimit(discount(start, steps).floatValue()).build();
        }
        return start;
    }

    /** @return whether one more raise gives a higher bid than {@code steps} raises */
    boolean canRaise(SpotSpec start, String instanceType, int steps) {
        if (start.spotPriceLimit().isPresent()) {
            return price(start, instanceType, steps + 1).compareTo(price(start, instanceType, steps)) > 0;
        }
        return start.spotDiscountLimit().isPresent() && discount(start, steps + 1).compareTo(discount(start, steps)) > 0;
    }

    private BigDecimal price(SpotSpec start, String instanceType, int steps) {
        BigDecimal own = decimal(start.spotPriceLimit().get());
        BigDecimal bid = raise(own, policy.priceStep().orElse(null), policy.maxPrice().orElse(null), steps);
        BigDecimal[] range = policy.marketRangeOf(instanceType);
        if (range != null) {
            bid = bid.max(range[0]).min(range[1]);
        }
        return bid;
    }

    private BigDecimal discount(SpotSpec start, int steps) {
        BigDecimal own = decimal(start.spotDiscountLimit().get());
        return raise(own, SpotPolicy.DISCOUNT_STEP, policy.maxDiscount().orElse(null), steps);
    }

    private static BigDecimal raise(BigDecimal own, BigDecimal step, BigDecimal cap, int steps) {
        if (step == null || cap == null || steps == 0 || own.compareTo(cap) >= 0) {
            return own;
        }
        return own.add(step.multiply(BigDecimal.valueOf(steps))).min(cap);
    }

    /** The float as written (0.011f is 0.011, not 0.010999999940395355). */
    static BigDecimal decimal(float value) {
        return new BigDecimal(Float.toString(value));
    }
}

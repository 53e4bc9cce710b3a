package io.github.dlckit.model.validation;

import io.github.dlckit.model.SpotSpec;
import io.github.dlckit.model.SpotStrategy;

import java.util.List;

/**
 * The bidding rules of the seed document that a caller can break without knowing the market: one method per
 * rule, named after its number in {@code reference/spot-semantics.md}. Each adds a {@link Violation} naming the
 * field, the rule and the value given.
 *
 * <p>Rules that need to know the resource type or the region (R2, R3, R4, R9, R11) are in
 * {@link SpotPlacementCheck}; the service enforces all of them again.
 */
public final class SpotRules {

    /** Smallest and largest discount, and the step between allowed discounts (R7). */
    static final double MIN_DISCOUNT = 0.1;
    static final double MAX_DISCOUNT = 0.9;
    private static final double STEP_TOLERANCE = 1e-4;

    private SpotRules() {
    }

    /**
     * Every rule of this class, applied to one spot spec.
     *
     * @param spec the spec
     * @param path the wire path of the spec, e.g. {@code JobSpecs[0].SpotSpec}
     * @param out where violations go
     */
    public static void check(SpotSpec spec, String path, List<Violation> out) {
        r6LimitsNeedPriceLimitStrategy(spec, path, out);
        r7PriceLimitIsPositive(spec, path, out);
        r7DiscountLimitInTenthSteps(spec, path, out);
        r7PriceLimitStrategyNeedsALimit(spec, path, out);
        r8OneLimitOnly(spec, path, out);
    }

    /** R6: the limits count only under {@code SpotStrategy = SpotWithPriceLimit}. */
    static void r6LimitsNeedPriceLimitStrategy(SpotSpec spec, String path, List<Violation> out) {
        boolean hasLimit = spec.spotPriceLimit().isPresent() || spec.spotDiscountLimit().isPresent();
        if (hasLimit && spec.spotStrategyEnum() != SpotStrategy.SPOT_WITH_PRICE_LIMIT) {
            out.add(new Violation(path + ".SpotStrategy", "R6",
                    "requires SpotWithPriceLimit when SpotPriceLimit or SpotDiscountLimit is set, got "
                            + spec.spotStrategy().orElse("none")));
        }
    }

    /** R7: a price limit is a price, so it is above zero. */
    static void r7PriceLimitIsPositive(SpotSpec spec, String path, List<Violation> out) {
        if (spec.spotPriceLimit().isPresent() && !(spec.spotPriceLimit().get() > 0)) {
            out.add(new Violation(path + ".SpotPriceLimit", "R7",
                    "requires a price above 0 CNY per minute, got " + spec.spotPriceLimit().get()));
        }
    }

    /** R7: a discount limit is 0.1 to 0.9 in steps of 0.1. */
    static void r7DiscountLimitInTenthSteps(SpotSpec spec, String path, List<Violation> out) {
        if (!spec.spotDiscountLimit().isPresent()) {
            return;
        }
        double discount = spec.spotDiscountLimit().get();
        double tenths = discount * 10;
        boolean inRange = discount >= MIN_DISCOUNT - STEP_TOLERANCE && discount <= MAX_DISCOUNT + STEP_TOLERANCE;
        if (!inRange || Math.abs(tenths - Math.rint(tenths)) > STEP_TOLERANCE * 10) {
            out.add(new Violation(path + ".SpotDiscountLimit", "R7",
                    "requires 0.1 to 0.9 in steps of 0.1, got " + spec.spotDiscountLimit().get()));
        }
    }

    /** R7: bidding with a price limit means giving one of the two ceilings. */
    static void r7PriceLimitStrategyNeedsALimit(SpotSpec spec, String path, List<Violation> out) {
        if (spec.spotStrategyEnum() == SpotStrategy.SPOT_WITH_PRICE_LIMIT
                && !spec.spotPriceLimit().isPresent() && !spec.spotDiscountLimit().isPresent()) {
            out.add(new Violation(path, "R7",
                    "requires SpotPriceLimit or SpotDiscountLimit with SpotWithPriceLimit, got neither"));
        }
    }

    /** R8: SpotDiscountLimit and SpotPriceLimit cannot both be given. */
    static void r8OneLimitOnly(SpotSpec spec, String path, List<Violation> out) {
        if (spec.spotPriceLimit().isPresent() && spec.spotDiscountLimit().isPresent()) {
            out.add(new Violation(path, "R8", "allows SpotPriceLimit or SpotDiscountLimit, not both; got SpotPriceLimit "
                    + spec.spotPriceLimit().get() + " and SpotDiscountLimit " + spec.spotDiscountLimit().get()));
        }
    }
}

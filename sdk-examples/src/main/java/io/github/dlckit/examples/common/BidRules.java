package io.github.dlckit.examples.common;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How the examples choose a bid. The trade-off: a bid just at the price gets an instance now but loses it at the
 * first uptick (R16, R17); a bid with a margin above the price rides out small moves and still pays only the market
 * price (R22) — the bid is a ceiling, not the price. Paying more than on demand never makes sense.
 */
public final class BidRules {

    private static final BigDecimal PRICE_STEP = new BigDecimal("0.0001");
    private static final BigDecimal DISCOUNT_STEP = new BigDecimal("0.1");
    private static final BigDecimal LOWEST_DISCOUNT = new BigDecimal("0.1");
    private static final BigDecimal HIGHEST_DISCOUNT = new BigDecimal("0.9");

    private BidRules() {
    }

    /**
     * A general-purpose price bid: {@code price × (1 + margin)}, rounded up to 0.0001 CNY, at most {@code ceiling}.
     *
     * @param price the market price now (or the last bid, when raising it)
     * @param margin e.g. 0.2 for 20 % above
     * @param ceiling the highest bid: the on-demand price, which is also the top of the market range (R10)
     * @return the bid, CNY per instance-minute
     */
    public static BigDecimal priceBid(BigDecimal price, BigDecimal margin, BigDecimal ceiling) {
        BigDecimal bid = price.multiply(BigDecimal.ONE.add(margin)).divide(PRICE_STEP, 0, RoundingMode.CEILING)
                .multiply(PRICE_STEP);
        return bid.min(ceiling);
    }

    /**
     * A Lingjun discount bid: the average price as a fraction of the original price, plus the margin, rounded up to
     * the next 0.1 and kept within 0.1 to 0.9 (R7).
     *
     * @param average the trailing average price now
     * @param onDemand the original price
     * @param margin e.g. 0.2 for 20 % above
     * @return the discount limit
     */
    public static BigDecimal discountBid(BigDecimal average, BigDecimal onDemand, BigDecimal margin) {
        BigDecimal fraction = average.multiply(BigDecimal.ONE.add(margin)).divide(onDemand, 6, RoundingMode.CEILING);
        BigDecimal bid = fraction.divide(DISCOUNT_STEP, 0, RoundingMode.CEILING).multiply(DISCOUNT_STEP);
        return bid.max(LOWEST_DISCOUNT).min(HIGHEST_DISCOUNT);
    }
}

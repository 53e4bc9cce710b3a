package io.github.dlckit.mock.engine.market;

import java.math.BigDecimal;

/**
 * One point of a scripted market trace: at {@code afterSeconds} after the trace is loaded, set whichever of
 * market price, average price and capacity it gives. Loading a trace pins the pool (M16).
 *
 * @param afterSeconds when, relative to loading; not negative
 * @param marketPrice the market price to set, or null
 * @param averagePrice the average price to set (and pin), or null
 * @param capacity the capacity to set, or null
 */
public record TracePoint(long afterSeconds, BigDecimal marketPrice, BigDecimal averagePrice, Integer capacity) {

    /** Validates what does not depend on the pool. */
    public TracePoint {
        Checks.requireNonNegative("afterSeconds", afterSeconds);
        if (marketPrice == null && averagePrice == null && capacity == null) {
            throw new IllegalArgumentException("trace point at " + afterSeconds
                    + " s sets nothing: give marketPrice, averagePrice or capacity");
        }
        if (capacity != null) {
            Checks.requireNonNegative("capacity", capacity);
        }
    }

    /**
     * @param afterSeconds when, relative to loading
     * @param marketPrice the market price
     * @return a point that sets the market price
     */
    public static TracePoint marketPrice(long afterSeconds, BigDecimal marketPrice) {
        return new TracePoint(afterSeconds, marketPrice, null, null);
    }

    /**
     * @param afterSeconds when, relative to loading
     * @param averagePrice the average price
     * @return a point that sets and pins the average price
     */
    public static TracePoint averagePrice(long afterSeconds, BigDecimal averagePrice) {
        return new TracePoint(afterSeconds, null, averagePrice, null);
    }

    /**
     * @param afterSeconds when, relative to loading
     * @param capacity the capacity
     * @return a point that sets the capacity
     */
    public static TracePoint capacity(long afterSeconds, int capacity) {
        return new TracePoint(afterSeconds, null, null, capacity);
    }

    /** @return this point as a pool update, its prices still to be checked against the pool's range */
    PoolUpdate toUpdate() {
        return toUpdate(marketPrice, averagePrice);
    }

    /** @return this point as a pool update, its prices clamped into {@code [min, max]} */
    PoolUpdate toUpdateWithin(BigDecimal min, BigDecimal max) {
        return toUpdate(marketPrice == null ? null : Prices.clamp(marketPrice, min, max),
                averagePrice == null ? null : Prices.clamp(averagePrice, min, max));
    }

    private PoolUpdate toUpdate(BigDecimal market, BigDecimal average) {
        PoolUpdate update = PoolUpdate.of();
        if (market != null) {
            update.marketPrice(market);
        }
        if (average != null) {
            update.averagePrice(average);
        }
        if (capacity != null) {
            update.capacity(capacity);
        }
        return update;
    }
}

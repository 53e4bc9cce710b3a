package io.github.dlckit.mock.engine.market;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * M3: the time-weighted mean of the market price over a trailing window, kept as an exact running integral
 * over {@code [max(poolStart, now − window), now]} (add what is new, subtract what left the window), so each
 * update costs O(log n) whatever the window length. Before the pool has existed for a whole window, the mean is
 * over its life so far.
 */
final class TrailingAverage {

    private final PriceHistory history;
    private long window;
    private final long poolStart;
    private long windowStart;
    private long windowEnd;
    private BigDecimal integral = BigDecimal.ZERO;

    TrailingAverage(PriceHistory history, long windowNanos, long poolStart) {
        this.history = history;
        this.window = windowNanos;
        this.poolStart = poolStart;
        this.windowStart = poolStart;
        this.windowEnd = poolStart;
    }

    /** M3: a new window length from now on (the integral is recomputed over the new window). */
    void window(long windowNanos, long now) {
        this.window = windowNanos;
        this.windowStart = Math.max(poolStart, now - window);
        this.windowEnd = now;
        this.integral = history.integral(windowStart, now);
    }

    /** @return the start of the window: the history before it is not needed by the average */
    long windowStart() {
        return windowStart;
    }

    /** @return the mean market price over the window ending now, rounded half-even to 6 decimals */
    BigDecimal m3TimeWeightedMean(long now) {
        integral = integral.add(history.integral(windowEnd, now));
        windowEnd = now;
        long start = Math.max(poolStart, now - window);
        if (start > windowStart) {
            integral = integral.subtract(history.integral(windowStart, start));
            windowStart = start;
        }
        if (windowEnd == windowStart) {
            return history.current();
        }
        return integral.divide(TimeBase.seconds(windowEnd - windowStart), Prices.SCALE, RoundingMode.HALF_EVEN);
    }
}

package io.github.dlckit.mock.engine.market;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * M3: the time-weighted mean of the market price over a trailing window, kept as an exact running integral
 * over {@code [max(poolStart, now − window), now]} (add what is new, subtract what left the window), so each
 * update costs O(log n) whatever the window length. Before the pool has existed for a whole window, the mean is
 * over its life so far.
 *
 * <p>The integral is kept in a long (micro-CNY/min × milliseconds) while every price in the window is a whole
 * number of millionths and every boundary a whole millisecond — always so for M2's ticks — and as a BigDecimal
 * otherwise; both give the same mean to the last digit (half-even at 6 decimals), the long one without
 * allocating (an idle mock computes this mean 8 times a virtual minute).
 */
final class TrailingAverage {

    private static final long NANOS_PER_MILLI = 1_000_000;

    private final PriceHistory history;
    private long window;
    private final long poolStart;
    private long windowStart;
    private long windowEnd;
    /** The integral in micro-CNY/min × ms, or NOT_EXACT while {@link #integral} holds it. */
    private long exact;
    private BigDecimal integral;

    TrailingAverage(PriceHistory history, long windowNanos, long poolStart) {
        this.history = history;
        this.window = windowNanos;
        this.poolStart = poolStart;
        this.windowStart = poolStart;
        this.windowEnd = poolStart;
        this.exact = poolStart % NANOS_PER_MILLI == 0 ? 0 : PriceHistory.NOT_EXACT;
        this.integral = BigDecimal.ZERO;
    }

    /** M3: a new window length from now on (the integral is recomputed over the new window). */
    void window(long windowNanos, long now) {
        this.window = windowNanos;
        this.windowStart = Math.max(poolStart, now - window);
        this.windowEnd = now;
        recount();
    }

    /** @return the start of the window: the history before it is not needed by the average */
    long windowStart() {
        return windowStart;
    }

    /** @return the mean market price over the window ending now, rounded half-even to 6 decimals */
    BigDecimal m3TimeWeightedMean(long now) {
        long start = Math.max(poolStart, now - window);
        if (exact != PriceHistory.NOT_EXACT) {
            long added = history.microMillisIntegral(windowEnd, now);
            long dropped = start > windowStart ? history.microMillisIntegral(windowStart, start) : 0;
            windowEnd = now;
            windowStart = Math.max(windowStart, start);
            if (added != PriceHistory.NOT_EXACT && dropped != PriceHistory.NOT_EXACT) {
                exact = exact + added - dropped;
            } else {
                recount();
            }
        } else {
            integral = integral.add(history.integral(windowEnd, now));
            windowEnd = now;
            if (start > windowStart) {
                integral = integral.subtract(history.integral(windowStart, start));
                windowStart = start;
            }
            long candidate = history.microMillisIntegral(windowStart, windowEnd);
            if (candidate != PriceHistory.NOT_EXACT) { // the odd prices or times have left the window
                exact = candidate;
                integral = null;
            }
        }
        if (windowEnd == windowStart) {
            return history.current();
        }
        if (exact != PriceHistory.NOT_EXACT) {
            return halfEvenMicros(exact, (windowEnd - windowStart) / NANOS_PER_MILLI);
        }
        return integral.divide(TimeBase.seconds(windowEnd - windowStart), Prices.SCALE, RoundingMode.HALF_EVEN);
    }

    /** Takes the integral over the current window from the history, as a long if it can be one. */
    private void recount() {
        exact = history.microMillisIntegral(windowStart, windowEnd);
        integral = exact == PriceHistory.NOT_EXACT ? history.integral(windowStart, windowEnd) : null;
    }

    /** @return {@code microMillis ÷ millis} millionths, rounded half-even: the BigDecimal division's result */
    private static BigDecimal halfEvenMicros(long microMillis, long millis) {
        long quotient = Math.floorDiv(microMillis, millis);
        long twiceRemainder = 2 * Math.floorMod(microMillis, millis);
        if (twiceRemainder > millis || twiceRemainder == millis && (quotient & 1) == 1) {
            quotient++;
        }
        return BigDecimal.valueOf(quotient, Prices.SCALE);
    }
}

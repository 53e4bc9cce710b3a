package io.github.dlckit.mock.engine.market;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * A pool's market price over time: a step function kept as parallel arrays (compact: the benchmark's 200 pools
 * tick 288 000 times a day). Billing (M13) and the average price (M3) both read it, so they agree.
 * Points are appended at non-decreasing times; a change at the same instant as the last point replaces it.
 */
final class PriceHistory {

    /** Receives the constant-price segments overlapping a time range. */
    interface SegmentVisitor {
        void visit(long start, long end, BigDecimal price);
    }

    /** {@link #microMillisIntegral}'s answer when the integral is not a whole number of micro-CNY·ms. */
    static final long NOT_EXACT = Long.MIN_VALUE;
    private static final long NANOS_PER_MILLI = 1_000_000;

    private long[] times = new long[16];
    private BigDecimal[] prices = new BigDecimal[16];
    /** Each price in millionths of a CNY, or {@link #NOT_EXACT} when it has more decimals. */
    private long[] micros = new long[16];
    private int size;

    PriceHistory(long start, BigDecimal price) {
        times[0] = start;
        prices[0] = price;
        micros[0] = microsOf(price);
        size = 1;
    }

    private static long microsOf(BigDecimal price) {
        try {
            return price.movePointRight(Prices.SCALE).longValueExact();
        } catch (ArithmeticException notWholeMillionths) {
            return NOT_EXACT;
        }
    }

    BigDecimal current() {
        return prices[size - 1];
    }

    /**
     * @return whether the price changed (an equal price adds no point, so it starts no new billing segment)
     */
    boolean record(long at, BigDecimal price) {
        int last = size - 1;
        if (at < times[last]) {
            throw new IllegalStateException("price history cannot go back from " + times[last] + " to " + at);
        }
        if (price.compareTo(prices[last]) == 0) {
            return false;
        }
        if (at == times[last] && size > 1 && price.compareTo(prices[last - 1]) == 0) {
            size--; // changed and changed back within one instant: nothing happened
        } else if (at == times[last]) {
            prices[last] = price;
            micros[last] = microsOf(price);
        } else {
            if (size == times.length) {
                times = Arrays.copyOf(times, size * 2);
                prices = Arrays.copyOf(prices, size * 2);
                micros = Arrays.copyOf(micros, size * 2);
            }
            times[size] = at;
            prices[size] = price;
            micros[size] = microsOf(price);
            size++;
        }
        return true;
    }

    /** Visits the segments of positive length overlapping {@code [from, to)}, oldest first. */
    void forEachSegment(long from, long to, SegmentVisitor visitor) {
        for (int i = indexAt(from); i < size && times[i] < to; i++) {
            long start = Math.max(from, times[i]);
            long end = i + 1 < size ? Math.min(to, times[i + 1]) : to;
            if (end > start) {
                visitor.visit(start, end, prices[i]);
            }
        }
    }

    /** @return the exact ∫ price dt over {@code [from, to)}, in CNY/min × seconds */
    BigDecimal integral(long from, long to) {
        BigDecimal[] sum = {BigDecimal.ZERO};
        forEachSegment(from, to, (start, end, price) -> sum[0] = sum[0].add(price.multiply(TimeBase.seconds(end - start))));
        return sum[0];
    }

    /**
     * The same integral as {@link #integral} in primitive arithmetic, for M3's running mean at every tick: exact
     * when every price over the range is a whole number of millionths and every boundary a whole millisecond
     * (always so for M2's moves on the tick grid).
     *
     * @return ∫ price dt over {@code [from, to)} in micro-CNY/min × milliseconds, or {@link #NOT_EXACT}
     */
    long microMillisIntegral(long from, long to) {
        if (from % NANOS_PER_MILLI != 0 || to % NANOS_PER_MILLI != 0) {
            return NOT_EXACT;
        }
        long sum = 0;
        for (int i = indexAt(from); i < size && times[i] < to; i++) {
            long start = Math.max(from, times[i]);
            long end = i + 1 < size ? Math.min(to, times[i + 1]) : to;
            if (end > start) {
                if (micros[i] == NOT_EXACT || start % NANOS_PER_MILLI != 0 || end % NANOS_PER_MILLI != 0) {
                    return NOT_EXACT;
                }
                try {
                    sum = Math.addExact(sum, Math.multiplyExact(micros[i], (end - start) / NANOS_PER_MILLI));
                } catch (ArithmeticException beyondALong) {
                    return NOT_EXACT; // the BigDecimal path counts it
                }
            }
        }
        return sum;
    }

    /**
     * M31 retention: forgets the points before the one in force at {@code t}, so memory stays flat however long
     * the mock runs. Readers must not ask about times before {@code t} afterwards.
     */
    void forgetBefore(long t) {
        int first = indexAt(t);
        if (first < 256 && first * 2 < size) { // compact in batches: amortised O(1) per point
            return;
        }
        size -= first;
        System.arraycopy(times, first, times, 0, size);
        System.arraycopy(prices, first, prices, 0, size);
        System.arraycopy(micros, first, micros, 0, size);
        java.util.Arrays.fill(prices, size, size + first, null);
        if (times.length > 64 && size < times.length / 4) {
            times = Arrays.copyOf(times, times.length / 2);
            prices = Arrays.copyOf(prices, prices.length / 2);
            micros = Arrays.copyOf(micros, micros.length / 2);
        }
    }

    /** @return a copy of the points in force during {@code [from, to)}: what a closed holding keeps for its bill */
    PriceHistory slice(long from, long to) {
        int first = indexAt(from);
        PriceHistory copy = new PriceHistory(times[first], prices[first]);
        for (int i = first + 1; i < size && times[i] < to; i++) {
            copy.record(times[i], prices[i]);
        }
        return copy;
    }

    /** @return the index of the point in force at {@code t} (the first one for times before it) */
    private int indexAt(long t) {
        int index = Arrays.binarySearch(times, 0, size, t);
        if (index >= 0) {
            while (index + 1 < size && times[index + 1] == t) {
                index++;
            }
            return index;
        }
        return Math.max(0, -index - 2);
    }
}

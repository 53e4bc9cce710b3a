package io.github.dlckit.mock.engine.market;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * M31: a pool's history, a point at each change of its market price, average price, capacity or allocation,
 * kept for a retention window (30 virtual days by default) and no longer, so an idle mock's memory stays flat.
 * Points are appended at non-decreasing times; a change at the same instant as the last point replaces it.
 */
final class PoolHistory {

    /**
     * One point: the four values in force from {@code time} on.
     *
     * @param time market nanoseconds
     * @param marketPrice CNY per minute
     * @param averagePrice CNY per minute
     * @param capacity instances
     * @param allocated instances held
     */
    record Point(long time, BigDecimal marketPrice, BigDecimal averagePrice, int capacity, int allocated) {
    }

    private Point[] points = new Point[16];
    private int size;

    PoolHistory(Point first) {
        points[0] = first;
        size = 1;
    }

    /** Appends a point when something changed. */
    void record(long now, BigDecimal market, BigDecimal average, int capacity, int allocated) {
        Point last = points[size - 1];
        if (last.marketPrice().compareTo(market) == 0 && last.averagePrice().compareTo(average) == 0
                && last.capacity() == capacity && last.allocated() == allocated) {
            return;
        }
        Point point = new Point(now, market, average, capacity, allocated);
        if (last.time() == now) {
            points[size - 1] = point;
            return;
        }
        if (size == points.length) {
            points = Arrays.copyOf(points, size * 2);
        }
        points[size++] = point;
    }

    /** Forgets the points before the one in force at {@code t} (retention). */
    void forgetBefore(long t) {
        int first = indexAt(t);
        if (first > 0) {
            size -= first;
            System.arraycopy(points, first, points, 0, size);
            Arrays.fill(points, size, size + first, null);
            if (points.length > 64 && size < points.length / 4) {
                points = Arrays.copyOf(points, points.length / 2);
            }
        }
    }

    /**
     * @return the point in force at {@code from} restamped at {@code from} (or the oldest kept point, if later),
     *     then every change up to {@code to} included, in time order
     */
    List<Point> between(long from, long to) {
        List<Point> out = new ArrayList<>();
        int first = indexAt(from);
        Point start = points[first];
        long startTime = Math.max(from, start.time());
        if (startTime > to) {
            return out;
        }
        out.add(new Point(startTime, start.marketPrice(), start.averagePrice(), start.capacity(), start.allocated()));
        for (int i = first + 1; i < size && points[i].time() <= to; i++) {
            out.add(points[i]);
        }
        return out;
    }

    private int indexAt(long t) {
        int low = 0;
        int high = size - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (points[mid].time() <= t) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }
}

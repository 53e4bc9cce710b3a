package io.github.dlckit.mock.engine.market;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * What billing keeps of one pool request's allocation: who, which instances, which price history, when. The bill
 * lines are derived from it when read (M13), so a holding costs the same memory however often the price moved.
 *
 * <p>It reads the pool's own history, shared with every other holding there, until that history is about to be
 * trimmed under it (M31 retention); then it keeps its own copy of the prices of its interval ({@link #freezePrices}).
 * An open holding never needs that: the pool keeps its history back to the oldest open holding.
 */
final class Holding {

    /** Oldest start first: the order in which retention reaches closed holdings. */
    static final Comparator<Holding> OLDEST_FIRST = Comparator.comparingLong(Holding::from);

    private final String jobId;
    private final String ownerId;
    private final PoolKey pool;
    private PriceHistory prices;
    private final List<String> instanceIds;
    private final long from;
    private final long lockedUntil;
    private final BigDecimal lockedPrice;
    private long to = Long.MAX_VALUE;

    /**
     * @param lockedUntil M13 ProtectionPriceLock: until when the price at allocation applies ({@code from} for
     *     no lock)
     */
    Holding(String jobId, String ownerId, PoolKey pool, PriceHistory prices, List<String> instanceIds, long from,
            long lockedUntil) {
        this.jobId = jobId;
        this.ownerId = ownerId;
        this.pool = pool;
        this.prices = prices;
        this.instanceIds = List.copyOf(instanceIds);
        this.from = from;
        this.lockedUntil = lockedUntil;
        this.lockedPrice = prices.current();
    }

    String jobId() {
        return jobId;
    }

    String ownerId() {
        return ownerId;
    }

    PoolKey pool() {
        return pool;
    }

    List<String> instanceIds() {
        return instanceIds;
    }

    long from() {
        return from;
    }

    boolean isOpen() {
        return to == Long.MAX_VALUE;
    }

    /** @return the end of the billed time: the release, or now while still held */
    long until(long now) {
        return isOpen() ? now : to;
    }

    /** Closes the holding at its release. */
    void close(long at) {
        to = at;
    }

    /** M31: the pool's history is trimmed before this holding's end; from now on it keeps its own prices. */
    void freezePrices() {
        prices = prices.slice(from, to);
    }

    /**
     * M13: the constant-price segments billed up to {@code now}: with ProtectionPriceLock, the protected time at
     * the price at allocation (one segment), then each moment's price (R46); without, each moment's price.
     */
    void forEachSegment(long now, PriceHistory.SegmentVisitor visitor) {
        long end = until(now);
        long lockEnd = Math.min(end, lockedUntil);
        if (lockEnd > from) {
            visitor.visit(from, lockEnd, lockedPrice);
        }
        prices.forEachSegment(Math.max(from, lockEnd), end, visitor);
    }
}

package io.github.dlckit.mock.engine.market;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * One pool request of an active demand, as the pool indexes it: waiting in the queue, or holding instances.
 */
final class PoolClaim {

    /** M6 order, then claim order for two claims of one demand in one pool. */
    static final Comparator<PoolClaim> QUEUE_ORDER = Comparator.comparing(PoolClaim::demand, Allocator.m6QueueOrder())
            .thenComparingLong(PoolClaim::sequence);
    /** Lowest bid first: a price rise scans only the holders now below it. */
    static final Comparator<PoolClaim> BID_ORDER = Comparator.comparing(PoolClaim::bidValue)
            .thenComparingLong(PoolClaim::sequence);
    /** Newest allocation first (M7 stock releases). */
    static final Comparator<PoolClaim> NEWEST_FIRST = Comparator
            .comparingLong((PoolClaim claim) -> claim.demand().allocationSequence()).reversed()
            .thenComparingLong(PoolClaim::sequence);

    private final ActiveDemand demand;
    private final SpotPool pool;
    private final PoolRequest request;
    private final long sequence;
    private BigDecimal bidValue;
    private String bidText;
    private List<SpotInstance> instances = List.of();
    private Holding holding;

    PoolClaim(ActiveDemand demand, SpotPool pool, PoolRequest request, long sequence) {
        this.demand = demand;
        this.pool = pool;
        this.request = request;
        this.sequence = sequence;
        this.bidValue = request.bid().valueAt(pool.originalPrice());
    }

    ActiveDemand demand() {
        return demand;
    }

    SpotPool pool() {
        return pool;
    }

    Bid bid() {
        return request.bid();
    }

    int instances() {
        return request.instances();
    }

    long sequence() {
        return sequence;
    }

    /** @return what the bid is worth now, CNY/min (M4) */
    BigDecimal bidValue() {
        return bidValue;
    }

    void revalueBid() {
        bidValue = request.bid().valueAt(pool.originalPrice());
        bidText = null;
    }

    /** @return the bid as M21's messages write it (kept: waiting reasons are re-read at every settlement) */
    String bidText() {
        if (bidText == null) {
            bidText = Prices.fourDecimals(bidValue);
        }
        return bidText;
    }

    List<SpotInstance> heldInstances() {
        return instances;
    }

    Holding holding() {
        return holding;
    }

    void hold(List<SpotInstance> held, Holding billed) {
        this.instances = List.copyOf(held);
        this.holding = billed;
    }
}

package io.github.dlckit.mock.engine.market;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

/** Who gets instances, and in which order (R12, R13, M5, M6). */
final class Allocator {

    private static final Comparator<ActiveDemand> M6_ORDER = Comparator
            .comparingInt((ActiveDemand demand) -> demand.demand().priority()).reversed()
            .thenComparing((ActiveDemand demand) -> demand.demand().submittedAt(), Comparator.<Instant>naturalOrder())
            .thenComparingLong(ActiveDemand::sequence);

    /**
     * M6 BidFirst: the highest effective bid first, as a share of its pool's original price (a job with several
     * pools counts its lowest share); then the PriorityFirst order.
     */
    private static final Comparator<ActiveDemand> BID_FIRST = Comparator
            .comparing(Allocator::lowestBidShare, Comparator.<java.math.BigDecimal>reverseOrder())
            .thenComparing(M6_ORDER);

    private Allocator() {
    }

    private static java.math.BigDecimal lowestBidShare(ActiveDemand demand) {
        java.math.BigDecimal lowest = null;
        for (PoolClaim claim : demand.claims()) {
            java.math.BigDecimal share = claim.bidValue().divide(claim.pool().originalPrice(), 9,
                    java.math.RoundingMode.HALF_EVEN);
            lowest = lowest == null || share.compareTo(lowest) < 0 ? share : lowest;
        }
        return lowest;
    }

    /** M6: higher priority first, then earlier submission, then arrival order. */
    static Comparator<ActiveDemand> m6QueueOrder() {
        return M6_ORDER;
    }

    /**
     * M6, M8: the waiting demands that might fit now, gathered from the pools where something improved (lower
     * price, more capacity, instances freed, a new waiter), in queue order. Each is then tried in turn; one that
     * does not fit is skipped, so it never blocks a smaller one behind it.
     */
    static Collection<ActiveDemand> m6Candidates(List<SpotPool> improvedPools, QueueOrder order) {
        NavigableSet<ActiveDemand> candidates = new TreeSet<>(order == QueueOrder.BID_FIRST ? BID_FIRST : M6_ORDER);
        for (SpotPool pool : improvedPools) {
            int free = pool.free();
            if (free == 0) {
                continue;
            }
            pool.forEachWaitingBidding(pool.priceToMeet(), claim -> { // only the bids that meet the price
                if (claim.instances() <= free) {
                    candidates.add(claim.demand());
                }
            });
        }
        return candidates;
    }

    /**
     * R12 for a whole gang (M5): every pool request's bid meets its price to meet (M17) AND every pool has free
     * capacity for all the instances the demand asks of it. Otherwise the demand keeps waiting (R13).
     */
    static boolean r12BidsAndStockSuffice(ActiveDemand demand) {
        for (PoolClaim claim : demand.claims()) {
            SpotPool pool = claim.pool();
            if (!BidRules.m4BidMeetsPrice(claim.bidValue(), pool.priceToMeet())
                    || demand.instancesIn(pool) > pool.free()) {
                return false;
            }
        }
        return true;
    }
}

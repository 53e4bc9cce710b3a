package io.github.dlckit.mock.engine.market;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Who loses instances, and why (R15–R17, M7). A release always takes the whole demand (the job loses its gang). */
final class ReleasePolicy {

    /** A decision to release (or warn, M9) one demand. */
    record Decision(ActiveDemand demand, ReleaseCause cause, String message) {
    }

    private ReleasePolicy() {
    }

    /**
     * M7, R15: a demand is protected until its protection period ends. A demand holding several pools is
     * protected until the longest of their periods ends, since releasing any instance releases all.
     */
    static boolean m7Protected(ActiveDemand demand, long now) {
        return now < demand.protectedUntil();
    }

    /** R16: a general-purpose holder whose bid is below the current market price. */
    static boolean r16GeneralPurposeBidBelowMarket(PoolClaim claim) {
        return claim.bidValue().compareTo(claim.pool().marketPrice()) < 0;
    }

    /** R17: a Lingjun holder whose bid is below the AVERAGE price (a market spike alone does not release it). */
    static boolean r17LingjunBidBelowAveragePrice(PoolClaim claim) {
        return claim.bidValue().compareTo(claim.pool().averagePrice()) < 0;
    }

    /**
     * R16, R17 (M17 picks which): the unprotected holders of this pool whose bid is now below the price they
     * must meet, lowest bid first. Scans only the holders below that price.
     */
    static List<Decision> priceReleases(SpotPool pool, long now) {
        Set<ActiveDemand> victims = new LinkedHashSet<>();
        for (PoolClaim claim : pool.holdersByBid()) {
            boolean below = pool.key().isLingjun() ? r17LingjunBidBelowAveragePrice(claim)
                    : r16GeneralPurposeBidBelowMarket(claim);
            if (!below) {
                break;
            }
            if (!m7Protected(claim.demand(), now) && !claim.demand().isReleasePending()) {
                victims.add(claim.demand());
            }
        }
        List<Decision> decisions = new ArrayList<>();
        for (ActiveDemand victim : victims) {
            decisions.add(new Decision(victim, ReleaseCause.PRICE, priceMessage(victim, pool)));
        }
        return decisions;
    }

    /**
     * M7, R16, R17 (inventory): while the pool holds more than its capacity, release holders until it fits:
     * unprotected ones first, newest allocation first, then — only if that is not enough — protected ones, newest
     * first. Protection guards against price and competition; when capacity itself is gone, the instances are too,
     * so allocated never exceeds capacity (the invariant the engine guarantees).
     */
    static List<Decision> m7StockReleases(SpotPool pool, long now) {
        int excess = pool.excessOverCapacity();
        List<Decision> decisions = new ArrayList<>();
        if (excess <= 0) {
            return decisions;
        }
        String message = "stock: " + pool.key() + " has capacity " + pool.capacity() + " but " + pool.allocated()
                + " instances allocated; newest unprotected allocations are released first (M7)";
        Set<ActiveDemand> victims = new LinkedHashSet<>();
        for (boolean takeProtected : new boolean[] {false, true}) {
            for (PoolClaim claim : pool.holdersNewestFirst()) {
                ActiveDemand demand = claim.demand();
                if (excess <= 0) {
                    return decisions;
                }
                if (m7Protected(demand, now) == takeProtected && victims.add(demand)) {
                    excess -= demand.instancesIn(pool);
                    decisions.add(new Decision(demand, ReleaseCause.STOCK, message));
                }
            }
        }
        return decisions;
    }

    private static String priceMessage(ActiveDemand victim, SpotPool pool) {
        PoolClaim claim = victim.claims().stream().filter(c -> c.pool() == pool)
                .min(PoolClaim.BID_ORDER).orElseThrow();
        String bid = Prices.format(claim.bidValue());
        if (claim.bid() instanceof Bid.DiscountLimit discount) {
            bid += " (" + discount + " × original price " + Prices.format(pool.originalPrice()) + ")";
        }
        return pool.key().isLingjun()
                ? "bid " + bid + " below average price " + Prices.format(pool.averagePrice()) + " on " + pool.key() + " (R17)"
                : "bid " + bid + " below market price " + Prices.format(pool.marketPrice()) + " on " + pool.key() + " (R16)";
    }
}

package io.github.dlckit.mock.engine.market;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who loses instances, and why (R15–R17, M7). A release always takes the whole demand (the job loses its gang).
 * Protected instances are never released for price or stock (M7); only a requested preemption ignores protection.
 */
final class ReleasePolicy {

    /** A decision to release (or warn, M9) one demand; {@code text} is M10's cause text with its numbers. */
    record Decision(ActiveDemand demand, ReleaseCause cause, String text) {
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
            decisions.add(new Decision(victim, ReleaseCause.PRICE, priceText(lowestClaim(victim, pool))));
        }
        return decisions;
    }

    /**
     * M7 (inventory): while the pool holds more than its capacity, release whole jobs holding UNPROTECTED
     * instances there, newest allocation first, until it fits or no unprotected holder is left. Instances whose
     * release is already announced (M9) count as gone. Protected instances stay: the pool is over-committed until
     * their protection ends (the invariant {@code Allocated − Capacity ≤ protected + announced}).
     */
    static List<Decision> m7StockReleases(SpotPool pool, long now) {
        int excess = pool.excessOverCapacity();
        List<Decision> decisions = new ArrayList<>();
        if (excess <= 0) {
            return decisions;
        }
        for (PoolClaim claim : pool.holdersNewestFirst()) {
            if (claim.demand().isReleasePending()) {
                excess -= claim.demand().instancesIn(pool);
            }
        }
        String text = stockText(pool);
        Set<ActiveDemand> victims = new LinkedHashSet<>();
        for (PoolClaim claim : pool.holdersNewestFirst()) {
            ActiveDemand demand = claim.demand();
            if (excess <= 0) {
                break;
            }
            if (!m7Protected(demand, now) && !demand.isReleasePending() && victims.add(demand)) {
                excess -= demand.instancesIn(pool);
                decisions.add(new Decision(demand, ReleaseCause.STOCK, text));
            }
        }
        return decisions;
    }

    /** M32: the text of a requested preemption, with the numbers of the chosen cause (M10). */
    static String requestText(ActiveDemand demand, ReleaseCause cause) {
        PoolClaim claim = demand.claims().get(0);
        SpotPool pool = claim.pool();
        if (cause == ReleaseCause.STOCK) {
            return " on request (cause Stock): stock of " + pool.key().spec() + " (capacity " + pool.capacity()
                    + ", allocated " + pool.allocated() + ")";
        }
        return " on request (cause Price): " + priceName(pool) + " " + Prices.fourDecimals(BidRules.m17PriceToMeet(pool))
                + ", bid " + Prices.fourDecimals(claim.bidValue()) + " for " + pool.key().spec() + " (CNY per minute)";
    }

    private static PoolClaim lowestClaim(ActiveDemand victim, SpotPool pool) {
        return victim.claims().stream().filter(c -> c.pool() == pool).min(PoolClaim.BID_ORDER).orElseThrow();
    }

    /** M10: {@code : market price 0.0117 is above the bid 0.0110 for ecs.g7.xlarge (CNY per minute)}. */
    private static String priceText(PoolClaim claim) {
        SpotPool pool = claim.pool();
        return ": " + priceName(pool) + " " + Prices.fourDecimals(BidRules.m17PriceToMeet(pool)) + " is above the bid "
                + Prices.fourDecimals(claim.bidValue()) + " for " + pool.key().spec() + " (CNY per minute)";
    }

    /** M10: {@code : insufficient stock of ecs.g7.xlarge (capacity 2, allocated 3)}. */
    private static String stockText(SpotPool pool) {
        return ": insufficient stock of " + pool.key().spec() + " (capacity " + pool.capacity() + ", allocated "
                + pool.allocated() + ")";
    }

    private static String priceName(SpotPool pool) {
        return pool.key().isLingjun() ? "average price" : "market price";
    }
}

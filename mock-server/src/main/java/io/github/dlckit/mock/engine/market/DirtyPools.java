package io.github.dlckit.mock.engine.market;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * M8: the pools to re-evaluate at the next settlement, by what changed. A pool gets a release check when things
 * got worse for holders (price to meet up, capacity down, a protection period over) and an allocation check when
 * things got better for waiters (price to meet down, capacity up, instances freed, a new waiter). Kept in pool
 * order, so that settlements are reproducible.
 */
final class DirtyPools {

    private static final Comparator<SpotPool> POOL_ORDER = Comparator.comparingInt(SpotPool::ordinal);

    private final NavigableSet<SpotPool> forRelease = new TreeSet<>(POOL_ORDER);
    private final NavigableSet<SpotPool> forAllocation = new TreeSet<>(POOL_ORDER);

    void release(SpotPool pool) {
        forRelease.add(pool);
    }

    void allocation(SpotPool pool) {
        forAllocation.add(pool);
    }

    void both(SpotPool pool) {
        release(pool);
        allocation(pool);
    }

    /** Marks by the direction in which the price to meet (M17) moved. */
    void priceMoved(SpotPool pool, BigDecimal priceToMeetBefore) {
        int direction = pool.priceToMeet().compareTo(priceToMeetBefore);
        if (direction > 0) {
            release(pool);
        } else if (direction < 0) {
            allocation(pool);
        }
    }

    List<SpotPool> takeForRelease() {
        return take(forRelease);
    }

    List<SpotPool> takeForAllocation() {
        return take(forAllocation);
    }

    void forget(SpotPool pool) {
        forRelease.remove(pool);
        forAllocation.remove(pool);
    }

    private static List<SpotPool> take(NavigableSet<SpotPool> pools) {
        List<SpotPool> taken = new ArrayList<>(pools);
        pools.clear();
        return taken;
    }
}

package io.github.dlckit.mock.engine.market;

import io.github.dlckit.mock.engine.time.ScheduledEvent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The active demands and their state changes — queue, allocate, mark for release, remove — keeping the pool
 * indexes, counters and billing in step. Decides nothing: {@link Allocator} and {@link ReleasePolicy} decide.
 */
final class DemandBook {

    private final SpotBilling billing;
    private final Map<String, ActiveDemand> byJob = new LinkedHashMap<>();
    private long demandSequence;
    private long claimSequence;
    private long allocationSequence;
    private long instanceSequence;

    DemandBook(SpotBilling billing) {
        this.billing = billing;
    }

    ActiveDemand find(String jobId) {
        return byJob.get(jobId);
    }

    int size() {
        return byJob.size();
    }

    /** Queues a checked demand (R13: it waits until it fits). */
    ActiveDemand queue(Demand demand, Function<PoolKey, SpotPool> pools) {
        ActiveDemand active = new ActiveDemand(demand, ++demandSequence);
        for (PoolRequest request : demand.requests()) {
            PoolClaim claim = new PoolClaim(active, pools.apply(request.pool()), request, ++claimSequence);
            active.claims().add(claim);
        }
        active.claims().forEach(claim -> claim.pool().addWaiting(claim)); // indexed by the whole demand's need
        byJob.put(demand.jobId(), active);
        return active;
    }

    /**
     * M5: hands a waiting demand every instance it asked for, at once; billing starts (M15).
     *
     * @return the instances, pool request by pool request
     */
    List<SpotInstance> allocate(ActiveDemand demand, TimeBase time, long protectedUntil, ScheduledEvent expiry) {
        long now = time.now();
        demand.allocated(now, ++allocationSequence, protectedUntil, expiry);
        List<SpotInstance> all = new ArrayList<>();
        for (PoolClaim claim : demand.claims()) {
            SpotPool pool = claim.pool();
            List<SpotInstance> instances = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < claim.instances(); i++) {
                String id = "i-spot-" + (++instanceSequence);
                ids.add(id);
                instances.add(new SpotInstance(id, pool.key(), time.instantAt(now), pool.marketPrice()));
            }
            pool.removeWaiting(claim);
            claim.hold(instances, billing.open(demand.jobId(), demand.demand().ownerId(), pool, ids, now,
                    protectedUntil));
            pool.addHolder(claim);
            all.addAll(instances);
        }
        return all;
    }

    /** M9: the demand keeps its instances until {@code releaseAt} (or until a capacity loss takes them). */
    void markReleasePending(ActiveDemand demand, long releaseAt, ScheduledEvent release) {
        demand.releasePending(releaseAt, release);
    }

    /**
     * Takes a demand out of the market (withdrawn or released): frees its instances and closes its billing now.
     *
     * @return the pools it was in
     */
    List<SpotPool> remove(ActiveDemand demand, long now) {
        byJob.remove(demand.jobId(), demand);
        boolean holding = demand.isHolding();
        List<SpotPool> pools = new ArrayList<>();
        for (PoolClaim claim : demand.claims()) {
            if (holding) {
                claim.pool().removeHolder(claim);
                claim.holding().close(now);
                claim.pool().billedFromHistory(claim.holding());
                claim.pool().holdersLeft(now);
            } else {
                claim.pool().removeWaiting(claim);
            }
            pools.add(claim.pool());
        }
        demand.leave();
        return pools;
    }
}

package io.github.dlckit.mock.engine.market;

import io.github.dlckit.mock.engine.time.ScheduledEvent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A submitted demand while it is in the market: its claims, its status and its pending events. */
final class ActiveDemand {

    private final Demand demand;
    private final long sequence;
    private final List<PoolClaim> claims = new ArrayList<>();
    private DemandStatus status = DemandStatus.WAITING;
    private boolean gone;
    private long allocatedAt;
    private long allocationSequence;
    private long protectedUntil;
    private long releaseAt;
    private ScheduledEvent protectionExpiry;
    private ScheduledEvent scheduledRelease;
    /** M21: the waiting reason last handed out, whose numbers follow its pool until it stops standing. */
    private WaitingReason reason;
    /** M8: the pending check point per pool where a release of this demand waits for one. */
    private final Map<SpotPool, ScheduledEvent> checkPoints = new HashMap<>();

    ActiveDemand(Demand demand, long sequence) {
        this.demand = demand;
        this.sequence = sequence;
    }

    Demand demand() {
        return demand;
    }

    String jobId() {
        return demand.jobId();
    }

    long sequence() {
        return sequence;
    }

    List<PoolClaim> claims() {
        return claims;
    }

    DemandStatus status() {
        return status;
    }

    boolean isWaiting() {
        return status == DemandStatus.WAITING && !gone;
    }

    boolean isHolding() {
        return status != DemandStatus.WAITING && !gone;
    }

    boolean isReleasePending() {
        return status == DemandStatus.RELEASE_PENDING && !gone;
    }

    /** @return whether it left the market (withdrawn or released) */
    boolean isGone() {
        return gone;
    }

    long allocatedAt() {
        return allocatedAt;
    }

    long allocationSequence() {
        return allocationSequence;
    }

    long protectedUntil() {
        return protectedUntil;
    }

    long releaseAt() {
        return releaseAt;
    }

    /** @return the instances it holds in that pool, over all its claims there */
    int instancesIn(SpotPool pool) {
        int count = 0;
        for (PoolClaim claim : claims) {
            if (claim.pool() == pool) {
                count += claim.instances();
            }
        }
        return count;
    }

    List<SpotInstance> heldInstances() {
        List<SpotInstance> held = new ArrayList<>();
        claims.forEach(claim -> held.addAll(claim.heldInstances()));
        return held;
    }

    /** M21: the reason handed out now; the one before keeps its numbers. */
    void reason(WaitingReason now) {
        fixReason();
        reason = now;
    }

    /** M21: the reason handed out last keeps the numbers of now (it no longer stands, or it is replaced). */
    void fixReason() {
        if (reason != null) {
            reason.fix();
            reason = null;
        }
    }

    void allocated(long at, long sequenceNumber, long protectedUntilTime, ScheduledEvent expiry) {
        fixReason();
        status = DemandStatus.HOLDING;
        allocatedAt = at;
        allocationSequence = sequenceNumber;
        protectedUntil = protectedUntilTime;
        protectionExpiry = expiry;
    }

    void releasePending(long at, ScheduledEvent release) {
        cancel(scheduledRelease); // M32: an earlier requested release replaces a later announced one
        status = DemandStatus.RELEASE_PENDING;
        releaseAt = at;
        scheduledRelease = release;
    }

    /** @return M8: the check point scheduled for a release this demand waits for in that pool, or null */
    ScheduledEvent checkPoint(SpotPool pool) {
        return checkPoints.get(pool);
    }

    /** M8: remembers (or with null forgets) the check point scheduled in that pool. */
    void checkPoint(SpotPool pool, ScheduledEvent event) {
        if (event == null) {
            checkPoints.remove(pool);
        } else {
            cancel(checkPoints.put(pool, event));
        }
    }

    /** Leaves the market; its pending events will not run. */
    void leave() {
        gone = true;
        fixReason();
        cancel(protectionExpiry);
        cancel(scheduledRelease);
        checkPoints.values().forEach(ActiveDemand::cancel);
        checkPoints.clear();
    }

    private static void cancel(ScheduledEvent event) {
        if (event != null) {
            event.cancel();
        }
    }
}

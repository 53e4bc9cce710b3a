package io.github.dlckit.sdk.spot;

import java.util.ArrayList;
import java.util.List;

/**
 * Picks the next placement after a preemption or a wait that lasted too long: the policy's fallbacks for the
 * situation, with {@link Fallback#NEXT_REGION} placed by the region strategy, and the first possible one wins.
 * A pure function of the policy and the current placement.
 */
final class FallbackChooser {

    /** What ended the attempt. */
    enum Trigger {
        PREEMPTED, WAIT_TIMED_OUT
    }

    /** A fallback and where it leads; {@code GIVE_UP} leads nowhere. */
    static final class Choice {
        final Fallback fallback;
        final Placement placement;

        Choice(Fallback fallback, Placement placement) {
            this.fallback = fallback;
            this.placement = placement;
        }
    }

    private final SpotPolicy policy;
    private final int regions;
    private final int types;

    /**
     * @param policy the policy
     * @param regions how many regions the runner has
     * @param types how many instance types there are (the request's own and the policy's fallbacks)
     */
    FallbackChooser(SpotPolicy policy, int regions, int types) {
        this.policy = policy;
        this.regions = regions;
        this.types = types;
    }

    /**
     * @param trigger what ended the attempt
     * @param current where it ran
     * @param bidCanRise whether the bid at {@code current} can rise one more step
     * @return the fallback taken; {@code GIVE_UP} when the policy says so or nothing is possible
     */
    Choice next(Trigger trigger, Placement current, boolean bidCanRise) {
        boolean eager = trigger == Trigger.PREEMPTED && policy.regionStrategy() == RegionStrategy.NEXT_REGION_FIRST;
        for (Fallback fallback : order(trigger, eager)) {
            Placement next = apply(fallback, current, bidCanRise, eager);
            if (fallback == Fallback.GIVE_UP || next != null) {
                return new Choice(fallback, next);
            }
        }
        return new Choice(Fallback.GIVE_UP, null);
    }

    private List<Fallback> order(Trigger trigger, boolean eager) {
        List<Fallback> listed = trigger == Trigger.PREEMPTED ? policy.onPreemption() : policy.onWaitTimeout();
        List<Fallback> order = new ArrayList<>();
        if (eager) {
            order.add(Fallback.NEXT_REGION);
        }
        for (Fallback f : listed) {
            if (!(eager && f == Fallback.NEXT_REGION)) {
                order.add(f);
            }
        }
        if (!order.contains(Fallback.NEXT_REGION)) {
            order.add(Fallback.NEXT_REGION);
        }
        return order;
    }

    /** @return where the fallback leads, or null when it is not possible from {@code at} */
    private Placement apply(Fallback fallback, Placement at, boolean bidCanRise, boolean wrapRegions) {
        switch (fallback) {
            case SAME_BID:
                return at;
            case RAISE_BID:
                return bidCanRise ? new Placement(at.region, at.type, at.raises + 1) : null;
            case NEXT_INSTANCE_TYPE:
                return at.type + 1 < types ? new Placement(at.region, at.type + 1, 0) : null;
            case NEXT_REGION:
                if (regions > 1 && (wrapRegions || at.region + 1 < regions)) {
                    return new Placement((at.region + 1) % regions, 0, 0);
                }
                return null;
            default:
                return null;
        }
    }
}

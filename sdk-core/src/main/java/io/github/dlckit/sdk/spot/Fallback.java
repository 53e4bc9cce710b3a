package io.github.dlckit.sdk.spot;

/**
 * What the runner tries after a preemption or a wait that lasted too long. A policy lists them per situation; the
 * first one that is possible is taken, and when none is, the run gives up.
 */
public enum Fallback {
    /** Submit again with the same region, instance type and bid. Always possible. */
    SAME_BID,
    /**
     * Submit again with every spot role's bid one step higher: {@code SpotPriceLimit} by the policy's price step,
     * {@code SpotDiscountLimit} by 0.1 (R7). Not possible once the bid is at the policy's cap or at the top of the
     * market range the policy knows for the type (R10).
     */
    RAISE_BID,
    /** Submit with the next instance type of the policy's list, at the first bid. Not possible at the list's end. */
    NEXT_INSTANCE_TYPE,
    /**
     * Submit in the next region of the runner's list, with the first instance type and bid. Not possible with one
     * region, nor (under {@link RegionStrategy#SAME_REGION_FIRST}) at the list's end.
     */
    NEXT_REGION,
    /** Stop trying. */
    GIVE_UP
}

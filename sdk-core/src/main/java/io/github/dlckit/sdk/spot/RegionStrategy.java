package io.github.dlckit.sdk.spot;

/**
 * Where {@link Fallback#NEXT_REGION} stands among a policy's fallbacks, after SkyPilot's two recovery strategies
 * for managed spot jobs.
 */
public enum RegionStrategy {
    /**
     * Like SkyPilot's {@code FAILOVER}: stay in the region while the listed fallbacks allow it; move to the next
     * region only when none is possible. Each region is tried once, in the list's order.
     */
    SAME_REGION_FIRST,
    /**
     * Like SkyPilot's {@code EAGER_NEXT_REGION}: after a preemption, move to the next region before anything
     * else (a region that just lost capacity is likely to lose it again), wrapping round the list. Waits that
     * last too long are handled as under {@link #SAME_REGION_FIRST}.
     */
    NEXT_REGION_FIRST
}

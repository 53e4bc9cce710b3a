package io.github.dlckit.mock.engine.market;

import io.github.dlckit.model.ResourceType;

/**
 * Identifies a pool (M1): a region, a resource type ({@link ResourceType#ECS} for general-purpose computing or
 * {@link ResourceType#LINGJUN}) and a spec name such as {@code ecs.g7.xlarge}.
 *
 * @param region the region id, e.g. {@code cn-hangzhou}
 * @param resourceType ECS or LINGJUN (R1)
 * @param spec the instance type, e.g. {@code ecs.g7.xlarge}
 */
public record PoolKey(String region, ResourceType resourceType, String spec) {

    /** Validates the fields. */
    public PoolKey {
        Checks.requireText("region", region);
        Checks.requireText("spec", spec);
        if (resourceType != ResourceType.ECS && resourceType != ResourceType.LINGJUN) {
            throw new IllegalArgumentException("resourceType must be ECS or LINGJUN (R1), got " + resourceType);
        }
    }

    /**
     * @param region the region id
     * @param spec the spec name
     * @return a general-purpose (ECS) pool key
     */
    public static PoolKey ecs(String region, String spec) {
        return new PoolKey(region, ResourceType.ECS, spec);
    }

    /**
     * @param region the region id
     * @param spec the spec name
     * @return a Lingjun pool key
     */
    public static PoolKey lingjun(String region, String spec) {
        return new PoolKey(region, ResourceType.LINGJUN, spec);
    }

    /** @return whether this is a Lingjun pool (bids meet the average price, M17) */
    public boolean isLingjun() {
        return resourceType == ResourceType.LINGJUN;
    }

    /** @return {@code region/TYPE/spec}, stable: it also seeds the pool's random stream (M2) */
    @Override
    public String toString() {
        return region + "/" + resourceType.name() + "/" + spec;
    }
}

package io.github.dlckit.mock.engine.market;

import io.github.dlckit.model.ResourceType;

import java.util.List;

/** R2: where preemptible resources exist. A pool (and so a spot job) elsewhere is refused. */
public final class SpotRegions {

    /** Regions with Lingjun preemptible resources (R2). */
    public static final List<String> LINGJUN = List.of("cn-wulanchabu", "ap-southeast-1");
    /** Regions with general-purpose preemptible resources (R2). */
    public static final List<String> GENERAL_PURPOSE = List.of(
            "cn-beijing", "cn-shanghai", "cn-hangzhou", "cn-shenzhen", "cn-wulanchabu", "cn-guangzhou");

    private SpotRegions() {
    }

    /**
     * R2.
     *
     * @param region a region id
     * @param resourceType ECS or LINGJUN
     * @return whether that region offers preemptible resources of that type
     */
    public static boolean r2OffersSpot(String region, ResourceType resourceType) {
        return (resourceType == ResourceType.LINGJUN ? LINGJUN : GENERAL_PURPOSE).contains(region);
    }
}

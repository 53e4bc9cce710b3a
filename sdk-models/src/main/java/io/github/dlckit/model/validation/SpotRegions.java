package io.github.dlckit.model.validation;

import io.github.dlckit.model.JobType;
import io.github.dlckit.model.ResourceType;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.TreeSet;
import java.util.Set;

/** Where preemptible resources exist and which frameworks they take, as the seed document lists them (R2, R3). */
public final class SpotRegions {

    /** R2: regions with Lingjun preemptible resources (Ulanqab, Singapore); sorted. */
    public static final Set<String> LINGJUN = unmodifiable("cn-wulanchabu", "ap-southeast-1");

    /** R2: regions with general-purpose preemptible resources. */
    public static final Set<String> GENERAL_PURPOSE = unmodifiable(
            "cn-beijing", "cn-shanghai", "cn-hangzhou", "cn-shenzhen", "cn-wulanchabu", "cn-guangzhou");

    private SpotRegions() {
    }

    /**
     * R2: whether preemptible resources of a type exist in a region.
     *
     * @param type ECS or Lingjun
     * @param region a region id such as {@code cn-hangzhou}
     * @return true where the seed document lists the pair
     */
    public static boolean offers(ResourceType type, String region) {
        switch (type) {
            case LINGJUN:
                return LINGJUN.contains(region);
            case ECS:
                return GENERAL_PURPOSE.contains(region);
            default:
                return false;
        }
    }

    /**
     * R3: the frameworks a preemptible job of a resource type may use.
     *
     * @param type ECS or Lingjun
     * @return PyTorchJob and MPIJob for Lingjun, PyTorchJob for general-purpose, none otherwise
     */
    public static Set<JobType> frameworks(ResourceType type) {
        switch (type) {
            case LINGJUN:
                return Collections.unmodifiableSet(EnumSet.of(JobType.PYTORCH_JOB, JobType.MPI_JOB));
            case ECS:
                return Collections.unmodifiableSet(EnumSet.of(JobType.PYTORCH_JOB));
            default:
                return Collections.emptySet();
        }
    }

    private static Set<String> unmodifiable(String... regions) {
        return Collections.unmodifiableSet(new TreeSet<>(Arrays.asList(regions)));
    }
}

package io.github.dlckit.model.validation;

import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.model.CreateJobRequestUserVpc;
import io.github.dlckit.model.JobSettings;
import io.github.dlckit.model.JobSpec;
import io.github.dlckit.model.JobType;
import io.github.dlckit.model.ResourceType;
import io.github.dlckit.model.SpotSpec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks a spot {@link CreateJobRequest} offline against the rules that depend on where it runs: the region
 * (R2), the framework (R3), AIMaster fault tolerance (R4), the bid type per resource type (R9), the price range
 * (R10, when you supply the ranges) and the VPC of Lingjun jobs (R11). The service enforces these itself; this
 * helper lets a test or a CI step catch them without a call.
 *
 * <pre>{@code
 * List<Violation> problems = SpotPlacementCheck.forRegion("cn-hangzhou").check(request);
 * }</pre>
 *
 * <p>The resource type of a role comes from its {@code EcsSpec}: by default {@code ecs.*} instance types are
 * general-purpose and {@code ml.*} are Lingjun ({@link #guessResourceType}); pass the result of
 * {@code ListEcsSpecs} through {@link #resourceTypes(Function)} to be exact.
 */
public final class SpotPlacementCheck {

    private final String region;
    private Function<String, ResourceType> resourceTypeOf = SpotPlacementCheck::guessResourceType;
    private final Map<String, double[]> priceRanges = new HashMap<>();

    private SpotPlacementCheck(String region) {
        this.region = region;
    }

    /**
     * A check for jobs submitted in a region.
     *
     * @param region the region id, e.g. {@code cn-wulanchabu}
     * @return the check
     */
    public static SpotPlacementCheck forRegion(String region) {
        return new SpotPlacementCheck(region);
    }

    /**
     * Says which resource type each instance type is.
     *
     * @param resourceTypeOf maps an {@code EcsSpec} to its resource type
     * @return this check
     */
    public SpotPlacementCheck resourceTypes(Function<String, ResourceType> resourceTypeOf) {
        this.resourceTypeOf = resourceTypeOf;
        return this;
    }

    /**
     * Gives the market price range of an instance type, which enables R10 for it.
     *
     * @param ecsSpec the instance type
     * @param minPrice the lowest market price, CNY per minute
     * @param maxPrice the highest market price, CNY per minute
     * @return this check
     */
    public SpotPlacementCheck priceRange(String ecsSpec, double minPrice, double maxPrice) {
        priceRanges.put(ecsSpec, new double[] {minPrice, maxPrice});
        return this;
    }

    /**
     * The default guess of a resource type from an instance type's name.
     *
     * @param ecsSpec an instance type such as {@code ecs.g7.xlarge} or {@code ml.gu7xf.8xlarge-gu108}
     * @return ECS for {@code ecs.*}, LINGJUN for {@code ml.*}, UNKNOWN otherwise
     */
    public static ResourceType guessResourceType(String ecsSpec) {
        if (ecsSpec == null) {
            return ResourceType.UNKNOWN;
        }
        if (ecsSpec.startsWith("ecs.")) {
            return ResourceType.ECS;
        }
        return ecsSpec.startsWith("ml.") ? ResourceType.LINGJUN : ResourceType.UNKNOWN;
    }

    /**
     * Every placement rule the request breaks.
     *
     * @param request a CreateJob request
     * @return the violations, empty when none
     */
    public List<Violation> check(CreateJobRequest request) {
        List<Violation> out = new ArrayList<>();
        boolean anyLingjun = false;
        boolean anyGeneralPurposeSpot = false;
        for (int i = 0; i < request.jobSpecs().size(); i++) {
            JobSpec spec = request.jobSpecs().get(i);
            ResourceType type = resourceTypeOf.apply(spec.ecsSpec().orElse(null));
            anyLingjun |= type == ResourceType.LINGJUN;
            if (!isSpot(spec) || type == ResourceType.UNKNOWN) {
                continue;
            }
            anyGeneralPurposeSpot |= type == ResourceType.ECS;
            String path = "JobSpecs[" + i + "]";
            r2RegionOffersSpot(type, path, out);
            r3FrameworkSupported(type, request.jobTypeEnum(), request.jobType().orElse("none"), out);
            if (spec.spotSpec().isPresent()) {
                r9BidTypeMatchesResourceType(type, spec.spotSpec().get(), path + ".SpotSpec", out);
                r10PriceLimitInMarketRange(spec, path + ".SpotSpec.SpotPriceLimit", out);
            }
        }
        if (anyGeneralPurposeSpot) {
            r4FaultToleranceOnlyOnLingjun(request.settings(), out);
        }
        if (anyLingjun) {
            r11LingjunNeedsUserVpc(request.userVpc(), out);
        }
        return dedupe(out);
    }

    /**
     * Throws when the request breaks a placement rule.
     *
     * @param request a CreateJob request
     * @throws ValidationException listing every broken rule
     */
    public void validate(CreateJobRequest request) {
        List<Violation> violations = check(request);
        if (!violations.isEmpty()) {
            throw new ValidationException("CreateJob request for " + region, violations);
        }
    }

    static boolean isSpot(JobSpec spec) {
        @SuppressWarnings("deprecation")
        boolean legacy = spec.useSpotInstance().orElse(false);
        return legacy || spec.spotSpec().map(s -> s.spotStrategy().isPresent()).orElse(false);
    }

    /** R2: the region offers preemptible resources of this type. */
    void r2RegionOffersSpot(ResourceType type, String path, List<Violation> out) {
        if (!SpotRegions.offers(type, region)) {
            out.add(new Violation(path + ".EcsSpec", "R2", "requires a region with " + type.wireValue()
                    + " preemptible resources (" + String.join(", ", type == ResourceType.LINGJUN
                    ? SpotRegions.LINGJUN : SpotRegions.GENERAL_PURPOSE) + "), got " + region));
        }
    }

    /** R3: Lingjun spot jobs are PyTorchJob or MPIJob; general-purpose ones PyTorchJob only. */
    static void r3FrameworkSupported(ResourceType type, JobType jobType, String given, List<Violation> out) {
        if (!SpotRegions.frameworks(type).contains(jobType)) {
            StringBuilder allowed = new StringBuilder();
            for (JobType t : SpotRegions.frameworks(type)) {
                allowed.append(allowed.length() == 0 ? "" : " or ").append(t.wireValue());
            }
            out.add(new Violation("JobType", "R3", "requires " + allowed + " for " + type.wireValue()
                    + " preemptible resources, got " + given));
        }
    }

    /** R4: AIMaster fault tolerance is not supported on general-purpose preemptible resources. */
    static void r4FaultToleranceOnlyOnLingjun(Optional<JobSettings> settings, List<Violation> out) {
        if (settings.flatMap(JobSettings::enableErrorMonitoringInAiMaster).orElse(false)) {
            out.add(new Violation("Settings.EnableErrorMonitoringInAIMaster", "R4",
                    "requires Lingjun resources: automatic fault tolerance is not supported on general-purpose "
                            + "preemptible resources, got true"));
        }
    }

    /** R9: SpotDiscountLimit is only for Lingjun, and Lingjun takes only discount bids. */
    static void r9BidTypeMatchesResourceType(ResourceType type, SpotSpec spot, String path, List<Violation> out) {
        if (type == ResourceType.ECS && spot.spotDiscountLimit().isPresent()) {
            out.add(new Violation(path + ".SpotDiscountLimit", "R9",
                    "is valid only for Lingjun resources; bid with SpotPriceLimit on general-purpose resources, got "
                            + spot.spotDiscountLimit().get()));
        }
        if (type == ResourceType.LINGJUN && spot.spotPriceLimit().isPresent()) {
            out.add(new Violation(path + ".SpotPriceLimit", "R9",
                    "is not accepted on Lingjun resources, which support only SpotDiscountLimit, got "
                            + spot.spotPriceLimit().get()));
        }
    }

    /** R10: a price limit lies within the instance type's market price range. */
    void r10PriceLimitInMarketRange(JobSpec spec, String path, List<Violation> out) {
        double[] range = priceRanges.get(spec.ecsSpec().orElse(""));
        Optional<Float> limit = spec.spotSpec().flatMap(SpotSpec::spotPriceLimit);
        if (range != null && limit.isPresent() && (limit.get() < range[0] || limit.get() > range[1])) {
            out.add(new Violation(path, "R10", "requires a price within the market range " + range[0] + " to "
                    + range[1] + " CNY per minute of " + spec.ecsSpec().get() + ", got " + limit.get()));
        }
    }

    /** R11: jobs on Lingjun resources name their VPC, vSwitch and security group. */
    static void r11LingjunNeedsUserVpc(Optional<CreateJobRequestUserVpc> vpc, List<Violation> out) {
        boolean complete = vpc.isPresent() && vpc.get().vpcId().isPresent() && vpc.get().switchId().isPresent()
                && vpc.get().securityGroupId().isPresent();
        if (!complete) {
            out.add(new Violation("UserVpc", "R11", "requires VpcId, SwitchId and SecurityGroupId for jobs on "
                    + "Lingjun resources, got " + vpc.map(v -> "an incomplete UserVpc").orElse("none")));
        }
    }

    private static List<Violation> dedupe(List<Violation> all) {
        Map<String, Violation> unique = new java.util.LinkedHashMap<>();
        for (Violation v : all) {
            unique.putIfAbsent(v.toString(), v);
        }
        return new ArrayList<>(unique.values());
    }
}

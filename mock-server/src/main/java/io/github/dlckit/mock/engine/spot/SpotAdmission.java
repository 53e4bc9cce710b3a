package io.github.dlckit.mock.engine.spot;

import io.github.dlckit.mock.engine.Caller;
import io.github.dlckit.mock.engine.EngineException;
import io.github.dlckit.mock.engine.ErrorKind;
import io.github.dlckit.mock.engine.job.JobAdmissionRule;
import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.model.CreateJobRequestUserVpc;
import io.github.dlckit.model.ElasticSpotSpec;
import io.github.dlckit.model.JobSettings;
import io.github.dlckit.model.JobSpec;
import io.github.dlckit.model.ResourceType;
import io.github.dlckit.model.SpotSpec;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The service's side of every rule that can refuse a spot job at CreateJob (R2–R4, R6–R11), checked before the
 * job is stored. Each rule is one method named after it; a refusal is a 400 whose message starts with the rule
 * number and names the field and the value. This is deliberately not the SDK's client-side validator: the
 * contract tests send invalid jobs with client validation off, so a wrong rule here cannot agree with itself.
 */
public final class SpotAdmission implements JobAdmissionRule {

    /** R2: where each kind of preemptible resource exists. */
    private static final Map<ResourceType, Set<String>> REGIONS = Map.of(
            ResourceType.LINGJUN, Set.of("cn-wulanchabu", "ap-southeast-1"),
            ResourceType.ECS, Set.of("cn-beijing", "cn-shanghai", "cn-hangzhou", "cn-shenzhen", "cn-wulanchabu",
                    "cn-guangzhou"));
    /** R3: the frameworks each kind of preemptible resource takes. */
    private static final Map<ResourceType, Set<String>> FRAMEWORKS = Map.of(
            ResourceType.LINGJUN, Set.of("PyTorchJob", "MPIJob"),
            ResourceType.ECS, Set.of("PyTorchJob"));

    private final Function<String, Optional<SpotOffer>> offers;

    /**
     * @param offers what the market offers for an instance type in the served region (empty: not offered)
     */
    public SpotAdmission(Function<String, Optional<SpotOffer>> offers) {
        this.offers = offers;
    }

    @Override
    public void check(Caller caller, CreateJobRequest request, ResourceType jobType) {
        boolean lingjunJob = false;
        boolean generalPurposeSpot = false;
        boolean spotJob = request.jobSpecs().stream().anyMatch(SpotAdmission::bidsOnSpot);
        for (int i = 0; i < request.jobSpecs().size(); i++) {
            JobSpec role = request.jobSpecs().get(i);
            String field = "JobSpecs." + (i + 1);
            SpotSpec bid = role.spotSpec().orElse(null);
            if (bid != null) {
                r6LimitsCountOnlyWithPriceLimitStrategy(bid, field);
                r7LimitValues(bid, field);
                r8NotBothLimits(bid, field);
            }
            if (spotJob) {
                m24EveryRoleOfASpotJobBids(role, field);
            }
            if (!role.elasticSpotSpecs().isEmpty()) {
                ResourceType type = m25ElasticSpotSpecs(role, field, caller.region());
                lingjunJob |= type == ResourceType.LINGJUN;
                generalPurposeSpot |= type == ResourceType.ECS;
                r3FrameworkSupported(new SpotOffer("", type, 0, 0), request.jobType().orElse(""));
                continue;
            }
            if (!bidsOnSpot(role)) {
                lingjunJob |= offers.apply(role.ecsSpec().orElse("")).map(o -> o.resourceType() == ResourceType.LINGJUN)
                        .orElse(false);
                continue;
            }
            SpotOffer offer = offered(role, field, caller.region());
            lingjunJob |= offer.resourceType() == ResourceType.LINGJUN;
            generalPurposeSpot |= offer.resourceType() == ResourceType.ECS;
            r2RegionHasThisKindOfSpot(offer, caller.region(), field);
            r3FrameworkSupported(offer, request.jobType().orElse(""));
            if (bid != null) {
                r9BidTypeOfTheResourceType(offer, bid, field);
                r10PriceLimitInMarketRange(offer, bid, field);
            }
        }
        if (generalPurposeSpot) {
            r4NoAutomaticFaultToleranceOnGeneralPurpose(request.settings());
        }
        if (lingjunJob) {
            r11LingjunNeedsUserVpc(request.userVpc());
        }
    }

    /**
     * M24: a role bids when its SpotSpec names a strategy, it lists ElasticSpotSpecs, or with the legacy
     * UseSpotInstance switch.
     */
    @SuppressWarnings("deprecation")
    public static boolean bidsOnSpot(JobSpec role) {
        return role.spotSpec().flatMap(SpotSpec::spotStrategy).isPresent() || !role.elasticSpotSpecs().isEmpty()
                || role.useSpotInstance().orElse(false);
    }

    /** M24: in a spot job every role bids, except the AIMaster system role (no mixed spot/on-demand jobs). */
    void m24EveryRoleOfASpotJobBids(JobSpec role, String field) {
        if (!bidsOnSpot(role) && !SpotResources.AIMASTER.equals(role.type().orElse(""))) {
            throw refuse("InvalidParameter.SpotSpec", "M24: " + field + " (" + role.type().orElse("Worker")
                    + ") does not bid; in a preemptible job every role bids (SpotSpec, ElasticSpotSpecs or "
                    + "UseSpotInstance), except the AIMaster role");
        }
    }

    /**
     * M22, M25: ElasticSpotSpecs not with SpotSpec; each entry a pool of the region, all of one resource type,
     * none twice; SpotPriceLimit above 0; SpotDiscountLimit 1–100; one SpotStrategy.
     *
     * @return the candidates' resource type
     */
    ResourceType m25ElasticSpotSpecs(JobSpec role, String field, String region) {
        if (role.spotSpec().flatMap(SpotSpec::spotStrategy).isPresent()) {
            throw refuse("InvalidParameter.ElasticSpotSpecs", "M25: " + field + " gives both SpotSpec and "
                    + "ElasticSpotSpecs; bid with one of them");
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        java.util.Set<String> strategies = new java.util.TreeSet<>();
        ResourceType type = null;
        List<String> candidates = new java.util.ArrayList<>();
        role.ecsSpec().ifPresent(candidates::add);
        for (int e = 0; e < role.elasticSpotSpecs().size(); e++) {
            ElasticSpotSpec entry = role.elasticSpotSpecs().get(e);
            String entryField = field + ".ElasticSpotSpecs." + (e + 1);
            String spec = entry.instanceType().orElseThrow(() -> refuse("MissingParameter.InstanceType", "M25: "
                    + entryField + ".InstanceType is required"));
            candidates.add(spec);
            if (entry.spotPriceLimit().isPresent() && !(entry.spotPriceLimit().getAsDouble() > 0)) {
                throw refuse("InvalidParameter.SpotPriceLimit", "M25: " + entryField + ".SpotPriceLimit must be "
                        + "above 0 (CNY per hour), got " + entry.spotPriceLimit().getAsDouble());
            }
            if (entry.spotDiscountLimit().isPresent() && (entry.spotDiscountLimit().getAsDouble() < 1
                    || entry.spotDiscountLimit().getAsDouble() > 100)) {
                throw refuse("InvalidParameter.SpotDiscountLimit", "M25: " + entryField + ".SpotDiscountLimit "
                        + "is a percentage from 1 to 100, got " + entry.spotDiscountLimit().getAsDouble());
            }
            entry.spotStrategy().ifPresent(strategies::add);
        }
        for (String spec : candidates) {
            if (!seen.add(spec)) {
                throw refuse("InvalidParameter.InstanceType", "M25: " + field + " lists " + spec + " twice");
            }
            SpotOffer offer = offers.apply(spec).orElseThrow(() -> refuse("InvalidParameter.InstanceType", "M25: "
                    + field + ".ElasticSpotSpecs names " + spec + ", which has no preemptible instances in " + region));
            if (type != null && type != offer.resourceType()) {
                throw refuse("InvalidParameter.InstanceType", "M25: " + field + ".ElasticSpotSpecs mixes "
                        + "resource types; " + spec + " is " + offer.resourceType().wireValue());
            }
            type = offer.resourceType();
            r2RegionHasThisKindOfSpot(offer, region, field);
        }
        if (strategies.size() > 1 || strategies.stream().anyMatch(st -> !st.equals("LowestPrice")
                && !st.equals("CapacityOptimized"))) {
            throw refuse("InvalidParameter.SpotStrategy", "M25: " + field + ".ElasticSpotSpecs needs one "
                    + "SpotStrategy, LowestPrice or CapacityOptimized, got " + strategies);
        }
        return type;
    }

    /**
     * The market's offer for a bidding role's instance type. A type this region does not offer is refused under
     * R2 when its name says it is of a kind the region has no spot capacity of ({@code ml.*} is Lingjun,
     * {@code ecs.*} general-purpose), and as an unknown instance type otherwise.
     */
    private SpotOffer offered(JobSpec role, String field, String region) {
        String spec = role.ecsSpec().orElseThrow(() -> refuse("InvalidParameter.EcsSpec", field
                + ".EcsSpec is mandatory for a preemptible role: bids are placed on an instance type"));
        Optional<SpotOffer> offer = offers.apply(spec);
        if (offer.isPresent()) {
            return offer.get();
        }
        ResourceType named = spec.startsWith("ml.") ? ResourceType.LINGJUN
                : spec.startsWith("ecs.") ? ResourceType.ECS : ResourceType.UNKNOWN;
        if (named != ResourceType.UNKNOWN) {
            r2RegionHasThisKindOfSpot(new SpotOffer(spec, named, 0, 0), region, field);
        }
        throw refuse("InvalidParameter.EcsSpec", field + ".EcsSpec " + spec
                + " has no preemptible instances in " + region);
    }

    void r2RegionHasThisKindOfSpot(SpotOffer offer, String region, String field) {
        if (!REGIONS.get(offer.resourceType()).contains(region)) {
            throw refuse("InvalidParameter.Region", "R2: " + offer.resourceType().wireValue()
                    + " preemptible resources are not offered in " + region + " (" + field + ".EcsSpec "
                    + offer.ecsSpec() + ")");
        }
    }

    void r3FrameworkSupported(SpotOffer offer, String jobType) {
        Set<String> allowed = FRAMEWORKS.get(offer.resourceType());
        if (!allowed.contains(jobType)) {
            throw refuse("InvalidParameter.JobType", "R3: JobType " + jobType + " cannot run on "
                    + offer.resourceType().wireValue() + " preemptible resources; allowed: " + String.join(", ",
                    new java.util.TreeSet<>(allowed)));
        }
    }

    void r4NoAutomaticFaultToleranceOnGeneralPurpose(Optional<JobSettings> settings) {
        if (settings.flatMap(JobSettings::enableErrorMonitoringInAiMaster).orElse(false)) {
            throw refuse("InvalidParameter.EnableErrorMonitoringInAIMaster", "R4: automatic fault tolerance "
                    + "(Settings.EnableErrorMonitoringInAIMaster=true) is not supported on general-purpose preemptible "
                    + "resources");
        }
    }

    void r6LimitsCountOnlyWithPriceLimitStrategy(SpotSpec bid, String field) {
        boolean limited = bid.spotPriceLimit().isPresent() || bid.spotDiscountLimit().isPresent();
        String strategy = bid.spotStrategy().orElse("");
        if (limited && !strategy.equals("SpotWithPriceLimit")) {
            throw refuse("InvalidParameter.SpotStrategy", "R6: " + field + ".SpotSpec.SpotStrategy must be "
                    + "SpotWithPriceLimit when a limit is given, got '" + strategy + "'");
        }
        if (!strategy.isEmpty() && !strategy.equals("SpotWithPriceLimit")) {
            throw refuse("InvalidParameter.SpotStrategy", "R6: " + field + ".SpotSpec.SpotStrategy '" + strategy
                    + "' is not a bidding policy: expected one of SpotWithPriceLimit");
        }
    }

    void r7LimitValues(SpotSpec bid, String field) {
        if (bid.spotStrategy().isPresent() && bid.spotPriceLimit().isEmpty() && bid.spotDiscountLimit().isEmpty()) {
            throw refuse("MissingParameter.SpotLimit", "R7: " + field + ".SpotSpec needs SpotPriceLimit or "
                    + "SpotDiscountLimit with SpotWithPriceLimit");
        }
        if (bid.spotDiscountLimit().isPresent()) {
            float discount = bid.spotDiscountLimit().get();
            long tenths = Math.round(discount * 10.0);
            if (tenths < 1 || tenths > 9 || Math.abs(discount * 10.0 - tenths) > 1e-5) {
                throw refuse("InvalidParameter.SpotDiscountLimit", "R7: " + field + ".SpotSpec.SpotDiscountLimit "
                        + "must be one of 0.1, 0.2, ..., 0.9, got " + discount);
            }
        }
        if (bid.spotPriceLimit().isPresent() && !(bid.spotPriceLimit().get() > 0)) {
            throw refuse("InvalidParameter.SpotPriceLimit", "R7: " + field + ".SpotSpec.SpotPriceLimit must be a "
                    + "positive price per minute, got " + bid.spotPriceLimit().get());
        }
    }

    void r8NotBothLimits(SpotSpec bid, String field) {
        if (bid.spotPriceLimit().isPresent() && bid.spotDiscountLimit().isPresent()) {
            throw refuse("InvalidParameter.SpotLimit", "R8: " + field + ".SpotSpec cannot give both "
                    + "SpotPriceLimit and SpotDiscountLimit");
        }
    }

    void r9BidTypeOfTheResourceType(SpotOffer offer, SpotSpec bid, String field) {
        if (offer.resourceType() == ResourceType.ECS && bid.spotDiscountLimit().isPresent()) {
            throw refuse("InvalidParameter.SpotDiscountLimit", "R9: " + field + ".SpotSpec.SpotDiscountLimit is "
                    + "valid only for Lingjun resources; " + offer.ecsSpec() + " is general-purpose, bid with "
                    + "SpotPriceLimit");
        }
        if (offer.resourceType() == ResourceType.LINGJUN && bid.spotPriceLimit().isPresent()) {
            throw refuse("InvalidParameter.SpotPriceLimit", "R9: Lingjun resources support only discount bids; "
                    + field + ".SpotSpec.SpotPriceLimit is not accepted for " + offer.ecsSpec());
        }
    }

    void r10PriceLimitInMarketRange(SpotOffer offer, SpotSpec bid, String field) {
        if (bid.spotPriceLimit().isPresent()) {
            // the decimal the user wrote, compared as the market stores prices (one comparison, M22)
            java.math.BigDecimal limit = new java.math.BigDecimal(Float.toString(bid.spotPriceLimit().get()));
            if (limit.compareTo(java.math.BigDecimal.valueOf(offer.minPrice())) < 0
                    || limit.compareTo(java.math.BigDecimal.valueOf(offer.maxPrice())) > 0) {
                throw refuse("InvalidParameter.SpotPriceLimit", "R10: " + field + ".SpotSpec.SpotPriceLimit "
                        + bid.spotPriceLimit().get() + " is outside the market price range " + plain(offer.minPrice())
                        + " to " + plain(offer.maxPrice()) + " CNY per minute of " + offer.ecsSpec());
            }
        }
    }

    void r11LingjunNeedsUserVpc(Optional<CreateJobRequestUserVpc> vpc) {
        boolean complete = vpc.isPresent() && vpc.get().vpcId().isPresent() && vpc.get().switchId().isPresent()
                && vpc.get().securityGroupId().isPresent();
        if (!complete) {
            throw refuse("MissingParameter.UserVpc", "R11: UserVpc with VpcId, SwitchId and SecurityGroupId is "
                    + "required for jobs on Lingjun resources");
        }
    }

    /** A price as written, all its digits and no trailing zeros (rounding 0.00117 to 0.0012 would misstate R10's floor). */
    private static String plain(double price) {
        return java.math.BigDecimal.valueOf(price).stripTrailingZeros().toPlainString();
    }

    private static EngineException refuse(String code, String message) {
        return new EngineException(ErrorKind.INVALID, code, message);
    }
}

package io.github.dlckit.sdk.spot;

import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.model.JobSpec;
import io.github.dlckit.model.SpotSpec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Makes each attempt's {@code CreateJob} request from the caller's: the placement's instance type and bid in every
 * spot role, and the run's environment variables. Nothing else changes; the command least of all.
 */
final class AttemptRequests {

    private final CreateJobRequest base;
    private final BidLadder ladder;
    private final List<String> types = new ArrayList<>();
    private final JobSpec firstSpotRole;

    /**
     * @param base the caller's request
     * @param policy its instance types and bid limits
     * @throws IllegalArgumentException when the request has no display name or no role with a {@code SpotSpec}
     */
    AttemptRequests(CreateJobRequest base, SpotPolicy policy) {
        List<String> problems = new ArrayList<>();
        if (!base.displayName().filter(name -> !name.trim().isEmpty()).isPresent()) {
            problems.add("DisplayName is required: a job whose CreateJob answer was lost is found by its name");
        }
        JobSpec first = null;
        for (JobSpec role : base.jobSpecs()) {
            if (first == null && role.spotSpec().isPresent()) {
                first = role;
            }
        }
        if (first == null) {
            problems.add("JobSpecs needs a role with a SpotSpec: the runner is for spot jobs");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("SpotJobRunner cannot run this CreateJobRequest: "
                    + String.join("; ", problems));
        }
        this.base = base;
        this.ladder = new BidLadder(policy);
        this.firstSpotRole = first;
        this.types.add(first.ecsSpec().orElse(""));
        this.types.addAll(policy.fallbackInstanceTypes());
    }

    /** @return the display name every attempt carries */
    String displayName() {
        return base.displayName().get();
    }

    /** @return how many instance types there are: the request's own and the policy's fallbacks */
    int typeCount() {
        return types.size();
    }

    /** @return the instance type of the first spot role at a placement */
    String instanceType(Placement at) {
        return typeOf(firstSpotRole, at);
    }

    /** @return the bid of the first spot role at a placement */
    SpotSpec bid(Placement at) {
        return ladder.at(firstSpotRole.spotSpec().get(), instanceType(at), at.raises);
    }

    /** @return whether some spot role's bid can rise one more step from a placement */
    boolean bidCanRise(Placement at) {
        for (JobSpec role : base.jobSpecs()) {
            if (role.spotSpec().isPresent() && ladder.canRaise(role.spotSpec().get(), typeOf(role, at), at.raises)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param at the placement
     * @param forRegion the caller's adjustment for the region (workspace, VPC, ...), applied first
     * @param envs the run's variables for this attempt
     * @return the request to send
     */
    CreateJobRequest build(Placement at, UnaryOperator<CreateJobRequest> forRegion, Map<String, String> envs) {
        CreateJobRequest regional = forRegion.apply(base);
        List<JobSpec> roles = new ArrayList<>();
        for (JobSpec role : regional.jobSpecs()) {
            if (!role.spotSpec().isPresent()) {
                roles.add(role);
                continue;
            }
            String type = typeOf(role, at);
            JobSpec.Builder placed = role.toBuilder().spotSpec(ladder.at(role.spotSpec().get(), type, at.raises));
            roles.add((type.isEmpty() ? placed : placed.ecsSpec(type)).build());
        }
        Map<String, String> allEnvs = new LinkedHashMap<>(regional.envs());
        allEnvs.putAll(envs);
        return regional.toBuilder().jobSpecs(roles).envs(allEnvs).build();
    }

    /** The request's own type at the first position, the policy's fallback type (in every spot role) after. */
    private String typeOf(JobSpec role, Placement at) {
        return at.type == 0 ? role.ecsSpec().orElse("") : types.get(at.type);
    }
}

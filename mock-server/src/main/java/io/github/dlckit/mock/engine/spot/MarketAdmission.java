package io.github.dlckit.mock.engine.spot;

import io.github.dlckit.mock.engine.job.JobAdmissionRule;
import io.github.dlckit.mock.engine.market.SpotMarket;
import io.github.dlckit.mock.engine.Caller;
import io.github.dlckit.mock.engine.time.EventClock;
import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.model.ResourceType;

/**
 * An invariant, not a rule: after {@code SpotAdmission} (the one home of R2–R11, M22, M24, M25) has accepted a
 * job, the market must accept the demand it will place. A disagreement is a bug in the mock, so it is an
 * {@link IllegalStateException} (a 500 naming the bug), never a second, differently worded 400 (M22).
 */
public final class MarketAdmission implements JobAdmissionRule {

    private final SpotResources resources;
    private final SpotMarket market;
    private final EventClock clock;

    public MarketAdmission(SpotResources resources, SpotMarket market, EventClock clock) {
        this.resources = resources;
        this.market = market;
        this.clock = clock;
    }

    @Override
    public void check(Caller caller, CreateJobRequest request, ResourceType resourceType) {
        if (!io.github.dlckit.mock.engine.job.JobService.isSpot(request)) {
            return;
        }
        try {
            market.validate(resources.demandOf("dlc-admission", caller.accountId(), request.priority().orElse(1),
                    clock.now(), request.jobSpecs()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("invariant broken: SpotAdmission accepted a job the market refuses: "
                    + e.getMessage(), e);
        }
    }
}

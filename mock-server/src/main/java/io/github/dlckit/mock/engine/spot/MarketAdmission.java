package io.github.dlckit.mock.engine.spot;

import io.github.dlckit.mock.engine.job.JobAdmissionRule;
import io.github.dlckit.mock.engine.market.SpotMarket;
import io.github.dlckit.mock.engine.Caller;
import io.github.dlckit.mock.engine.EngineException;
import io.github.dlckit.mock.engine.time.EventClock;
import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.model.ResourceType;

/**
 * The last admission check of a spot job: the market itself must accept the demand the job will place (after
 * the rule-by-rule checks of {@code SpotAdmission}, this catches anything the market refuses, as a 400).
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
            throw EngineException.invalid("JobSpecs", e.getMessage());
        }
    }
}

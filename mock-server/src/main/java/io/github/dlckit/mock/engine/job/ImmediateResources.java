package io.github.dlckit.mock.engine.job;

import io.github.dlckit.mock.engine.time.EventClock;
import io.github.dlckit.model.JobSpec;
import io.github.dlckit.model.ResourceType;
import io.github.dlckit.model.validation.SpotPlacementCheck;

import java.util.ArrayList;
import java.util.List;

/**
 * Resources for jobs that do not bid: pay-as-you-go instance types and quotas are always available in the mock,
 * so the instances come at once (in a clock event at the current time, keeping the order of events).
 */
public final class ImmediateResources implements ResourceBroker {

    private final EventClock clock;
    private Listener listener;
    private long nextNode;

    /** @param clock the engine's clock */
    public ImmediateResources(EventClock clock) {
        this.clock = clock;
    }

    @Override
    public void listener(Listener listener) {
        this.listener = listener;
    }

    @Override
    public ResourceType resourceTypeOf(String ecsSpec) {
        ResourceType guess = SpotPlacementCheck.guessResourceType(ecsSpec);
        return guess == ResourceType.UNKNOWN ? ResourceType.ECS : guess;
    }

    @Override
    public void request(Job job) {
        clock.scheduleAfter(java.time.Duration.ZERO, "allocate on-demand instances to " + job.jobId(),
                () -> listener.allocated(job, instancesFor(job)));
    }

    @Override
    public void release(Job job) {
        // nothing is held back for on-demand instances
    }

    private List<Instance> instancesFor(Job job) {
        List<Instance> instances = new ArrayList<>();
        for (JobSpec spec : job.jobSpecs()) {
            String type = spec.ecsSpec().orElse("quota");
            for (long i = 0; i < spec.podCount().orElse(1); i++) {
                instances.add(new Instance("node-" + (++nextNode), type));
            }
        }
        return instances;
    }
}

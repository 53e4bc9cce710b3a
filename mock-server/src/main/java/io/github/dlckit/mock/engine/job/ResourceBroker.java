package io.github.dlckit.mock.engine.job;

import io.github.dlckit.model.ResourceType;

import java.time.Instant;
import java.util.List;

/**
 * Where a job's instances come from. Jobs ask for their resources when admitted and give them back when they end;
 * the broker calls the {@link Listener} when it obtains them, warns of a release, or takes them away. The spot
 * market is one broker; pay-as-you-go and quota jobs get theirs at once.
 */
public interface ResourceBroker {

    /** What the job lifecycle hears from the broker. Calls arrive inside clock events, in virtual-time order. */
    interface Listener {
        /**
         * The job's instances were obtained (all of them at once).
         *
         * @param job the job
         * @param instances one instance per pod, in the order of the job's roles and pods
         */
        void allocated(Job job, List<Instance> instances);

        /**
         * The job's instances will be released at {@code releaseAt} (M9; only with a warning period).
         *
         * @param job the job
         * @param releaseAt when
         * @param cause PRICE, STOCK (a request names its cause in the text)
         * @param text M10's cause text, e.g. {@code : market price 0.0117 is above the bid 0.0110 for …}
         */
        void releaseWarning(Job job, Instant releaseAt, String cause, String text);

        /**
         * The job's instances were taken away (R16, R17, M32); they are no longer held.
         *
         * @param job the job
         * @param cause PRICE or STOCK
         * @param text M10's cause text (follows "was preempted")
         * @param reasonCode the releasing pool's {@code ReleaseReasonCode}, or null for the server's
         */
        void released(Job job, String cause, String text, String reasonCode);

        /**
         * M21: why a waiting spot job waits, re-read at every market evaluation.
         *
         * @param job the job
         * @param code {@code SpotPriceTooLow} or {@code SpotStockInsufficient}
         * @param message the pool and the numbers, written out when first read (most are never read)
         */
        void waiting(Job job, String code, java.util.function.Supplier<String> message);
    }

    /**
     * One instance held by a job.
     *
     * @param instanceId the instance id (a node name)
     * @param instanceType the instance type ({@code EcsSpec})
     */
    record Instance(String instanceId, String instanceType) {
    }

    /** Connects the listener; called once by the engine before any request. */
    void listener(Listener listener);

    /** @return the resource type of an instance type ({@code EcsSpec}) */
    ResourceType resourceTypeOf(String ecsSpec);

    /** Asks for the job's instances; the listener hears when they are obtained. */
    void request(Job job);

    /** Gives back the job's instances, or withdraws its waiting request. Does nothing when it holds none. */
    void release(Job job);
}

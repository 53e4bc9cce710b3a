package io.github.dlckit.mock.engine.market;

import java.time.Instant;
import java.util.List;

/**
 * What a spot job asks the market for: all of its pool requests at once, or nothing (M5).
 *
 * @param jobId the job; one active demand per job
 * @param ownerId the account that pays (opaque)
 * @param priority higher is served first (M6)
 * @param submittedAt the queue position among equal priorities (M6); not after now when submitted. A job that
 *     re-enters the queue after a release (R20) may keep its first submission time.
 * @param requests one or more pool requests
 */
public record Demand(String jobId, String ownerId, int priority, Instant submittedAt, List<PoolRequest> requests) {

    /** Validates the fields and copies the list. */
    public Demand {
        Checks.requireText("jobId", jobId);
        Checks.requireText("ownerId", ownerId);
        Checks.requirePresent("submittedAt", submittedAt);
        Checks.requirePresent("requests", requests);
        if (requests.isEmpty()) {
            throw new IllegalArgumentException("requests must not be empty: a demand asks for at least one pool");
        }
        requests = List.copyOf(requests);
    }

    /**
     * @param jobId the job
     * @param ownerId the account
     * @param priority higher first
     * @param submittedAt queue position
     * @param requests the pool requests
     * @return a demand
     */
    public static Demand of(String jobId, String ownerId, int priority, Instant submittedAt, PoolRequest... requests) {
        return new Demand(jobId, ownerId, priority, submittedAt, List.of(requests));
    }

    /**
     * @param queuedSince the queue position to take
     * @return this demand with another submission time (e.g. the first one, when requeued after a release, R20)
     */
    public Demand withSubmittedAt(Instant queuedSince) {
        return new Demand(jobId, ownerId, priority, queuedSince, requests);
    }

    /** @return the instances asked for, over all pools */
    public int totalInstances() {
        return requests.stream().mapToInt(PoolRequest::instances).sum();
    }
}

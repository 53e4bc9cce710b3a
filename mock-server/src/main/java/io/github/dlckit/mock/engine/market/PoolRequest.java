package io.github.dlckit.mock.engine.market;

/**
 * Part of a demand: so many instances of one pool at a maximum bid (one job role, or several roles of one spec).
 *
 * @param pool the pool
 * @param instances how many instances, positive
 * @param bid the maximum bid
 */
public record PoolRequest(PoolKey pool, int instances, Bid bid) {

    /** Validates the fields. */
    public PoolRequest {
        Checks.requirePresent("pool", pool);
        Checks.requirePositive("instances", instances);
        Checks.requirePresent("bid", bid);
    }
}

package io.github.dlckit.mock.engine.market;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One allocated preemptible instance.
 *
 * @param instanceId {@code i-spot-<n>}, unique in the market
 * @param pool the pool it comes from
 * @param allocatedAt when it was allocated (billing starts here, M15)
 * @param priceAtAllocation the market price at allocation (what it is billed at first, R22)
 */
public record SpotInstance(String instanceId, PoolKey pool, Instant allocatedAt, BigDecimal priceAtAllocation) {
}

package io.github.dlckit.mock.engine.market;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * M31: a pool's four values from one time on.
 *
 * @param time when they took effect
 * @param marketPrice CNY per minute
 * @param averagePrice CNY per minute
 * @param capacity instances
 * @param allocated instances held by our jobs (may exceed capacity while protected, M7)
 */
public record HistoryPoint(Instant time, BigDecimal marketPrice, BigDecimal averagePrice, int capacity, int allocated) {
}

package io.github.dlckit.mock.engine.market;

import java.time.Instant;
import java.util.List;

/**
 * A submitted demand as it is now.
 *
 * @param demand what was submitted
 * @param status waiting, holding or release pending
 * @param instances the held instances (empty while waiting)
 * @param allocatedAt when allocated, or null
 * @param protectedUntil end of the protection period (M7), or null while waiting
 * @param releaseAt when a pending release happens (M9), or null
 * @param bidValues what each pool request's bid is worth now, CNY per minute (M4), in request order
 */
public record DemandState(Demand demand, DemandStatus status, List<SpotInstance> instances, Instant allocatedAt,
                          Instant protectedUntil, Instant releaseAt, List<java.math.BigDecimal> bidValues) {
}

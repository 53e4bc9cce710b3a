package io.github.dlckit.mock.engine.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * One instance over one constant-price segment (M13): what it cost. Tagged {@code acs:pai:dlc:payType=spot}
 * (R23).
 *
 * @param jobId the job
 * @param ownerId the paying account
 * @param instanceId the instance
 * @param pool the pool (its spec is the record's {@link #ecsSpec()})
 * @param startTime segment start
 * @param endTime segment end (now, for a segment still open)
 * @param price the market price over the segment, CNY/min (R22)
 * @param amount {@link SpotBilling#m13Amount price × seconds / 60}, CNY
 * @param open whether the instance is still held at this price (the record grows until the price changes)
 */
public record BillingRecord(String jobId, String ownerId, String instanceId, PoolKey pool, Instant startTime,
                            Instant endTime, BigDecimal price, BigDecimal amount, boolean open) {

    /** @return the spec billed, e.g. {@code ecs.g7.xlarge} */
    public String ecsSpec() {
        return pool.spec();
    }

    /** @return the instance tags: {@code acs:pai:dlc:payType=spot} (R23) */
    public Map<String, String> tags() {
        return SpotBilling.r23Tags();
    }
}

package io.github.dlckit.mock.engine.market;

import io.github.dlckit.model.SpotStockStatus;

import java.math.BigDecimal;

/**
 * A pool as it is now: what the control API's pool listing and {@code ListEcsSpecs} show.
 *
 * @param key region, resource type and spec
 * @param attributes what the spec offers
 * @param capacity instances available to our tenants
 * @param allocated instances held by our jobs (including ones with a release pending, M9)
 * @param competingDemand instances used by other tenants (M2)
 * @param originalPrice the pay-as-you-go price
 * @param marketPrice the current market price (what holders pay, R22)
 * @param averagePrice the Lingjun average price (M3; shown for every pool, used only for Lingjun, M17)
 * @param minPrice the floor
 * @param maxPrice the ceiling
 * @param mode whether the market price moves (M16)
 * @param averagePinned whether the average price was set directly and stays put (M16)
 * @param protectionSeconds protection period of new allocations (M7)
 * @param warningSeconds notice before a release, 0 = none (M9)
 * @param stockStatus WITH_STOCK when some capacity is free (M14)
 * @param discount market price / original price, half-up to 2 decimals (M23)
 * @param waitingDemands demands waiting for this pool
 * @param holdingDemands demands holding instances of this pool
 * @param stockThresholdPercent M14's threshold between WithStock and ClosedWithStock
 * @param releaseReasonCode the reason code of releases this pool causes, or null for the server's (M10)
 * @param protectionPriceLock M13: the protected time is billed at the market price at allocation (R46)
 * @param minuteGranularity M13: bills count whole minutes, each record rounded up
 * @param checkIntervalSeconds M8: unprotected releases wait for check points this many seconds apart (0: at once)
 */
public record PoolSnapshot(PoolKey key, SpecAttributes attributes, int capacity, int allocated, int competingDemand,
                           BigDecimal originalPrice, BigDecimal marketPrice, BigDecimal averagePrice,
                           BigDecimal minPrice, BigDecimal maxPrice, PriceMode mode, boolean averagePinned,
                           long protectionSeconds, long warningSeconds, SpotStockStatus stockStatus,
                           BigDecimal discount, int waitingDemands, int holdingDemands,
                           int stockThresholdPercent, String releaseReasonCode,
                           boolean protectionPriceLock, boolean minuteGranularity, long checkIntervalSeconds) {

    /** @return capacity not held by our jobs, never negative */
    public int free() {
        return Math.max(0, capacity - allocated);
    }
}

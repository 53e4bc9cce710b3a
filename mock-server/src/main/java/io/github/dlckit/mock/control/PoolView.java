package io.github.dlckit.mock.control;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;

/**
 * One spot pool as the control API shows it ({@code GET /mock/v1/pools}). Prices are CNY per minute per instance.
 *
 * @param region the region
 * @param resourceType {@code ECS} or {@code Lingjun}
 * @param ecsSpec the instance type
 * @param capacity instances our tenants can hold
 * @param allocated instances our jobs hold
 * @param onDemandPrice the original (pay-as-you-go) price
 * @param marketPrice the market price (what holders pay; general-purpose bids meet it)
 * @param averagePrice the trailing average price (Lingjun bids meet it)
 * @param minPrice the floor
 * @param maxPrice the ceiling
 * @param priceMode {@code Auto} (moves on every tick) or {@code Manual} (pinned)
 * @param protectionSeconds the protection period of new allocations
 * @param warningSeconds the notice before a price release (0: none) — an extension of the shape
 * @param competingDemand instances other tenants use (raises the price) — an extension
 * @param spotStockStatus M14: {@code WithStock}, {@code ClosedWithStock}, {@code WithoutStock} or
 *     {@code ClosedWithoutStock}
 * @param stockThresholdPercent M14's threshold (third edition)
 * @param releaseReasonCode M10: the reason code in force for this pool's releases (third edition)
 * @param protectionPriceLock M13: the protected time is billed at the market price at allocation, as ECS
 *     bills (R46; third edition)
 * @param minuteGranularity M13: bills count whole minutes (third edition)
 * @param checkIntervalSeconds M8: unprotected releases wait for check points this many seconds apart, 0 = at once
 *     (third edition)
 */
@JsonPropertyOrder({"Region", "ResourceType", "EcsSpec", "Capacity", "Allocated", "OnDemandPrice", "MarketPrice",
        "AveragePrice", "MinPrice", "MaxPrice", "PriceMode", "CompetingDemand", "SpotStockStatus",
        "ProtectionSeconds", "WarningSeconds", "CheckIntervalSeconds", "StockThresholdPercent", "ProtectionPriceLock",
        "MinuteGranularity", "ReleaseReasonCode"})
public record PoolView(
        @JsonProperty("Region") String region,
        @JsonProperty("ResourceType") String resourceType,
        @JsonProperty("EcsSpec") String ecsSpec,
        @JsonProperty("Capacity") int capacity,
        @JsonProperty("Allocated") int allocated,
        @JsonProperty("OnDemandPrice") BigDecimal onDemandPrice,
        @JsonProperty("MarketPrice") BigDecimal marketPrice,
        @JsonProperty("AveragePrice") BigDecimal averagePrice,
        @JsonProperty("MinPrice") BigDecimal minPrice,
        @JsonProperty("MaxPrice") BigDecimal maxPrice,
        @JsonProperty("PriceMode") String priceMode,
        @JsonProperty("ProtectionSeconds") long protectionSeconds,
        @JsonProperty("WarningSeconds") long warningSeconds,
        @JsonProperty("CompetingDemand") int competingDemand,
        @JsonProperty("SpotStockStatus") String spotStockStatus,
        @JsonProperty("StockThresholdPercent") int stockThresholdPercent,
        @JsonProperty("ReleaseReasonCode") String releaseReasonCode,
        @JsonProperty("ProtectionPriceLock") boolean protectionPriceLock,
        @JsonProperty("MinuteGranularity") boolean minuteGranularity,
        @JsonProperty("CheckIntervalSeconds") long checkIntervalSeconds) {
}

package io.github.dlckit.mock.control;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;

/**
 * A change to a spot pool ({@code PUT /mock/v1/pools/{EcsSpec}}, and the entries of a scenario's {@code Pools}).
 * Every field is optional. A pool that does not exist yet is created in the mock's region, and then
 * {@code ResourceType} and {@code OnDemandPrice} are required ({@code Cpu}, {@code MemoryGiB}, {@code Gpu},
 * {@code GpuType}, {@code GpuMemoryGiB} describe its size for ListEcsSpecs). Setting a price pins it (M16) until
 * {@code PriceMode} is set back to {@code Auto}. Prices are CNY per minute per instance.
 *
 * @param resourceType {@code ECS} or {@code Lingjun} (creation only)
 * @param capacity instances our tenants can hold
 * @param onDemandPrice the original price
 * @param marketPrice the market price (pins it)
 * @param averagePrice the average price (pins it)
 * @param minPrice the floor
 * @param maxPrice the ceiling
 * @param priceMode {@code Auto} or {@code Manual}
 * @param protectionSeconds the protection period of new allocations (0: none)
 * @param warningSeconds the notice before a price release (0: none)
 * @param competingDemand instances other tenants use
 * @param cpu vCPUs (creation only)
 * @param memoryGib memory in GiB (creation only)
 * @param gpu GPUs (creation only)
 * @param gpuType GPU model (creation only)
 * @param gpuMemoryGib memory per GPU in GiB (creation only)
 * @param stockThresholdPercent M14: the free-stock share (0–100) below which the pool reports ClosedWithStock
 * @param minuteGranularity M13: round each billing record up to whole minutes
 * @param protectionPriceLock M13: bill the protected time of later allocations at the market price at allocation
 *     (R46)
 * @param releaseReasonCode M10: the reason code of releases this pool causes ({@code JobFailed} or
 *     {@code PreemptibleResourceReleased}; an empty string follows the server's option again)
 * @param checkIntervalSeconds M8: releases of unprotected instances happen only at check points this many seconds
 *     apart from the protection's end (0: at once)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PoolChange(
        @JsonProperty("ResourceType") String resourceType,
        @JsonProperty("Capacity") Integer capacity,
        @JsonProperty("OnDemandPrice") BigDecimal onDemandPrice,
        @JsonProperty("MarketPrice") BigDecimal marketPrice,
        @JsonProperty("AveragePrice") BigDecimal averagePrice,
        @JsonProperty("MinPrice") BigDecimal minPrice,
        @JsonProperty("MaxPrice") BigDecimal maxPrice,
        @JsonProperty("PriceMode") String priceMode,
        @JsonProperty("ProtectionSeconds") Long protectionSeconds,
        @JsonProperty("WarningSeconds") Long warningSeconds,
        @JsonProperty("CompetingDemand") Integer competingDemand,
        @JsonProperty("Cpu") Integer cpu,
        @JsonProperty("MemoryGiB") Integer memoryGib,
        @JsonProperty("Gpu") Integer gpu,
        @JsonProperty("GpuType") String gpuType,
        @JsonProperty("GpuMemoryGiB") Integer gpuMemoryGib,
        @JsonProperty("StockThresholdPercent") Integer stockThresholdPercent,
        @JsonProperty("ReleaseReasonCode") String releaseReasonCode,
        @JsonProperty("MinuteGranularity") Boolean minuteGranularity,
        @JsonProperty("CheckIntervalSeconds") Long checkIntervalSeconds,
        @JsonProperty("ProtectionPriceLock") Boolean protectionPriceLock) {

    /** @return a builder of a change; unset fields are left as they are */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link PoolChange} from Java (the HTTP route and scenario files read the same fields from JSON). */
    public static final class Builder {
        private String resourceType;
        private Integer capacity;
        private BigDecimal onDemandPrice;
        private BigDecimal marketPrice;
        private BigDecimal averagePrice;
        private BigDecimal minPrice;
        private BigDecimal maxPrice;
        private String priceMode;
        private Long protectionSeconds;
        private Long warningSeconds;
        private Integer competingDemand;
        private Integer stockThresholdPercent;
        private String releaseReasonCode;
        private Boolean minuteGranularity;
        private Long checkIntervalSeconds;
        private Boolean protectionPriceLock;

        private Builder() {
        }

        /** @return this builder; {@code ECS} or {@code Lingjun}, for a new pool */
        public Builder resourceType(String value) {
            resourceType = value;
            return this;
        }

        /** @return this builder */
        public Builder capacity(int value) {
            capacity = value;
            return this;
        }

        /** @return this builder; the original price, CNY per minute */
        public Builder onDemandPrice(String value) {
            onDemandPrice = new BigDecimal(value);
            return this;
        }

        /** @return this builder; pins the market price, CNY per minute */
        public Builder marketPrice(String value) {
            marketPrice = new BigDecimal(value);
            return this;
        }

        /** @return this builder; pins the average price, CNY per minute */
        public Builder averagePrice(String value) {
            averagePrice = new BigDecimal(value);
            return this;
        }

        /** @return this builder; the floor, CNY per minute */
        public Builder minPrice(String value) {
            minPrice = new BigDecimal(value);
            return this;
        }

        /** @return this builder; the ceiling, CNY per minute */
        public Builder maxPrice(String value) {
            maxPrice = new BigDecimal(value);
            return this;
        }

        /** @return this builder; {@code Auto} or {@code Manual} */
        public Builder priceMode(String value) {
            priceMode = value;
            return this;
        }

        /** @return this builder */
        public Builder protectionSeconds(long value) {
            protectionSeconds = value;
            return this;
        }

        /** @return this builder */
        public Builder warningSeconds(long value) {
            warningSeconds = value;
            return this;
        }

        /** @return this builder */
        public Builder competingDemand(int value) {
            competingDemand = value;
            return this;
        }

        /** @return this builder; M14's threshold, 0 to 100 */
        public Builder stockThresholdPercent(int value) {
            stockThresholdPercent = value;
            return this;
        }

        /** @return this builder; M10's reason code for this pool's releases ("" follows the server) */
        /** M13: round each billing record up to whole minutes. */
        public Builder minuteGranularity(boolean value) {
            minuteGranularity = value;
            return this;
        }

        /** M13: bill the protected time of later allocations at the market price at allocation (R46). */
        public Builder protectionPriceLock(boolean value) {
            protectionPriceLock = value;
            return this;
        }

        public Builder releaseReasonCode(String value) {
            releaseReasonCode = value;
            return this;
        }

        /** @return this builder; M8's check interval, 0 (at once) or a positive number of seconds */
        public Builder checkIntervalSeconds(long value) {
            checkIntervalSeconds = value;
            return this;
        }

        /** @return the change */
        public PoolChange build() {
            return new PoolChange(resourceType, capacity, onDemandPrice, marketPrice, averagePrice, minPrice, maxPrice,
                    priceMode, protectionSeconds, warningSeconds, competingDemand, null, null, null, null, null,
                    stockThresholdPercent, releaseReasonCode, minuteGranularity, checkIntervalSeconds,
                    protectionPriceLock);
        }
    }
}

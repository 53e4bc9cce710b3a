package io.github.dlckit.mock.control;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.util.List;

/**
 * M31: a pool's history ({@code GET /mock/v1/pools/{EcsSpec}/history}).
 *
 * @param ecsSpec the pool
 * @param points the values in force at the start, then one point per change, in time order
 */
public record PoolHistoryView(
        @JsonProperty("EcsSpec") String ecsSpec,
        @JsonProperty("Points") List<Point> points) {

    /**
     * @param time RFC 3339 UTC
     * @param marketPrice CNY per minute
     * @param averagePrice CNY per minute
     * @param capacity instances
     * @param allocated instances held (above capacity while protected, M7)
     */
    public record Point(
            @JsonProperty("Time") String time,
            @JsonProperty("MarketPrice") BigDecimal marketPrice,
            @JsonProperty("AveragePrice") BigDecimal averagePrice,
            @JsonProperty("Capacity") int capacity,
            @JsonProperty("Allocated") int allocated) {
    }
}

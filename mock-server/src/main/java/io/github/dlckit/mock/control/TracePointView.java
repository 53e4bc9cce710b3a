package io.github.dlckit.mock.control;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;

/**
 * One point of a market trace ({@code POST /mock/v1/pools/{EcsSpec}/trace}): {@code AfterSeconds} after the trace is
 * loaded, set whichever of the market price, average price and capacity it gives. Loading a trace pins the pool.
 *
 * @param afterSeconds when, relative to loading
 * @param marketPrice the market price to set, or null
 * @param averagePrice the average price to set, or null
 * @param capacity the capacity to set, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TracePointView(
        @JsonProperty("AfterSeconds") long afterSeconds,
        @JsonProperty("MarketPrice") BigDecimal marketPrice,
        @JsonProperty("AveragePrice") BigDecimal averagePrice,
        @JsonProperty("Capacity") Integer capacity) {
}

package io.github.dlckit.mock.control;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.dlckit.mock.engine.market.SpotPriceReplay;
import io.github.dlckit.mock.engine.market.TracePoint;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of an ECS {@code DescribeSpotPriceHistory} answer (R47), loadable as a market trace (M34). Only each
 * item's {@code Timestamp}, {@code ZoneId} and hourly {@code SpotPrice} are applied; the other fields are read and
 * not applied, and currencies are not converted.
 *
 * @param requestId the ECS request id (not applied)
 * @param nextOffset the ECS paging offset (not applied)
 * @param currency CNY or USD (not applied)
 * @param spotPrices the price items
 */
public record EcsPriceHistory(
        @JsonProperty("RequestId") String requestId,
        @JsonProperty("NextOffset") Integer nextOffset,
        @JsonProperty("Currency") String currency,
        @JsonProperty("SpotPrices") SpotPrices spotPrices) {

    /**
     * The wrapper ECS puts around the list.
     *
     * @param spotPriceType the items
     */
    public record SpotPrices(@JsonProperty("SpotPriceType") List<SpotPriceType> spotPriceType) {
    }

    /**
     * One price item.
     *
     * @param timestamp when the price took effect, e.g. {@code 2026-11-20T16:00:00Z}
     * @param spotPrice the spot price per hour
     * @param originPrice the pay-as-you-go price per hour (not applied)
     * @param instanceType the instance type (not applied)
     * @param zoneId the zone
     * @param networkType {@code vpc} or {@code classic} (not applied)
     * @param ioOptimized {@code optimized} or {@code none} (not applied)
     */
    public record SpotPriceType(
            @JsonProperty("Timestamp") String timestamp,
            @JsonProperty("SpotPrice") BigDecimal spotPrice,
            @JsonProperty("OriginPrice") BigDecimal originPrice,
            @JsonProperty("InstanceType") String instanceType,
            @JsonProperty("ZoneId") String zoneId,
            @JsonProperty("NetworkType") String networkType,
            @JsonProperty("IoOptimized") String ioOptimized) {
    }

    /**
     * @return the series as trace points of market prices per minute
     * @throws IllegalArgumentException naming the item and field that cannot be used
     */
    public List<TracePointView> toTrace() {
        List<SpotPriceType> items = spotPrices == null || spotPrices.spotPriceType() == null ? List.of()
                : spotPrices.spotPriceType();
        if (items.isEmpty()) {
            throw new IllegalArgumentException("SpotPrices.SpotPriceType: give at least one price item");
        }
        List<SpotPriceReplay.Sample> samples = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            SpotPriceType item = items.get(i);
            String where = "SpotPrices.SpotPriceType[" + i + "].";
            if (item.spotPrice() == null || item.spotPrice().signum() <= 0) {
                throw new IllegalArgumentException(where + "SpotPrice: must be a price above 0, got "
                        + item.spotPrice());
            }
            samples.add(new SpotPriceReplay.Sample(time(where, item.timestamp()),
                    item.zoneId() == null ? "" : item.zoneId(), item.spotPrice()));
        }
        List<TracePointView> points = new ArrayList<>();
        for (TracePoint p : SpotPriceReplay.trace(samples)) {
            points.add(new TracePointView(p.afterSeconds(), p.marketPrice(), null, null));
        }
        return points;
    }

    private static Instant time(String where, String text) {
        if (text == null) {
            throw new IllegalArgumentException(where + "Timestamp: is required");
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + "Timestamp: must be an ISO 8601 time such as "
                    + "2026-11-20T16:00:00Z, got " + text);
        }
    }
}

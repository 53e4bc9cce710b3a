package io.github.dlckit.mock.engine.market;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * M34: a real market's price series (ECS {@code DescribeSpotPriceHistory}, hourly prices per zone) as a trace of
 * market prices per minute. The earliest sample applies at once, a later one after the time between them. ECS
 * prices per zone while a pool merges its zones (M1), so at each distinct time the price is the lowest price in
 * force among the zones then (a zone's price holds until its next sample).
 */
public final class SpotPriceReplay {

    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    private SpotPriceReplay() {
    }

    /**
     * One price sample as ECS reports it.
     *
     * @param time when the price took effect
     * @param zoneId the zone it is for
     * @param hourlyPrice the price per instance-hour
     */
    public record Sample(Instant time, String zoneId, BigDecimal hourlyPrice) {

        /** Validates a sample. */
        public Sample {
            Checks.requirePresent("time", time);
            Checks.requirePresent("zoneId", zoneId);
            Checks.requirePositive("hourlyPrice", hourlyPrice);
        }
    }

    /**
     * @param samples the series, in any order; at least one
     * @return market-price trace points, one per distinct time, in time order
     * @throws IllegalArgumentException for an empty series
     */
    public static List<TracePoint> trace(List<Sample> samples) {
        if (samples == null || samples.isEmpty()) {
            throw new IllegalArgumentException("give at least one price sample");
        }
        List<Sample> ordered = new ArrayList<>(samples);
        ordered.sort(Comparator.comparing(Sample::time)); // stable: equal times keep their order
        Instant earliest = ordered.get(0).time();
        Map<String, BigDecimal> inForce = new HashMap<>();
        List<TracePoint> points = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Sample sample = ordered.get(i);
            inForce.put(sample.zoneId(), sample.hourlyPrice());
            boolean lastAtThisTime = i + 1 == ordered.size() || !ordered.get(i + 1).time().equals(sample.time());
            if (lastAtThisTime) {
                BigDecimal lowest = inForce.values().stream().min(Comparator.naturalOrder()).orElseThrow();
                points.add(TracePoint.marketPrice(Duration.between(earliest, sample.time()).getSeconds(),
                        perMinute(lowest)));
            }
        }
        return points;
    }

    /** Hourly inputs are divided by 60 and kept to the mock's price scale (the rule book's Units). */
    static BigDecimal perMinute(BigDecimal hourly) {
        return Prices.round(hourly.divide(MINUTES_PER_HOUR, Prices.SCALE + 4, RoundingMode.HALF_EVEN));
    }
}

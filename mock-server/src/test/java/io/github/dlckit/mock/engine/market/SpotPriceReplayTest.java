package io.github.dlckit.mock.engine.market;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** M34: an ECS price series becomes a trace of market prices per minute, zones merged by the lowest price. */
class SpotPriceReplayTest {

    private static SpotPriceReplay.Sample at(String time, String zone, String hourly) {
        return new SpotPriceReplay.Sample(Instant.parse(time), zone, new BigDecimal(hourly));
    }

    @Test
    void M34_hourlyPricesAreDividedBy60_andTimesAreRelativeToTheEarliest() {
        List<TracePoint> trace = SpotPriceReplay.trace(List.of(
                at("2026-11-20T01:00:00Z", "a", "0.1438"), at("2026-11-20T00:00:00Z", "a", "0.1404")));

        assertThat(trace).extracting(TracePoint::afterSeconds).containsExactly(0L, 3600L);
        assertThat(trace.get(0).marketPrice()).isEqualByComparingTo("0.00234");
        assertThat(trace.get(1).marketPrice()).isEqualByComparingTo("0.002397"); // 0.0023966… to 6 decimals
        assertThat(trace).allMatch(p -> p.averagePrice() == null && p.capacity() == null);
    }

    @Test
    void M34_severalZones_eachDistinctTimeTakesTheLowestPriceInForce() {
        List<TracePoint> trace = SpotPriceReplay.trace(List.of(
                at("2026-11-20T00:00:00Z", "a", "0.60"), at("2026-11-20T00:00:00Z", "b", "0.30"),
                at("2026-11-20T00:10:00Z", "b", "0.90"),   // b rises: a's 0.60 is now the lowest
                at("2026-11-20T00:20:00Z", "a", "1.20")));  // a rises too: b's 0.90 still holds

        assertThat(trace).extracting(TracePoint::afterSeconds).containsExactly(0L, 600L, 1200L);
        assertThat(trace).extracting(TracePoint::marketPrice).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("0.005"), new BigDecimal("0.01"), new BigDecimal("0.015"));
    }

    @Test
    void M34_anEmptySeriesOrABadSample_isRefused() {
        assertThatThrownBy(() -> SpotPriceReplay.trace(List.of())).hasMessageContaining("at least one");
        assertThatThrownBy(() -> at("2026-11-20T00:00:00Z", "a", "0")).hasMessageContaining("hourlyPrice");
    }
}

package io.github.dlckit.mock.engine.market;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.github.dlckit.mock.engine.market.MarketFixture.ECS;
import static io.github.dlckit.mock.engine.market.MarketFixture.LINGJUN;
import static io.github.dlckit.mock.engine.market.MarketFixture.T0;
import static io.github.dlckit.mock.engine.market.MarketFixture.lingjunPool;
import static io.github.dlckit.mock.engine.market.MarketFixture.p;
import static io.github.dlckit.mock.engine.market.MarketFixture.pool;
import static org.assertj.core.api.Assertions.assertThat;

/** How prices move: M2 (process), M3 (average), M16 (pinning), R14. */
class PriceRulesTest {

    @Test
    void M2_priceFollowsUtilisation() {
        MarketFixture f = new MarketFixture(MarketSettings.defaults().withNoise(0).withSmoothing(0.5), 1);
        f.market.addPool(pool(ECS, 10).startPrice(p("0.0010")).build()); // AUTO
        f.submit("job", ECS, 5, "0.0100"); // utilisation 0.5: target 0.001 + 0.009 × 0.25 = 0.00325

        f.advanceSeconds(60);
        assertThat(f.market.pool(ECS).marketPrice()).isEqualByComparingTo("0.002125"); // halfway

        f.advanceSeconds(60 * 30);
        assertThat(f.market.pool(ECS).marketPrice()).isEqualByComparingTo("0.00325");

        f.update(ECS, PoolUpdate.of().competingDemand(5)); // utilisation 1: target is the ceiling
        f.advanceSeconds(60 * 30);
        assertThat(f.market.pool(ECS).marketPrice()).isEqualByComparingTo("0.0100");

        f.market.withdraw("job");
        f.update(ECS, PoolUpdate.of().competingDemand(0)); // utilisation 0: target is the floor
        f.advanceSeconds(60 * 30);
        assertThat(f.market.pool(ECS).marketPrice()).isEqualByComparingTo("0.0010");
    }

    @Test
    void M2_poolWithoutCapacityCountsAsFullyUsed() {
        MarketFixture f = new MarketFixture(MarketSettings.defaults().withNoise(0).withSmoothing(1), 1);
        f.market.addPool(pool(ECS, 0).build());

        f.advanceSeconds(60);

        assertThat(f.market.pool(ECS).marketPrice()).isEqualByComparingTo("0.0100");
    }

    @Test
    void M2_sameSeedSameHistory() {
        assertThat(priceHistory(7, false)).isEqualTo(priceHistory(7, false)).hasSizeGreaterThan(100);
        assertThat(priceHistory(7, false)).isNotEqualTo(priceHistory(8, false));
    }

    @Test
    void M2_addingAPoolDoesNotChangeAnotherPoolsHistory() {
        List<String> alone = priceHistory(7, false);
        List<String> withNeighbour = priceHistory(7, true);

        assertThat(withNeighbour).filteredOn(line -> line.startsWith(ECS.toString())).isEqualTo(alone);
    }

    @Test
    void M2_R14_noiseIsBoundedAndPricesStayInRange() {
        MarketSettings settings = MarketSettings.defaults();
        MarketFixture f = new MarketFixture(settings, 99);
        DefaultCatalogue.install(f.market, "cn-hangzhou");
        List<PoolSnapshot> before = f.market.pools();
        int moves = 0;

        for (int tick = 0; tick < 24 * 60; tick++) {
            f.advanceSeconds(60);
            List<PoolSnapshot> after = f.market.pools();
            for (int i = 0; i < after.size(); i++) {
                PoolSnapshot pool = after.get(i);
                double previous = before.get(i).marketPrice().doubleValue();
                double low = pool.minPrice().doubleValue();
                double high = pool.maxPrice().doubleValue();
                double target = PriceProcess.m2TargetPrice(low, high, 0.5); // other tenants use half of each pool
                double expected = previous + settings.smoothing() * (target - previous);
                assertThat(pool.marketPrice()).isBetween(pool.minPrice(), pool.maxPrice());
                assertThat(Math.abs(pool.marketPrice().doubleValue() - expected))
                        .isLessThanOrEqualTo(settings.noise() * (high - low) + 0.000001);
                moves += pool.marketPrice().compareTo(before.get(i).marketPrice()) != 0 ? 1 : 0;
            }
            before = after;
        }
        assertThat(moves).isGreaterThan(24 * 60 * before.size() * 9 / 10); // it does move (R14)
    }

    @Test
    void M3_averageIsTimeWeightedOverWindow() {
        MarketFixture f = new MarketFixture();
        f.add(lingjunPool(1)); // pinned market 0.6 from T0
        f.advanceSeconds(630);
        f.setMarketPrice(LINGJUN, "1.2"); // between two ticks: weights are exact seconds

        f.advanceSeconds(1200 - 630);
        assertThat(f.market.pool(LINGJUN).averagePrice()).isEqualByComparingTo("0.885"); // (630 × 0.6 + 570 × 1.2) / 1200
        f.advanceSeconds(3600 - 1200);
        assertThat(f.market.pool(LINGJUN).averagePrice()).isEqualByComparingTo("1.095"); // (630 × 0.6 + 2970 × 1.2) / 3600
        f.advanceSeconds(60);
        assertThat(f.market.pool(LINGJUN).averagePrice()).isEqualByComparingTo("1.105"); // window [60, 3660]
        f.advanceSeconds(600);
        assertThat(f.market.pool(LINGJUN).averagePrice()).isEqualByComparingTo("1.2"); // 0.6 left the window
    }

    @Test
    void M3_averageUpdatesOnTicksRoundedToSixDecimals() {
        MarketFixture f = new MarketFixture();
        f.add(lingjunPool(1));
        f.advanceSeconds(60);
        f.setMarketPrice(LINGJUN, "0.7");

        f.advanceSeconds(59);
        assertThat(f.market.pool(LINGJUN).averagePrice()).isEqualByComparingTo("0.6");
        f.advanceSeconds(1);
        assertThat(f.market.pool(LINGJUN).averagePrice()).isEqualByComparingTo("0.65");
        f.setMarketPrice(LINGJUN, "0.3");
        f.advanceSeconds(60);
        assertThat(f.market.pool(LINGJUN).averagePrice()).isEqualByComparingTo("0.533333"); // (36 + 42 + 18) / 180
    }

    @Test
    void M3_windowIsConfigurable() {
        MarketFixture f = new MarketFixture(MarketSettings.defaults().withAverageWindow(Duration.ofMinutes(2)), 1);
        f.add(lingjunPool(1));
        f.advanceSeconds(600);
        f.setMarketPrice(LINGJUN, "1.0");

        f.advanceSeconds(60);
        assertThat(f.market.pool(LINGJUN).averagePrice()).isEqualByComparingTo("0.8");
        f.advanceSeconds(60);
        assertThat(f.market.pool(LINGJUN).averagePrice()).isEqualByComparingTo("1.0");
    }

    @Test
    void M16_pinnedPriceDoesNotMove() {
        MarketFixture f = new MarketFixture();
        f.market.addPool(pool(ECS, 10).competingDemand(10).build()); // target: the ceiling
        f.setMarketPrice(ECS, "0.0020");

        f.advanceSeconds(3 * 3600);
        assertThat(f.market.pool(ECS).marketPrice()).isEqualByComparingTo("0.0020");
        assertThat(f.market.pool(ECS).mode()).isEqualTo(PriceMode.MANUAL);

        f.update(ECS, PoolUpdate.of().mode(PriceMode.AUTO));
        f.advanceSeconds(60);
        assertThat(f.market.pool(ECS).marketPrice()).isGreaterThan(p("0.0030"));
    }

    @Test
    void M16_settingManualPinsThePriceWhereItIs() {
        MarketFixture f = new MarketFixture();
        f.market.addPool(pool(ECS, 10).competingDemand(10).build());
        f.advanceSeconds(120);
        BigDecimal moved = f.market.pool(ECS).marketPrice();

        f.update(ECS, PoolUpdate.of().mode(PriceMode.MANUAL));
        f.advanceSeconds(600);

        assertThat(f.market.pool(ECS).marketPrice()).isEqualByComparingTo(moved);
    }

    @Test
    void M16_pinnedAverageStaysPinnedUntilAuto() {
        MarketFixture f = new MarketFixture();
        f.add(lingjunPool(1));
        f.update(LINGJUN, PoolUpdate.of().averagePrice(p("1.5")));

        f.advanceSeconds(7200);
        assertThat(f.market.pool(LINGJUN).averagePrice()).isEqualByComparingTo("1.5");
        assertThat(f.market.pool(LINGJUN).averagePinned()).isTrue();

        f.update(LINGJUN, PoolUpdate.of().mode(PriceMode.AUTO));
        assertThat(f.market.pool(LINGJUN).averagePrice()).isEqualByComparingTo("0.6");
        assertThat(f.market.pool(LINGJUN).averagePinned()).isFalse();
    }

    private static List<String> priceHistory(long seed, boolean neighbour) {
        MarketFixture f = new MarketFixture(MarketSettings.defaults(), seed);
        if (neighbour) {
            f.market.addPool(pool(PoolKey.ecs("cn-hangzhou", "ecs.other"), 3).build());
        }
        f.market.addPool(pool(ECS, 10).competingDemand(4).build());
        List<PriceChange> changes = recordPrices(f);
        f.submit("job", ECS, 3, "0.0100");
        f.advanceSeconds(4 * 3600);
        return changes.stream().map(PriceChange::toString).toList();
    }

    private static List<PriceChange> recordPrices(MarketFixture f) {
        List<PriceChange> changes = new ArrayList<>();
        f.market.addListener(new MarketListener() {
            @Override
            public void onPriceChanged(PoolKey pool, Instant at, BigDecimal marketPrice, BigDecimal averagePrice) {
                changes.add(new PriceChange(pool, at, marketPrice, averagePrice));
            }
        });
        return changes;
    }

    private record PriceChange(PoolKey pool, Instant at, BigDecimal market, BigDecimal average) {
        @Override
        public String toString() {
            return pool + " +" + Duration.between(T0, at).toSeconds() + " " + market + " " + average;
        }
    }
}

package io.github.dlckit.mock.engine.market;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.dlckit.mock.engine.market.MarketFixture.ECS;
import static io.github.dlckit.mock.engine.market.MarketFixture.LINGJUN;
import static io.github.dlckit.mock.engine.market.MarketFixture.lingjunPool;
import static io.github.dlckit.mock.engine.market.MarketFixture.p;
import static io.github.dlckit.mock.engine.market.MarketFixture.pool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Scripted market traces (M2 "traces override it", M16 "loading a trace pins it"). */
class TraceTest {

    private final MarketFixture f = new MarketFixture();

    @Test
    void trace_appliesEachPointAtItsTimeAndPinsThePool() {
        f.market.addPool(pool(ECS, 10).competingDemand(10).build()); // AUTO, pushed toward the ceiling
        f.advanceSeconds(100);

        f.market.loadTrace(ECS, List.of(
                TracePoint.marketPrice(0, p("0.0040")),
                TracePoint.capacity(300, 2),
                new TracePoint(600, p("0.0070"), p("0.0065"), null)));

        assertThat(f.market.pool(ECS).mode()).isEqualTo(PriceMode.MANUAL);
        f.clock.runDue();
        assertThat(f.market.pool(ECS).marketPrice()).isEqualByComparingTo("0.0040");
        f.advanceSeconds(299);
        assertThat(f.market.pool(ECS).marketPrice()).isEqualByComparingTo("0.0040"); // ticks do not move it
        assertThat(f.market.pool(ECS).capacity()).isEqualTo(10);
        f.advanceSeconds(1);
        assertThat(f.market.pool(ECS).capacity()).isEqualTo(2);
        f.advanceSeconds(300);
        assertThat(f.market.pool(ECS).marketPrice()).isEqualByComparingTo("0.0070");
        assertThat(f.market.pool(ECS).averagePrice()).isEqualByComparingTo("0.0065");
        assertThat(f.market.pool(ECS).averagePinned()).isTrue();
    }

    @Test
    void trace_releasesAndAllocatesAtThePointTimes() {
        f.add(pool(ECS, 4));
        f.submit("job", ECS, 1, "0.0060");
        f.submit("waiter", ECS, 1, "0.0045");

        f.market.loadTrace(ECS, List.of(TracePoint.marketPrice(125, p("0.0070")),
                TracePoint.marketPrice(250, p("0.0040"))));
        f.advanceSeconds(1000);

        assertThat(f.events.lines()).containsExactly("+0 allocated job [i-spot-1]", "+125 released job PRICE",
                "+250 allocated waiter [i-spot-2]");
    }

    @Test
    void trace_averagePointDrivesLingjunReleases() {
        f.add(lingjunPool(1));
        f.submit("job", LINGJUN, 1, "0.4");

        f.market.loadTrace(LINGJUN, List.of(TracePoint.averagePrice(90, p("0.9"))));
        f.advanceSeconds(90);

        assertThat(f.events.lines()).endsWith("+90 released job PRICE");
    }

    @Test
    void trace_loadingAnotherTraceReplacesThePendingPoints() {
        f.add(pool(ECS, 4));
        f.market.loadTrace(ECS, List.of(TracePoint.marketPrice(60, p("0.0090"))));

        f.market.loadTrace(ECS, List.of(TracePoint.marketPrice(120, p("0.0030"))));
        f.advanceSeconds(60);
        assertThat(f.market.pool(ECS).marketPrice()).isEqualByComparingTo("0.0050");
        f.advanceSeconds(60);
        assertThat(f.market.pool(ECS).marketPrice()).isEqualByComparingTo("0.0030");
    }

    @Test
    void trace_settingAutoDropsThePendingPoints() {
        MarketFixture quiet = new MarketFixture(MarketSettings.defaults().withNoise(0), 1);
        quiet.market.addPool(pool(ECS, 4).startPrice(p("0.0010")).build());
        quiet.market.loadTrace(ECS, List.of(TracePoint.capacity(600, 0)));

        quiet.update(ECS, PoolUpdate.of().mode(PriceMode.AUTO));
        quiet.advanceSeconds(900);

        assertThat(quiet.market.pool(ECS).capacity()).isEqualTo(4);
    }

    @Test
    void trace_withABadPointIsRefusedAndNothingLoaded() {
        f.market.addPool(pool(ECS, 4).build());

        assertThatThrownBy(() -> f.market.loadTrace(ECS, List.of(TracePoint.marketPrice(60, p("0.0050")),
                TracePoint.marketPrice(120, p("0.0200")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("marketPrice 0.02 is outside the price range [0.001, 0.01]");
        assertThatThrownBy(() -> TracePoint.capacity(-1, 3)).hasMessageContaining("afterSeconds");
        assertThatThrownBy(() -> new TracePoint(0, null, null, null)).hasMessageContaining("sets nothing");

        assertThat(f.market.pool(ECS).mode()).isEqualTo(PriceMode.AUTO);
    }

    @Test
    void trace_pointPricesAreClampedIntoTheRangeInForceWhenApplied() {
        f.add(pool(ECS, 4));
        f.market.loadTrace(ECS, List.of(TracePoint.marketPrice(60, p("0.0090"))));

        f.update(ECS, PoolUpdate.of().maxPrice(p("0.0080")));
        f.advanceSeconds(60);

        assertThat(f.market.pool(ECS).marketPrice()).isEqualByComparingTo("0.0080");
    }
}

package io.github.dlckit.mock.engine.market;

import io.github.dlckit.model.SpotStockStatus;
import org.junit.jupiter.api.Test;

import static io.github.dlckit.mock.engine.market.MarketFixture.ECS;
import static io.github.dlckit.mock.engine.market.MarketFixture.ECS_2;
import static io.github.dlckit.mock.engine.market.MarketFixture.LINGJUN;
import static io.github.dlckit.mock.engine.market.MarketFixture.p;
import static io.github.dlckit.mock.engine.market.MarketFixture.pool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Pools: M1 (definition and defaults), M14 (stock), R2 (regions), updates and their errors. */
class PoolsTest {

    private final MarketFixture f = new MarketFixture();

    @Test
    void M1_definitionDefaults() {
        PoolDefinition definition = PoolDefinition.builder(ECS).attributes(SpecAttributes.cpu(4, 16)).capacity(100)
                .originalPrice(p("0.0117")).competingDemand(50).build();

        assertThat(definition.minPrice()).isEqualByComparingTo("0.00117");
        assertThat(definition.maxPrice()).isEqualByComparingTo("0.0117");
        assertThat(definition.protectionSeconds()).isEqualTo(3600);
        assertThat(definition.warningSeconds()).isZero();
        assertThat(definition.startPrice()).isEqualByComparingTo("0.003803"); // M2 target at utilisation 0.5, computed in doubles
    }

    @Test
    void M1_snapshotShowsThePool() {
        f.add(pool(ECS, 4));
        f.submit("job", ECS, 3, "0.0060");
        f.submit("waiter", ECS, 2, "0.0060");

        PoolSnapshot snapshot = f.market.pool(ECS);

        assertThat(snapshot.key()).isEqualTo(ECS);
        assertThat(snapshot.capacity()).isEqualTo(4);
        assertThat(snapshot.allocated()).isEqualTo(3);
        assertThat(snapshot.free()).isEqualTo(1);
        assertThat(snapshot.originalPrice()).isEqualByComparingTo("0.01");
        assertThat(snapshot.marketPrice()).isEqualByComparingTo("0.005");
        assertThat(snapshot.averagePrice()).isEqualByComparingTo("0.005");
        assertThat(snapshot.discount()).isEqualByComparingTo("0.5");
        assertThat(snapshot.mode()).isEqualTo(PriceMode.MANUAL);
        assertThat(snapshot.holdingDemands()).isEqualTo(1);
        assertThat(snapshot.waitingDemands()).isEqualTo(1);
        assertThat(f.market.pools()).containsExactly(snapshot);
    }

    @Test
    void M14_stockStatus() {
        f.add(pool(ECS, 2));
        assertThat(f.market.pool(ECS).stockStatus()).isEqualTo(SpotStockStatus.WITH_STOCK);

        f.submit("job", ECS, 2, "0.0060");
        assertThat(f.market.pool(ECS).stockStatus()).isEqualTo(SpotStockStatus.WITHOUT_STOCK);

        f.update(ECS, PoolUpdate.of().capacity(3)); // 1 free of 3: 33 % ≥ the default 20 %
        assertThat(f.market.pool(ECS).stockStatus()).isEqualTo(SpotStockStatus.WITH_STOCK);

        f.update(ECS, PoolUpdate.of().capacity(11)); // 9 free of 11 ... then a threshold of 90 % closes it
        f.update(ECS, PoolUpdate.of().stockThresholdPercent(90));
        assertThat(f.market.pool(ECS).stockStatus()).isEqualTo(SpotStockStatus.CLOSED_WITH_STOCK);

        f.market.withdraw("job");
        f.update(ECS, PoolUpdate.of().capacity(0));
        assertThat(f.market.pool(ECS).stockStatus()).isEqualTo(SpotStockStatus.CLOSED_WITHOUT_STOCK);
    }

    @Test
    void R2_poolsOnlyWhereTheRegionOffersThatType() {
        assertThatThrownBy(() -> f.market.addPool(pool(PoolKey.lingjun("cn-hangzhou", "ml.x"), 1).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("region cn-hangzhou offers no preemptible Lingjun resources (R2)");
        assertThatThrownBy(() -> f.market.addPool(pool(PoolKey.ecs("ap-southeast-1", "ecs.x"), 1).build()))
                .hasMessageContaining("R2");
        f.market.addPool(pool(PoolKey.ecs("cn-wulanchabu", "ecs.x"), 1).build());
        f.market.addPool(pool(PoolKey.lingjun("ap-southeast-1", "ml.x"), 1).build());
    }

    @Test
    void addPool_refusesADuplicate() {
        f.add(pool(ECS, 1));

        assertThatThrownBy(() -> f.market.addPool(pool(ECS, 2).build()))
                .hasMessage("pool cn-hangzhou/ECS/ecs.g7.xlarge already exists");
    }

    @Test
    void definition_refusesBadFieldsNamingThem() {
        assertThatThrownBy(() -> pool(ECS, -1).build()).hasMessage("capacity must not be negative, got -1");
        assertThatThrownBy(() -> pool(ECS, 1).startPrice(p("0.02")).build())
                .hasMessage("startPrice 0.02 is outside the price range [0.001, 0.01]");
        assertThatThrownBy(() -> pool(ECS, 1).minPrice(p("0.02")).build())
                .hasMessage("minPrice 0.02 is above maxPrice 0.01");
        assertThatThrownBy(() -> pool(ECS, 1).originalPrice(p("0")).build())
                .hasMessage("originalPrice must be positive, got 0");
        assertThatThrownBy(() -> PoolDefinition.builder(ECS).capacity(1).originalPrice(p("1")).build())
                .hasMessage("attributes is required");
        assertThatThrownBy(() -> new PoolKey("cn-hangzhou", io.github.dlckit.model.ResourceType.ACS, "x"))
                .hasMessageContaining("resourceType must be ECS or LINGJUN");
    }

    @Test
    void updatePool_refusesBadInputNamingTheFieldAndChangesNothing() {
        f.add(pool(ECS, 4));

        assertThatThrownBy(() -> f.market.updatePool(ECS, PoolUpdate.of().capacity(1).marketPrice(p("0.0200"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("marketPrice 0.02 is outside the price range [0.001, 0.01]");
        assertThatThrownBy(() -> f.market.updatePool(ECS, PoolUpdate.of().capacity(-2)))
                .hasMessage("capacity must not be negative, got -2");
        assertThatThrownBy(() -> f.market.updatePool(ECS, PoolUpdate.of().minPrice(p("0.02"))))
                .hasMessage("minPrice 0.02 is above maxPrice 0.01");
        assertThatThrownBy(() -> f.market.updatePool(ECS, PoolUpdate.of().averagePrice(p("0.0001"))))
                .hasMessageContaining("averagePrice");
        assertThatThrownBy(() -> f.market.updatePool(ECS, PoolUpdate.of().protectionSeconds(-1)))
                .hasMessageContaining("protectionSeconds");
        assertThatThrownBy(() -> f.market.updatePool(ECS_2, PoolUpdate.of().capacity(1)))
                .hasMessage("unknown pool cn-hangzhou/ECS/ecs.g7.2xlarge");

        assertThat(f.market.pool(ECS).capacity()).isEqualTo(4);
        assertThat(f.market.pool(ECS).marketPrice()).isEqualByComparingTo("0.005");
    }

    @Test
    void updatePool_narrowingTheRangeClampsMarketAndAverage() {
        f.add(pool(ECS, 4));

        PoolSnapshot snapshot = f.market.updatePool(ECS, PoolUpdate.of().minPrice(p("0.006")));

        assertThat(snapshot.marketPrice()).isEqualByComparingTo("0.006");
        assertThat(snapshot.averagePrice()).isEqualByComparingTo("0.006");
    }

    @Test
    void updatePool_changesEveryAttribute() {
        f.add(pool(ECS, 4));

        PoolSnapshot snapshot = f.market.updatePool(ECS, PoolUpdate.of().capacity(7).competingDemand(3)
                .originalPrice(p("0.02")).maxPrice(p("0.02")).protectionSeconds(60).warningSeconds(30)
                .marketPrice(p("0.015")).averagePrice(p("0.012")).mode(PriceMode.MANUAL));

        assertThat(snapshot).extracting(PoolSnapshot::capacity, PoolSnapshot::competingDemand,
                PoolSnapshot::protectionSeconds, PoolSnapshot::warningSeconds, PoolSnapshot::mode,
                PoolSnapshot::averagePinned).containsExactly(7, 3, 60L, 30L, PriceMode.MANUAL, true);
        assertThat(snapshot.originalPrice()).isEqualByComparingTo("0.02");
        assertThat(snapshot.maxPrice()).isEqualByComparingTo("0.02");
        assertThat(snapshot.marketPrice()).isEqualByComparingTo("0.015");
        assertThat(snapshot.averagePrice()).isEqualByComparingTo("0.012");
        assertThat(snapshot.discount()).isEqualByComparingTo("0.75");
    }

    @Test
    void protectionChangeAppliesToLaterAllocations() {
        f.add(pool(ECS, 4).protectionSeconds(0));
        f.submit("before", ECS, 1, "0.0060");
        f.update(ECS, PoolUpdate.of().protectionSeconds(600));
        f.submit("after", ECS, 1, "0.0060");

        f.setMarketPrice(ECS, "0.0080");

        assertThat(f.status("before")).isNull();
        assertThat(f.status("after")).isEqualTo(DemandStatus.HOLDING);
    }

    @Test
    void removePool_onlyWhenUnused() {
        f.add(pool(ECS, 4));
        f.submit("job", ECS, 1, "0.0060");

        assertThatThrownBy(() -> f.market.removePool(ECS)).hasMessageContaining("still has waiting or holding");
        f.market.withdraw("job");
        f.market.removePool(ECS);
        assertThat(f.market.pools()).isEmpty();
        assertThatThrownBy(() -> f.market.pool(LINGJUN)).hasMessageContaining("unknown pool");
    }
}

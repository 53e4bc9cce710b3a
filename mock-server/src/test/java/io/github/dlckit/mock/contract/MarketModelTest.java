package io.github.dlckit.mock.contract;

import io.github.dlckit.mock.DlcMockServer;
import io.github.dlckit.mock.control.PoolView;
import io.github.dlckit.mock.control.TracePointView;
import io.github.dlckit.model.EcsSpec;
import io.github.dlckit.model.JobStatus;
import io.github.dlckit.model.SpotSpec;
import io.github.dlckit.model.SpotStockStatus;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static io.github.dlckit.mock.contract.SpotJobs.G7;
import static io.github.dlckit.mock.contract.SpotJobs.GU108;
import static io.github.dlckit.mock.contract.SpotJobs.generalPurpose;
import static io.github.dlckit.mock.contract.SpotJobs.lingjun;
import static io.github.dlckit.mock.contract.SpotJobs.pyTorchJob;
import static io.github.dlckit.mock.contract.SpotJobs.role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** R14, R26 (ListEcsSpecs), M1–M3, M14, M16 and M34: the pools, their prices and their stock. */
class MarketModelTest extends SpotContract {

    @Test
    void M34_anEcsDescribeSpotPriceHistoryAnswerReplaysAsATrace_hourlyPricesPerMinute_theLowestZone(
            DlcMockServer server) throws Exception {
        String answer = """
                {"RequestId": "ECS-1", "NextOffset": 3, "Currency": "CNY", "SpotPrices": {"SpotPriceType": [
                  {"InstanceType": "ecs.g7.xlarge", "ZoneId": "cn-wulanchabu-a", "Timestamp": "2026-11-20T00:00:00Z",
                   "SpotPrice": 0.3, "OriginPrice": 0.702, "NetworkType": "vpc", "IoOptimized": "optimized"},
                  {"InstanceType": "ecs.g7.xlarge", "ZoneId": "cn-wulanchabu-b", "Timestamp": "2026-11-20T00:00:00Z",
                   "SpotPrice": 0.24, "OriginPrice": 0.702, "NetworkType": "vpc", "IoOptimized": "optimized"},
                  {"InstanceType": "ecs.g7.xlarge", "ZoneId": "cn-wulanchabu-b", "Timestamp": "2026-11-20T01:00:00Z",
                   "SpotPrice": 0.6, "OriginPrice": 0.702, "NetworkType": "vpc", "IoOptimized": "optimized"}]}}
                """;
        assertThat(sendControl(server, "POST", "/pools/" + G7 + "/trace", answer)).startsWith("200 ")
                .contains("\"Loaded\":true");

        assertThat(pool(G7).marketPrice()).as("the earliest time applies now: min(0.3, 0.24) ÷ 60")
                .isEqualByComparingTo("0.004");
        assertThat(pool(G7).priceMode()).isEqualTo("Manual");
        advance(3600);
        assertThat(pool(G7).marketPrice()).as("an hour later zone a's 0.3 is the lowest in force")
                .isEqualByComparingTo("0.005");
        assertThat(pool(G7).onDemandPrice()).as("OriginPrice is not applied").isEqualByComparingTo("0.0117");
    }

    @Test
    void R14_pricesFollowDemand_andSpotCostsUpToNinetyPercentLessThanPayAsYouGo() {
        float start = discount(G7);
        change(G7, c -> c.competingDemand(200));
        advance(30 * 60);
        assertThat(discount(G7)).as("demand up, price up").isGreaterThan(0.9f).isGreaterThan(start);

        change(G7, c -> c.competingDemand(0));
        advance(60 * 60);
        assertThat(discount(G7)).as("no demand: near the floor").isBetween(0.1f, 0.2f);
        assertThat(control.pools()).allSatisfy(p -> assertThat(p.minPrice())
                .isEqualByComparingTo(p.onDemandPrice().multiply(new BigDecimal("0.1"))));

        String id = submit(generalPurpose(0.0024));
        advance(600);
        assertThat(status(id)).isEqualTo(JobStatus.RUNNING);
        assertThat(bill(id).records()).allSatisfy(r -> assertThat(r.price()).isLessThanOrEqualTo(new BigDecimal("0.0024")));
    }

    @Test
    void R26_listEcsSpecsShowsEachSpecsSpotStockStatusAndNonProtectSpotDiscount() {
        change(G7, c -> c.capacity(1).marketPrice("0.00585"));
        price(GU108, "1.1");

        EcsSpec g7 = ecsSpec(G7);
        assertThat(g7.resourceType()).contains("ECS");
        assertThat(g7.spotStockStatusEnum()).isEqualTo(SpotStockStatus.WITH_STOCK);
        assertThat(g7.nonProtectSpotDiscount()).hasValue(0.5f);
        EcsSpec gu108 = ecsSpec(GU108);
        assertThat(gu108.resourceType()).contains("Lingjun");
        assertThat(gu108.nonProtectSpotDiscount()).hasValue(0.5f);

        submit(generalPurpose(0.011));
        change(G7, c -> c.marketPrice("0.00117"));
        assertThat(ecsSpec(G7).spotStockStatusEnum()).isEqualTo(SpotStockStatus.WITHOUT_STOCK);
        assertThat(ecsSpec(G7).nonProtectSpotDiscount()).hasValue(0.1f);
    }

    @Test
    void M1_aPoolIsRegionTypeAndSpecWithCapacity_anOriginalPrice_aFloorOfTenAndACeilingOfAHundredPercent() {
        assertThat(control.pools()).hasSize(dlc.listEcsSpecs(r -> r.pageSize(100)).ecsSpecs().size())
                .allSatisfy(p -> {
                    assertThat(p.region()).isEqualTo("cn-wulanchabu");
                    assertThat(ecsSpec(p.ecsSpec()).resourceType()).contains(p.resourceType());
                    assertThat(p.maxPrice()).isEqualByComparingTo(p.onDemandPrice());
                    assertThat(p.capacity()).isPositive();
                });

        PoolView added = change("ecs.g8i.xlarge", c -> c.resourceType("ECS").onDemandPrice("0.02").capacity(1));
        assertThat(added.minPrice()).isEqualByComparingTo("0.002");
        assertThat(added.maxPrice()).isEqualByComparingTo("0.02");
        assertThat(ecsSpec("ecs.g8i.xlarge").resourceType()).contains("ECS");

        SpotSpec bid = SpotSpec.priceLimit(0.02);
        String first = submit(pyTorchJob(role("Worker", "ecs.g8i.xlarge", 1, bid)).build());
        String second = submit(pyTorchJob(role("Worker", "ecs.g8i.xlarge", 1, bid)).build());
        assertThat(status(first)).isEqualTo(JobStatus.ENV_PREPARING);
        assertThat(status(second)).as("capacity counts instances").isEqualTo(JobStatus.QUEUING);
        assertRefusedUnder("R10", pyTorchJob(role("Worker", "ecs.g8i.xlarge", 1, SpotSpec.priceLimit(0.0019))).build());
    }

    @Test
    void M2_autoPricesMoveEachTickTowardTheUtilisationTarget_sameSeedSameHistory() {
        List<BigDecimal> walk = priceWalkUnderFullDemand();
        assertThat(walk.get(walk.size() - 1)).isGreaterThan(walk.get(0))
                .isCloseTo(pool(G7).maxPrice(), within(new BigDecimal("0.0005")));

        control.reset();
        assertThat(priceWalkUnderFullDemand()).isEqualTo(walk);
    }

    @Test
    void M3_theAveragePriceIsTheTimeWeightedMeanOverTheTrailingHour() {
        change(GU108, c -> c.marketPrice("1.0")); // pins the market only: the average follows it
        advance(30 * 60);
        assertThat(pool(GU108).averagePrice()).isEqualByComparingTo("1.0");
        change(GU108, c -> c.marketPrice("0.4"));
        String id = submit(lingjun(0.3, false)); // bid 0.66: allocated once 26 min at 1.0 + 34 at 0.4 = 0.66

        advance(33 * 60);
        assertThat(pool(GU108).averagePrice()).isEqualByComparingTo("0.67"); // (27 × 1.0 + 33 × 0.4) / 60
        assertThat(status(id)).isEqualTo(JobStatus.BIDDING);
        advance(60);
        assertThat(status(id)).isEqualTo(JobStatus.ENV_PREPARING);
        advance(26 * 60);
        assertThat(pool(GU108).averagePrice()).as("the hour holds only 0.4 now").isEqualByComparingTo("0.4");
    }

    @Test
    void M14_fourStockValues_withStock_closedWithStock_withoutStock_closedWithoutStock() {
        change(G7, c -> c.capacity(2));
        String id = submit(pyTorchJob(role("Worker", G7, 2, SpotSpec.priceLimit(0.011))).build());
        assertThat(ecsSpec(G7).spotStockStatusEnum()).isEqualTo(SpotStockStatus.WITHOUT_STOCK);
        assertThat(pool(G7).spotStockStatus()).isEqualTo("WithoutStock");

        change(G7, c -> c.capacity(11)); // 9 free of 11: at least the default 20 %
        assertThat(ecsSpec(G7).spotStockStatusEnum()).isEqualTo(SpotStockStatus.WITH_STOCK);
        assertThat(pool(G7).stockThresholdPercent()).isEqualTo(20);
        change(G7, c -> c.stockThresholdPercent(90)); // 9 free < 90 % of 11
        assertThat(ecsSpec(G7).spotStockStatusEnum()).isEqualTo(SpotStockStatus.CLOSED_WITH_STOCK);
        assertThat(pool(G7).spotStockStatus()).isEqualTo("ClosedWithStock");

        dlc.stopJob(id);
        change(G7, c -> c.capacity(0));
        assertThat(ecsSpec(G7).spotStockStatusEnum()).isEqualTo(SpotStockStatus.CLOSED_WITHOUT_STOCK);
        assertThat(pool(G7).spotStockStatus()).isEqualTo("ClosedWithoutStock");
    }

    @Test
    void M23_nonProtectSpotDiscountIsTheMarketPriceOverTheOriginalPrice_halfUpToTwoDecimals() {
        change(G7, c -> c.marketPrice("0.0038025")); // 0.325 of 0.0117: half-up gives 0.33
        assertThat(ecsSpec(G7).nonProtectSpotDiscount()).hasValue(0.33f);
        change(G7, c -> c.marketPrice("0.008")); // 0.68376…
        assertThat(ecsSpec(G7).nonProtectSpotDiscount()).hasValue(0.68f);
    }

    @Test
    void M16_aPriceSetThroughTheControlApiOrATraceIsPinnedUntilTheModeIsAutoAgain() {
        assertThat(pool(G7).priceMode()).isEqualTo("Auto");
        assertThat(moves(G7)).isTrue();

        change(G7, c -> c.marketPrice("0.005"));
        assertThat(pool(G7).priceMode()).isEqualTo("Manual");
        assertThat(moves(G7)).isFalse();
        change(GU108, c -> c.averagePrice("0.5"));
        advance(1800);
        assertThat(pool(GU108).averagePrice()).isEqualByComparingTo("0.5");

        control.loadTrace(G7, List.of(new TracePointView(60, new BigDecimal("0.008"), null, null),
                new TracePointView(180, new BigDecimal("0.004"), null, 5)));
        advance(59);
        assertThat(pool(G7).marketPrice()).isEqualByComparingTo("0.005");
        advance(1);
        assertThat(ecsSpec(G7).nonProtectSpotDiscount()).hasValue(0.68f); // 0.008 / 0.0117, 2 decimals (M23)
        advance(120);
        assertThat(pool(G7).marketPrice()).isEqualByComparingTo("0.004");
        assertThat(pool(G7).capacity()).isEqualTo(5);
        assertThat(moves(G7)).isFalse();

        change(G7, c -> c.priceMode("Auto"));
        assertThat(moves(G7)).isTrue();
    }

    /** Other tenants take the whole pool; the market price of each of the next 20 minutes. */
    private List<BigDecimal> priceWalkUnderFullDemand() {
        change(G7, c -> c.competingDemand(200));
        List<BigDecimal> prices = new ArrayList<>();
        for (int minute = 0; minute < 20; minute++) {
            BigDecimal atTick = pool(G7).marketPrice();
            advance(59);
            assertThat(pool(G7).marketPrice()).as("no move between ticks").isEqualTo(atTick);
            advance(1);
            prices.add(atTick);
        }
        return prices;
    }

    /** @return whether the market price changes over the next ten ticks */
    private boolean moves(String ecsSpec) {
        BigDecimal before = pool(ecsSpec).marketPrice();
        advance(600);
        return pool(ecsSpec).marketPrice().compareTo(before) != 0;
    }

    private float discount(String ecsSpec) {
        return ecsSpec(ecsSpec).nonProtectSpotDiscount().orElseThrow();
    }
}

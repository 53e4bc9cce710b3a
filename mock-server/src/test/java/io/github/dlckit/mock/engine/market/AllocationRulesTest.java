package io.github.dlckit.mock.engine.market;

import org.junit.jupiter.api.Test;

import static io.github.dlckit.mock.engine.market.MarketFixture.ECS;
import static io.github.dlckit.mock.engine.market.MarketFixture.ECS_2;
import static io.github.dlckit.mock.engine.market.MarketFixture.LINGJUN;
import static io.github.dlckit.mock.engine.market.MarketFixture.demand;
import static io.github.dlckit.mock.engine.market.MarketFixture.lingjunPool;
import static io.github.dlckit.mock.engine.market.MarketFixture.p;
import static io.github.dlckit.mock.engine.market.MarketFixture.pool;
import static io.github.dlckit.mock.engine.market.MarketFixture.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who gets instances, when, and in which order: R7, R9, R10, R12, R13, M4, M5, M6, M17. */
class AllocationRulesTest {

    private final MarketFixture f = new MarketFixture();

    @Test
    void R12_allocatesWhenBidCoversPriceAndStock() {
        f.add(pool(ECS, 4));

        f.submit("job-1", ECS, 3, "0.0060");

        assertThat(f.status("job-1")).isEqualTo(DemandStatus.HOLDING);
        assertThat(f.events.lines()).containsExactly("+0 allocated job-1 [i-spot-1, i-spot-2, i-spot-3]");
        DemandState state = f.market.demand("job-1").orElseThrow();
        assertThat(state.instances()).allSatisfy(instance -> {
            assertThat(instance.pool()).isEqualTo(ECS);
            assertThat(instance.allocatedAt()).isEqualTo(MarketFixture.T0);
            assertThat(instance.priceAtAllocation()).isEqualByComparingTo("0.0050");
        });
        assertThat(f.market.pool(ECS).allocated()).isEqualTo(3);
    }

    @Test
    void R12_bidBelowPriceIsNotAllocatedEvenWithStock() {
        f.add(pool(ECS, 4));

        f.submit("job-1", ECS, 1, "0.0049");

        assertThat(f.status("job-1")).isEqualTo(DemandStatus.WAITING);
        assertThat(f.events.lines()).isEmpty();
    }

    @Test
    void R12_notAllocatedWithoutEnoughStockEvenWithHighBid() {
        f.add(pool(ECS, 2));

        f.submit("job-1", ECS, 3, "0.0100");

        assertThat(f.status("job-1")).isEqualTo(DemandStatus.WAITING);
    }

    @Test
    void M4_tieBidEqualToPriceWins() {
        f.add(pool(ECS, 1));

        f.submit("job-1", ECS, 1, "0.005");

        assertThat(f.status("job-1")).isEqualTo(DemandStatus.HOLDING);
    }

    @Test
    void R13_waitsAndAllocatesWhenPriceFalls() {
        f.add(pool(ECS, 4));
        f.submit("job-1", ECS, 1, "0.0040");
        f.advanceSeconds(300);
        assertThat(f.status("job-1")).isEqualTo(DemandStatus.WAITING);

        f.setMarketPrice(ECS, "0.0040");

        assertThat(f.status("job-1")).isEqualTo(DemandStatus.HOLDING);
        assertThat(f.events.lines()).containsExactly("+300 allocated job-1 [i-spot-1]");
    }

    @Test
    void R13_waitsForStockAndAllocatesWhenCapacityGrows() {
        f.add(pool(ECS, 1));
        f.submit("job-1", ECS, 2, "0.0060");
        assertThat(f.status("job-1")).isEqualTo(DemandStatus.WAITING);

        f.advanceSeconds(60);
        f.update(ECS, PoolUpdate.of().capacity(2));

        assertThat(f.events.lines()).containsExactly("+60 allocated job-1 [i-spot-1, i-spot-2]");
    }

    @Test
    void R13_allocationHappensAtTheSettlementOfTheSameInstantNotBefore() {
        f.add(pool(ECS, 1));

        f.market.submit(demand("job-1", 0, request(ECS, 1, "0.0060")));

        assertThat(f.status("job-1")).isEqualTo(DemandStatus.WAITING);
        f.clock.runDue();
        assertThat(f.status("job-1")).isEqualTo(DemandStatus.HOLDING);
        assertThat(f.clock.now()).isEqualTo(MarketFixture.T0);
    }

    @Test
    void M4_discountBidIsFractionOfOriginalPrice() {
        // original 2.0: a 0.4 discount bid is worth 0.8 CNY/min
        f.add(lingjunPool(2).startPrice(p("0.81")));
        f.submit("job-1", LINGJUN, 1, "0.4");
        assertThat(f.status("job-1")).isEqualTo(DemandStatus.WAITING);

        f.update(LINGJUN, PoolUpdate.of().averagePrice(p("0.8")));

        assertThat(f.status("job-1")).isEqualTo(DemandStatus.HOLDING);
        assertThat(Bid.discountLimit(0.4).valueAt(p("2.0"))).isEqualByComparingTo("0.8");
        assertThat(Bid.discountLimit(0.4)).isEqualTo(Bid.discountLimit(p("0.4")));
        assertThat(Bid.priceLimit(0.011)).isEqualTo(Bid.priceLimit(p("0.011")));
    }

    @Test
    void M4_changingTheOriginalPriceRevaluesDiscountBids() {
        f.add(lingjunPool(2).startPrice(p("0.9")));
        f.submit("job-1", LINGJUN, 1, "0.4");
        assertThat(f.status("job-1")).isEqualTo(DemandStatus.WAITING);

        f.update(LINGJUN, PoolUpdate.of().originalPrice(p("2.5"))); // 0.4 × 2.5 = 1.0 ≥ 0.9

        assertThat(f.status("job-1")).isEqualTo(DemandStatus.HOLDING);
    }

    @Test
    void M17_lingjunAllocatedAgainstAveragePriceNotMarket() {
        f.add(lingjunPool(2));
        f.update(LINGJUN, PoolUpdate.of().marketPrice(p("1.5")).averagePrice(p("0.7")));

        f.submit("job-1", LINGJUN, 1, "0.4"); // worth 0.8: below market 1.5, above average 0.7

        assertThat(f.status("job-1")).isEqualTo(DemandStatus.HOLDING);
    }

    @Test
    void M17_generalPurposeAllocatedAgainstMarketNotAverage() {
        f.add(pool(ECS, 2));
        f.update(ECS, PoolUpdate.of().marketPrice(p("0.0080")).averagePrice(p("0.0020")));

        f.submit("job-1", ECS, 1, "0.0060");

        assertThat(f.status("job-1")).isEqualTo(DemandStatus.WAITING);
    }

    @Test
    void M5_gangAllocationAllOrNothing() {
        f.add(pool(ECS, 4)).add(pool(ECS_2, 1));

        f.submit("job-1", 0, request(ECS, 2, "0.0060"), request(ECS_2, 2, "0.0060"));

        assertThat(f.status("job-1")).isEqualTo(DemandStatus.WAITING);
        assertThat(f.market.pool(ECS).allocated()).isZero();

        f.update(ECS_2, PoolUpdate.of().capacity(2));

        assertThat(f.events.lines()).containsExactly("+0 allocated job-1 [i-spot-1, i-spot-2, i-spot-3, i-spot-4]");
        assertThat(f.market.pool(ECS).allocated()).isEqualTo(2);
        assertThat(f.market.pool(ECS_2).allocated()).isEqualTo(2);
    }

    @Test
    void M5_gangWaitsWhileAnyBidIsBelowItsPrice() {
        f.add(pool(ECS, 4)).add(pool(ECS_2, 4));

        f.submit("job-1", 0, request(ECS, 1, "0.0060"), request(ECS_2, 1, "0.0040"));

        assertThat(f.status("job-1")).isEqualTo(DemandStatus.WAITING);
    }

    @Test
    void M5_twoRequestsOnOnePoolNeedTheirSumInStock() {
        f.add(pool(ECS, 3));

        f.submit("job-1", 0, request(ECS, 2, "0.0060"), request(ECS, 2, "0.0060"));

        assertThat(f.status("job-1")).isEqualTo(DemandStatus.WAITING);
        f.update(ECS, PoolUpdate.of().capacity(4));
        assertThat(f.market.pool(ECS).allocated()).isEqualTo(4);
    }

    @Test
    void M6_priorityThenSubmissionOrder() {
        f.add(pool(ECS, 0));
        f.submit("low-early", 1, request(ECS, 1, "0.0060"));
        f.advanceSeconds(10);
        f.submit("high-late", 5, request(ECS, 1, "0.0060"));
        f.submit("low-late", 1, request(ECS, 1, "0.0060"));
        f.submit("high-latest", 5, request(ECS, 1, "0.0060"));

        f.update(ECS, PoolUpdate.of().capacity(3));

        assertThat(f.events.lines()).containsExactly(
                "+10 allocated high-late [i-spot-1]",
                "+10 allocated high-latest [i-spot-2]",
                "+10 allocated low-early [i-spot-3]");
        assertThat(f.status("low-late")).isEqualTo(DemandStatus.WAITING);
    }

    @Test
    void M6_submissionTimeGivenByTheDemandKeepsItsPlace() {
        f.add(pool(ECS, 0));
        f.advanceSeconds(100);
        f.market.submit(MarketFixture.demand("newcomer", 0, request(ECS, 1, "0.0060"))
                .withSubmittedAt(f.at(50)));
        f.market.submit(MarketFixture.demand("requeued", 0, request(ECS, 1, "0.0060"))
                .withSubmittedAt(f.at(10)));
        f.clock.runDue();

        f.update(ECS, PoolUpdate.of().capacity(1));

        assertThat(f.status("requeued")).isEqualTo(DemandStatus.HOLDING);
        assertThat(f.status("newcomer")).isEqualTo(DemandStatus.WAITING);
    }

    @Test
    void M6_bigJobDoesNotBlockSmallerOne() {
        f.add(pool(ECS, 0));
        f.submit("big", 9, request(ECS, 5, "0.0060"));
        f.submit("small", 0, request(ECS, 2, "0.0060"));

        f.update(ECS, PoolUpdate.of().capacity(3));

        assertThat(f.status("big")).isEqualTo(DemandStatus.WAITING);
        assertThat(f.status("small")).isEqualTo(DemandStatus.HOLDING);
    }

    @Test
    void M6_orderHoldsAcrossPoolsThatImproveAtOnce() {
        f.add(pool(ECS, 0)).add(pool(ECS_2, 1));
        f.submit("low", 0, request(ECS, 1, "0.0060"), request(ECS_2, 1, "0.0040"));
        f.submit("high", 5, request(ECS_2, 1, "0.0040"));

        // both pools improve in one settlement; pool order (ECS first) must not beat queue order
        f.market.updatePool(ECS, PoolUpdate.of().capacity(1));
        f.market.updatePool(ECS_2, PoolUpdate.of().marketPrice(p("0.0040")));
        f.clock.runDue();

        assertThat(f.status("high")).isEqualTo(DemandStatus.HOLDING);
        assertThat(f.status("low")).isEqualTo(DemandStatus.WAITING);
    }

    @Test
    void R7_discountLimitIsTenthsFromOneToNine() {
        f.add(lingjunPool(1));

        for (String bad : new String[] {"0.05", "0.95", "1.0", "0.45"}) {
            assertThatThrownBy(() -> f.market.submit(demand("job", 0, request(LINGJUN, 1, bad))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("SpotDiscountLimit").hasMessageContaining("R7");
        }
        f.market.validate(demand("job", 0, request(LINGJUN, 1, "0.10")));
        f.market.validate(demand("job", 0, request(LINGJUN, 1, "0.9")));
    }

    @Test
    void R9_lingjunTakesOnlyDiscountBidsAndGeneralPurposeOnlyPriceLimits() {
        f.add(pool(ECS, 1)).add(lingjunPool(1));

        assertThatThrownBy(() -> f.market.submit(demand("a", 0,
                new PoolRequest(LINGJUN, 1, Bid.priceLimit(p("1.0"))))))
                .hasMessageContaining("SpotPriceLimit").hasMessageContaining("R9");
        assertThatThrownBy(() -> f.market.submit(demand("b", 0,
                new PoolRequest(ECS, 1, Bid.discountLimit(p("0.4"))))))
                .hasMessageContaining("SpotDiscountLimit").hasMessageContaining("R9");
    }

    @Test
    void R10_priceLimitMustLieWithinMarketRange() {
        f.add(pool(ECS, 1));

        assertThatThrownBy(() -> f.market.submit(demand("job", 0, request(ECS, 1, "0.0101"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SpotPriceLimit 0.0101").hasMessageContaining("[0.001, 0.01]");
        assertThatThrownBy(() -> f.market.submit(demand("job", 0, request(ECS, 1, "0.0009"))))
                .hasMessageContaining("R10");
        assertThat(f.market.demand("job")).isEmpty();
    }

    @Test
    void submit_refusesUnknownPoolDuplicateJobAndFutureSubmission() {
        f.add(pool(ECS, 1));
        f.submit("job", ECS, 1, "0.0060");

        assertThatThrownBy(() -> f.market.submit(demand("other", 0, request(ECS_2, 1, "0.0060"))))
                .hasMessageContaining("unknown pool cn-hangzhou/ECS/ecs.g7.2xlarge");
        assertThatThrownBy(() -> f.market.submit(demand("job", 0, request(ECS, 1, "0.0060"))))
                .hasMessageContaining("job job already has a demand");
        assertThatThrownBy(() -> f.market.submit(demand("later", 0, request(ECS, 1, "0.0060"))
                .withSubmittedAt(f.at(1))))
                .hasMessageContaining("submittedAt");
        assertThatThrownBy(() -> new PoolRequest(ECS, 0, Bid.priceLimit(p("0.005"))))
                .hasMessageContaining("instances must be positive");
    }
}

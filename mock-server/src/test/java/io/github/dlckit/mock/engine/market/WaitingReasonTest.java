package io.github.dlckit.mock.engine.market;

import org.junit.jupiter.api.Test;

import static io.github.dlckit.mock.engine.market.MarketFixture.ECS;
import static io.github.dlckit.mock.engine.market.MarketFixture.ECS_2;
import static io.github.dlckit.mock.engine.market.MarketFixture.pool;
import static io.github.dlckit.mock.engine.market.MarketFixture.request;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * M21: a settlement lists for re-reading only the waiting jobs whose reason can have changed (their bid or need
 * crossed the pool's price or free stock, or they are new); the reason of the others stands and quotes its pool's
 * numbers of the last settlement, until it stops standing and keeps them.
 */
class WaitingReasonTest {

    private final MarketFixture f = new MarketFixture();

    @Test
    void aPriceMoveThatCrossesNoBidListsNobodyButTheStandingReasonQuotesTheNewPrice() {
        f.add(pool(ECS, 5));
        f.submit("low", ECS, 1, "0.0030");
        f.submit("lower", ECS, 1, "0.0020");
        assertThat(f.market.waitingJobsOfLastSettlement()).containsExactly("lower");
        WaitingReason reason = f.market.waitingReason("low").orElseThrow();
        assertThat(reason.message()).isEqualTo("bid 0.0030 is below the market price 0.0050 for ecs.g7.xlarge"
                + " (CNY per minute)");

        f.setMarketPrice(ECS, "0.0040");

        assertThat(f.market.waitingJobsOfLastSettlement()).isEmpty();
        assertThat(reason.message()).contains("market price 0.0040");
    }

    @Test
    void aPriceMoveListsExactlyTheBidsItCrossesInQueueOrder() {
        f.add(pool(ECS, 0));
        f.submit("a", ECS, 1, "0.0030");
        f.submit("b", ECS, 1, "0.0045");
        f.submit("c", ECS, 1, "0.0060");
        f.submit("d", ECS, 1, "0.0040");

        f.setMarketPrice(ECS, "0.0040"); // b and d now meet the price (no stock): their reason flips to stock

        assertThat(f.market.waitingJobsOfLastSettlement()).containsExactly("b", "d");
        assertThat(f.market.waitingReason("d").orElseThrow().code()).isEqualTo(WaitingReason.STOCK_INSUFFICIENT);
        assertThat(f.market.waitingReason("a").orElseThrow().code()).isEqualTo(WaitingReason.PRICE_TOO_LOW);
    }

    @Test
    void aStockChangeListsExactlyTheNeedsItCrosses() {
        f.add(pool(ECS, 1)).add(pool(ECS_2, 0));
        f.submit("holder", ECS, 1, "0.0060");
        f.submit("gang", 0, request(ECS, 2, "0.0060"), request(ECS_2, 1, "0.0060"));
        f.submit("three", ECS, 3, "0.0060");
        f.submit("five", ECS, 5, "0.0060");

        f.update(ECS, PoolUpdate.of().capacity(3)); // free 0 -> 2: the gang's need of 2 crosses it, 3 and 5 do not

        assertThat(f.market.waitingJobsOfLastSettlement()).containsExactly("gang");
        assertThat(f.market.waitingReason("gang").orElseThrow().message()).contains("needs 1 instance(s) of"
                + " ecs.g7.2xlarge but the free stock is 0");
        assertThat(f.market.waitingReason("three").orElseThrow().message()).contains("free stock is 2 (capacity 3)");
    }

    @Test
    void aReasonKeepsItsNumbersOnceItsDemandIsAllocated() {
        f.add(pool(ECS, 0));
        f.submit("job", ECS, 1, "0.0060");
        WaitingReason reason = f.market.waitingReason("job").orElseThrow();
        assertThat(reason.message()).contains("free stock is 0 (capacity 0)");

        f.update(ECS, PoolUpdate.of().capacity(3));

        assertThat(f.market.demand("job").orElseThrow().status()).isNotEqualTo(DemandStatus.WAITING);
        assertThat(reason.message()).as("the numbers of the last settlement it waited at")
                .contains("free stock is 0 (capacity 0)");
        f.update(ECS, PoolUpdate.of().capacity(7));
        assertThat(reason.message()).contains("free stock is 0 (capacity 0)");
    }
}

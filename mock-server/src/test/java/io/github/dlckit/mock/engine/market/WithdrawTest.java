package io.github.dlckit.mock.engine.market;

import org.junit.jupiter.api.Test;

import static io.github.dlckit.mock.engine.market.MarketFixture.ECS;
import static io.github.dlckit.mock.engine.market.MarketFixture.pool;
import static org.assertj.core.api.Assertions.assertThat;

/** A job that stops, finishes or fails withdraws its demand. */
class WithdrawTest {

    private final MarketFixture f = new MarketFixture();

    @Test
    void withdraw_waitingDemandLeavesTheQueue() {
        f.add(pool(ECS, 0));
        f.submit("job", ECS, 1, "0.0060");

        assertThat(f.market.withdraw("job")).isTrue();
        f.update(ECS, PoolUpdate.of().capacity(1));

        assertThat(f.market.demand("job")).isEmpty();
        assertThat(f.events.lines()).isEmpty();
        assertThat(f.market.pool(ECS).waitingDemands()).isZero();
    }

    @Test
    void withdraw_freesInstancesAtOnceClosesBillingAndLetsTheNextWaiterIn() {
        f.add(pool(ECS, 2));
        f.submit("holder", ECS, 2, "0.0060");
        f.submit("waiter", ECS, 1, "0.0060");
        f.advanceSeconds(42);

        assertThat(f.market.withdraw("holder")).isTrue();

        assertThat(f.market.pool(ECS).allocated()).isZero(); // at once, before the settlement
        f.clock.runDue();
        assertThat(f.events.lines()).containsExactly("+0 allocated holder [i-spot-1, i-spot-2]",
                "+42 allocated waiter [i-spot-3]");
        f.advanceSeconds(100);
        assertThat(f.market.billing().records("holder")).allSatisfy(record -> {
            assertThat(record.endTime()).isEqualTo(f.at(42));
            assertThat(record.open()).isFalse();
        });
        assertThat(f.market.billing().total("holder")).isEqualByComparingTo("0.007"); // 2 × 0.005 × 42 / 60
    }

    @Test
    void withdraw_unknownJobReturnsFalse() {
        assertThat(f.market.withdraw("nobody")).isFalse();
    }
}

package io.github.dlckit.mock.engine.market;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.github.dlckit.mock.engine.market.MarketFixture.ECS;
import static io.github.dlckit.mock.engine.market.MarketFixture.LINGJUN;
import static io.github.dlckit.mock.engine.market.MarketFixture.lingjunPool;
import static io.github.dlckit.mock.engine.market.MarketFixture.p;
import static io.github.dlckit.mock.engine.market.MarketFixture.pool;
import static io.github.dlckit.mock.engine.market.MarketFixture.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** What jobs pay: R22, R23, R24, M13, M15. */
class BillingTest {

    private final MarketFixture f = new MarketFixture();

    @Test
    void M13_billingPerSecondPerPriceSegment() {
        f.add(pool(ECS, 4).startPrice(p("0.0060")));
        f.submit("job", ECS, 2, "0.0090");
        f.advanceSeconds(90);
        f.setMarketPrice(ECS, "0.0075");
        f.advanceSeconds(61);
        f.market.withdraw("job");
        f.advanceSeconds(600);

        List<BillingRecord> records = f.market.billing().records("job");

        assertThat(records).extracting(BillingRecord::instanceId, BillingRecord::startTime, BillingRecord::endTime,
                        BillingRecord::price, BillingRecord::amount, BillingRecord::open)
                .containsExactly(
                        tuple("i-spot-1", f.at(0), f.at(90), p("0.0060"), p("0.0090000000"), false),
                        tuple("i-spot-2", f.at(0), f.at(90), p("0.0060"), p("0.0090000000"), false),
                        tuple("i-spot-1", f.at(90), f.at(151), p("0.0075"), p("0.0076250000"), false),
                        tuple("i-spot-2", f.at(90), f.at(151), p("0.0075"), p("0.0076250000"), false));
        assertThat(f.market.billing().total("job")).isEqualByComparingTo("0.03325");
        assertThat(records).allSatisfy(record -> assertThat(record.ecsSpec()).isEqualTo("ecs.g7.xlarge"));
    }

    @Test
    void M13_openSegmentCountsUpToNow() {
        f.add(pool(ECS, 4).startPrice(p("0.0060")));
        f.submit("job", ECS, 1, "0.0090");

        f.advanceSeconds(45);
        assertThat(f.market.billing().records("job")).singleElement().satisfies(record -> {
            assertThat(record.endTime()).isEqualTo(f.at(45));
            assertThat(record.open()).isTrue();
            assertThat(record.amount()).isEqualByComparingTo("0.0045");
        });
        f.advanceSeconds(15);
        assertThat(f.market.billing().total("job")).isEqualByComparingTo("0.0060");
    }

    @Test
    void M13_amountIsExactPriceTimesSecondsOverSixtyRoundedToTenDecimals() {
        assertThat(SpotBilling.m13Amount(p("0.0117"), Duration.ofSeconds(1))).isEqualTo(p("0.0001950000"));
        assertThat(SpotBilling.m13Amount(p("0.001"), Duration.ofSeconds(1))).isEqualTo(p("0.0000166667"));
        assertThat(SpotBilling.m13Amount(p("0.006"), Duration.ofMillis(1500))).isEqualTo(p("0.0001500000"));
    }

    @Test
    void M15_billingStartsAtAllocationNotAtSubmission() {
        f.add(pool(ECS, 4));
        f.submit("job", ECS, 1, "0.0040");
        f.advanceSeconds(100);
        f.setMarketPrice(ECS, "0.0040");
        f.advanceSeconds(60);

        assertThat(f.market.billing().records("job")).singleElement()
                .satisfies(record -> assertThat(record.startTime()).isEqualTo(f.at(100)));
    }

    @Test
    void R22_lingjunIsBilledAtTheMarketPriceNotTheAverage() {
        f.add(lingjunPool(1));
        f.update(LINGJUN, PoolUpdate.of().averagePrice(p("0.5")));
        f.submit("job", LINGJUN, 1, "0.4");

        f.advanceSeconds(60);

        assertThat(f.market.billing().records("job")).singleElement()
                .satisfies(record -> assertThat(record.price()).isEqualByComparingTo("0.6"));
    }

    @Test
    void R23_recordsAreTaggedSpot() {
        f.add(pool(ECS, 4));
        f.submit("job", ECS, 1, "0.0060");
        f.advanceSeconds(10);

        assertThat(f.market.billing().records("job")).singleElement()
                .satisfies(record -> assertThat(record.tags()).isEqualTo(Map.of("acs:pai:dlc:payType", "spot")));
    }

    @Test
    void R24_jobsOnSamePoolPaySamePrice() {
        f.add(pool(ECS, 4));
        f.submit("modest", ECS, 1, "0.0060");
        f.submit("generous", ECS, 1, "0.0100");
        f.advanceSeconds(30);
        f.setMarketPrice(ECS, "0.0055");
        f.advanceSeconds(30);

        assertThat(f.market.billing().records("modest")).extracting(BillingRecord::price, BillingRecord::amount)
                .isEqualTo(f.market.billing().records("generous").stream()
                        .map(record -> tuple(record.price(), record.amount())).toList());
        assertThat(f.market.billing().total("modest")).isEqualByComparingTo(f.market.billing().total("generous"));
    }

    @Test
    void billing_recordsAndTotalsPerOwner() {
        f.add(pool(ECS, 4));
        f.market.submit(new Demand("a", "alice", 0, f.clock.now(), List.of(request(ECS, 1, "0.0060"))));
        f.market.submit(new Demand("b", "bob", 0, f.clock.now(), List.of(request(ECS, 2, "0.0060"))));
        f.market.submit(new Demand("c", "alice", 0, f.clock.now(), List.of(request(ECS, 1, "0.0060"))));
        f.clock.runDue();
        f.advanceSeconds(60);

        assertThat(f.market.billing().recordsOfOwner("alice")).extracting(BillingRecord::jobId).containsExactly("a", "c");
        assertThat(f.market.billing().totalOfOwner("alice")).isEqualByComparingTo("0.01");
        assertThat(f.market.billing().totalOfOwner("bob")).isEqualByComparingTo("0.01");
        assertThat(f.market.billing().total("unknown")).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(f.market.billing().billedJobs()).containsExactly("a", "b", "c");
    }

    /**
     * M13 with M31: bill lines are derived from the pool's history when read; once retention trims the history
     * under a closed holding, the holding keeps its own prices, so its bill never changes.
     */
    @Test
    void M13_billLinesOutliveTheRetentionOfThePriceHistoryTheyCameFrom() {
        f.add(pool(ECS, 4).startPrice(p("0.0060")));
        f.update(ECS, PoolUpdate.of().mode(PriceMode.AUTO)); // the fixture pins prices; let them move
        f.submit("closed", ECS, 2, "0.0100");
        f.submit("open", ECS, 1, "0.0100");
        f.advanceSeconds(3 * 3600 + 17); // the price moves at every tick (M2's noise)
        f.market.withdraw("closed");
        List<BillingRecord> before = f.market.billing().records("closed");
        BigDecimal totalBefore = f.market.billing().total("closed");

        f.advanceSeconds(Duration.ofDays(40).toSeconds()); // history older than 30 days is trimmed meanwhile

        assertThat(before).hasSizeGreaterThan(2 * 100);
        assertThat(f.market.billing().records("closed")).isEqualTo(before);
        assertThat(f.market.billing().total("closed")).isEqualTo(totalBefore);
        List<BillingRecord> open = f.market.billing().records("open");
        assertThat(open.get(0).startTime()).as("an open holding keeps the history back to its start").isEqualTo(f.at(0));
        assertThat(open.get(open.size() - 1).endTime()).isEqualTo(f.clock.now());
        assertThat(open.stream().map(BillingRecord::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(f.market.billing().total("open"));
    }
}

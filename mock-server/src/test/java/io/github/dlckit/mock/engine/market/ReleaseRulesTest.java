package io.github.dlckit.mock.engine.market;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.github.dlckit.mock.engine.market.MarketFixture.ECS;
import static io.github.dlckit.mock.engine.market.MarketFixture.ECS_2;
import static io.github.dlckit.mock.engine.market.MarketFixture.LINGJUN;
import static io.github.dlckit.mock.engine.market.MarketFixture.lingjunPool;
import static io.github.dlckit.mock.engine.market.MarketFixture.p;
import static io.github.dlckit.mock.engine.market.MarketFixture.pool;
import static io.github.dlckit.mock.engine.market.MarketFixture.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who loses instances, when, and what they are told: R15–R20, M7, M9. */
class ReleaseRulesTest {

    private final MarketFixture f = new MarketFixture();

    @Test
    void R16_generalPurposeReleasedWhenBidBelowMarket() {
        f.add(pool(ECS, 4));
        f.submit("low", ECS, 1, "0.0060");
        f.submit("tie", ECS, 1, "0.0065");
        f.advanceSeconds(30);

        f.setMarketPrice(ECS, "0.0065");

        assertThat(f.events.lines()).endsWith("+30 released low PRICE");
        assertThat(f.events.releaseMessages)
                .containsExactly(": market price 0.0065 is above the bid 0.0060 for ecs.g7.xlarge (CNY per minute)");
        assertThat(f.status("low")).isNull();
        assertThat(f.status("tie")).isEqualTo(DemandStatus.HOLDING);
        assertThat(f.market.pool(ECS).allocated()).isEqualTo(1);
    }

    @Test
    void R16_generalPurposeIgnoresTheAveragePrice() {
        f.add(pool(ECS, 4));
        f.submit("job", ECS, 1, "0.0060");

        f.update(ECS, PoolUpdate.of().averagePrice(p("0.0090")));

        assertThat(f.status("job")).isEqualTo(DemandStatus.HOLDING);
    }

    @Test
    void R17_lingjunReleasedWhenBidBelowAveragePrice() {
        f.add(lingjunPool(2));
        f.submit("job", LINGJUN, 1, "0.4"); // worth 0.8

        f.update(LINGJUN, PoolUpdate.of().averagePrice(p("0.81")));

        assertThat(f.events.lines()).endsWith("+0 released job PRICE");
        assertThat(f.events.releaseMessages).containsExactly(": average price 0.8100 is above the bid 0.8000 for"
                + " ml.gu7xf.8xlarge-gu108 (CNY per minute)");
    }

    @Test
    void R17_lingjunNotReleasedWhenOnlyTheMarketSpikes() {
        f.add(lingjunPool(2));
        f.submit("job", LINGJUN, 1, "0.4"); // worth 0.8; market and average 0.6
        f.advanceSeconds(3600);

        f.setMarketPrice(LINGJUN, "1.9");
        f.advanceSeconds(120);
        f.setMarketPrice(LINGJUN, "0.6");
        f.advanceSeconds(600);

        // at +3720 the 60-min average was (58 × 0.6 + 2 × 1.9) / 60 = 0.643333: still below the bid
        assertThat(f.status("job")).isEqualTo(DemandStatus.HOLDING);
        assertThat(f.events.releaseMessages).isEmpty();
    }

    @Test
    void R17_lingjunReleasedOnceASustainedSpikeLiftsTheAverage() {
        f.add(lingjunPool(2));
        f.submit("job", LINGJUN, 1, "0.4");
        f.advanceSeconds(3600);

        f.setMarketPrice(LINGJUN, "1.9");
        f.advanceSeconds(20 * 60);

        // (60 − k) × 0.6 + k × 1.9 > 0.8 × 60 first at the tick k = 10 minutes after the spike
        assertThat(f.events.lines()).endsWith("+4200 released job PRICE");
        assertThat(f.events.releaseMessages.get(0)).contains("average price 0.816667 is above the bid 0.8000");
    }

    @Test
    void M5_releasingOnePoolReleasesTheWholeGang() {
        f.add(pool(ECS, 4)).add(pool(ECS_2, 4));
        f.submit("job", 0, request(ECS, 2, "0.0060"), request(ECS_2, 1, "0.0060"));

        f.setMarketPrice(ECS_2, "0.0070");

        assertThat(f.status("job")).isNull();
        assertThat(f.market.pool(ECS).allocated()).isZero();
        assertThat(f.market.pool(ECS_2).allocated()).isZero();
        assertThat(f.events.lines()).containsExactly("+0 allocated job [i-spot-1, i-spot-2, i-spot-3]",
                "+0 released job PRICE");
    }

    @Test
    void M7_protectedInstancesNeverReleasedForTheirPrice() {
        f.add(pool(ECS, 4).protectionSeconds(600));
        f.submit("job", ECS, 1, "0.0060");
        f.advanceSeconds(60);

        f.setMarketPrice(ECS, "0.0090");
        f.advanceSeconds(539);

        assertThat(f.status("job")).isEqualTo(DemandStatus.HOLDING);
        assertThat(f.market.demand("job").orElseThrow().protectedUntil()).isEqualTo(f.at(600));
        f.advanceSeconds(1);
        assertThat(f.events.lines()).endsWith("+600 released job PRICE");
    }

    @Test
    void M7_zeroProtectionMeansNone() {
        f.add(pool(ECS, 4).protectionSeconds(0));
        f.submit("job", ECS, 1, "0.0060");

        f.setMarketPrice(ECS, "0.0090");

        assertThat(f.events.lines()).endsWith("+0 released job PRICE");
    }

    @Test
    void M7_capacityShrinkReleasesNewestUnprotectedFirst() {
        f.add(pool(ECS, 5).protectionSeconds(100));
        f.submit("oldest", ECS, 1, "0.0060");
        f.advanceSeconds(50);
        f.submit("middle", ECS, 2, "0.0060");
        f.advanceSeconds(70);
        f.submit("newest-protected", ECS, 1, "0.0060"); // protected until +220
        f.advanceSeconds(40); // +160: oldest and middle are unprotected

        f.update(ECS, PoolUpdate.of().capacity(3));

        assertThat(f.events.lines()).endsWith("+160 released middle STOCK");
        assertThat(f.status("oldest")).isEqualTo(DemandStatus.HOLDING);
        assertThat(f.status("newest-protected")).isEqualTo(DemandStatus.HOLDING);
        assertThat(f.events.releaseMessages).containsExactly(": insufficient stock of ecs.g7.xlarge (capacity 3,"
                + " allocated 4)");
    }

    @Test
    void M7_aCapacityLossNeverTakesProtectedInstances_thePoolIsOverCommittedUntilTheirProtectionEnds() {
        f.add(pool(ECS, 4).protectionSeconds(100));
        f.submit("first", ECS, 1, "0.0060");
        f.advanceSeconds(10);
        f.submit("second", ECS, 2, "0.0060");
        f.advanceSeconds(95); // +105: first is unprotected, second protected until +110
        f.submit("third", ECS, 1, "0.0060"); // protected until +205

        f.update(ECS, PoolUpdate.of().capacity(2));

        assertThat(f.events.lines()).endsWith("+105 released first STOCK");
        assertThat(f.status("second")).isEqualTo(DemandStatus.HOLDING);
        assertThat(f.status("third")).isEqualTo(DemandStatus.HOLDING);
        assertThat(f.market.pool(ECS).allocated()).as("over-committed while protected").isEqualTo(3);
        assertThat(f.market.pool(ECS).stockStatus()).isEqualTo(io.github.dlckit.model.SpotStockStatus.WITHOUT_STOCK);

        f.advanceSeconds(5); // +110: second's protection ends and it is the newest unprotected holder
        assertThat(f.events.lines()).endsWith("+110 released second STOCK");
        assertThat(f.market.pool(ECS).allocated()).isEqualTo(1);
        assertThat(f.status("third")).isEqualTo(DemandStatus.HOLDING);
    }

    @Test
    void R18_releasedWithoutNoticeByDefault() {
        f.add(pool(ECS, 4));
        f.submit("job", ECS, 1, "0.0060");

        f.setMarketPrice(ECS, "0.0070");

        assertThat(f.events.lines()).noneMatch(line -> line.contains("warned"));
        assertThat(f.status("job")).isNull();
    }

    @Test
    void M9_warningBeforeRelease() {
        f.add(pool(ECS, 4).warningSeconds(120));
        f.submit("job", ECS, 1, "0.0060");
        f.advanceSeconds(60);

        f.setMarketPrice(ECS, "0.0070");

        assertThat(f.events.lines()).endsWith("+60 warned job PRICE release at +180");
        DemandState state = f.market.demand("job").orElseThrow();
        assertThat(state.status()).isEqualTo(DemandStatus.RELEASE_PENDING);
        assertThat(state.releaseAt()).isEqualTo(f.at(180));

        f.advanceSeconds(40);
        f.setMarketPrice(ECS, "0.0050"); // recovery does not cancel a given notice
        f.advanceSeconds(79);
        assertThat(f.status("job")).isEqualTo(DemandStatus.RELEASE_PENDING);
        f.advanceSeconds(1);
        assertThat(f.events.lines()).endsWith("+180 released job PRICE");
        assertThat(f.market.billing().records("job")).last()
                .satisfies(record -> assertThat(record.endTime()).isEqualTo(f.at(180)));
    }

    @Test
    void M9_aStockReleaseIsAnnouncedLikeAPriceRelease() {
        f.add(pool(ECS, 3).warningSeconds(60));
        f.submit("a", ECS, 1, "0.0060");
        f.submit("b", ECS, 1, "0.0060");
        f.submit("c", ECS, 1, "0.0060");

        f.update(ECS, PoolUpdate.of().capacity(2));
        f.advanceSeconds(30);
        f.update(ECS, PoolUpdate.of().competingDemand(1)); // an announced victim counts as gone: no second one

        assertThat(f.events.lines()).endsWith("+0 warned c STOCK release at +60");
        assertThat(f.market.pool(ECS).allocated()).as("held through the notice").isEqualTo(3);
        f.advanceSeconds(30);
        assertThat(f.events.lines()).endsWith("+60 released c STOCK");
        assertThat(f.market.pool(ECS).allocated()).isEqualTo(2);
    }

    @Test
    void M9_withdrawalDuringWarningCancelsTheRelease() {
        f.add(pool(ECS, 4).warningSeconds(120));
        f.submit("job", ECS, 1, "0.0060");
        f.setMarketPrice(ECS, "0.0070");

        assertThat(f.market.withdraw("job")).isTrue();
        f.advanceSeconds(300);

        assertThat(f.events.lines()).noneMatch(line -> line.contains("released"));
    }

    @Test
    void R19_releasedDemandLeavesTheMarket() {
        f.add(pool(ECS, 4));
        f.submit("job", ECS, 1, "0.0060");
        f.setMarketPrice(ECS, "0.0070");

        f.setMarketPrice(ECS, "0.0050");

        assertThat(f.market.demand("job")).isEmpty();
        assertThat(f.market.withdraw("job")).isFalse();
        assertThat(f.events.lines()).containsExactly("+0 allocated job [i-spot-1]", "+0 released job PRICE");
    }

    @Test
    void R20_listenerMayResubmitAReleasedJobWhichResumesWhenTheAverageFalls() {
        f.add(lingjunPool(1));
        Instant firstSubmission = f.clock.now();
        f.market.addListener(new MarketListener() {
            @Override
            public void onReleased(String jobId, ReleaseCause cause, String message) {
                f.market.submit(MarketFixture.demand(jobId, 0, request(LINGJUN, 1, "0.4"))
                        .withSubmittedAt(firstSubmission));
            }
        });
        f.submit("job", LINGJUN, 1, "0.4");
        f.advanceSeconds(60);

        f.update(LINGJUN, PoolUpdate.of().averagePrice(p("0.9")));
        assertThat(f.status("job")).isEqualTo(DemandStatus.WAITING);
        f.advanceSeconds(60);
        f.update(LINGJUN, PoolUpdate.of().averagePrice(p("0.7")));

        assertThat(f.events.lines()).containsExactly("+0 allocated job [i-spot-1]", "+60 released job PRICE",
                "+120 allocated job [i-spot-2]");
        f.advanceSeconds(30);
        assertThat(f.market.billing().records("job")).extracting(BillingRecord::instanceId)
                .containsExactly("i-spot-1", "i-spot-2");
    }

    @Test
    void listenerWithdrawingAnotherJobDuringDeliverySkipsItsStaleCallback() {
        f.add(pool(ECS, 0));
        f.submit("a", ECS, 1, "0.0060");
        f.submit("b", ECS, 1, "0.0060");
        f.market.addListener(new MarketListener() {
            @Override
            public void onAllocated(String jobId, List<SpotInstance> instances) {
                if (jobId.equals("a")) {
                    f.market.withdraw("b");
                }
            }
        });

        f.update(ECS, PoolUpdate.of().capacity(2));

        assertThat(f.events.lines()).containsExactly("+0 allocated a [i-spot-1]");
        assertThat(f.market.pool(ECS).allocated()).isEqualTo(1);
        assertThat(f.market.demand("b")).isEmpty();
    }

    @Test
    void listenerMustNotAdvanceTheClock() {
        f.add(pool(ECS, 1));
        f.market.addListener(new MarketListener() {
            @Override
            public void onAllocated(String jobId, List<SpotInstance> instances) {
                f.clock.advanceBy(Duration.ofMinutes(5));
            }
        });

        f.market.submit(MarketFixture.demand("job", 0, request(ECS, 1, "0.0060")));

        assertThatThrownBy(f.clock::runDue).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("must not advance the clock");
    }
}

package io.github.dlckit.mock.contract;

import io.github.dlckit.mock.control.BillingRecordView;
import io.github.dlckit.mock.control.BillingReport;
import io.github.dlckit.mock.control.PoolHistoryView;
import io.github.dlckit.mock.control.PoolView;
import io.github.dlckit.model.JobStatus;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import static io.github.dlckit.mock.contract.SpotJobs.G7;
import static io.github.dlckit.mock.contract.SpotJobs.GU108;
import static io.github.dlckit.mock.contract.SpotJobs.generalPurpose;
import static io.github.dlckit.mock.contract.SpotJobs.lingjun;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * R38, R40 and R41: facts from outside today's DLC page — the seed's 2024 revision, and the spot rules of the
 * sibling products DSW and EAS. The mock serves neither DSW nor EAS, so each test checks what a user can rely on:
 * the older terms still hold, and the siblings' rules can be reproduced with the mock's options.
 */
class SiblingFactRulesTest extends SpotContract {

    @Test
    void R38_the2024TermsStillHold_lingjunDiscountBidsInUlanqab_releasedWithoutNoticeBelowTheAverageOrWithoutStock() {
        assertThat(pool(GU108).region()).as("the mock's default region: Ulanqab").isEqualTo("cn-wulanchabu");
        change(GU108, c -> c.marketPrice("0.5").averagePrice("0.5").protectionSeconds(0));
        String belowAverage = submit(lingjun(0.4, false)); // a discount bid: 0.4 × 2.2 = 0.88 per minute
        advance(60);
        assertThat(status(belowAverage)).isEqualTo(JobStatus.RUNNING);

        change(GU108, c -> c.averagePrice("0.9"));
        assertReleased(belowAverage, "PRICE");

        String second = submit(lingjun(0.5, false)); // 1.1 per minute, above the average of 0.9
        advance(60);
        change(GU108, c -> c.capacity(0));
        assertReleased(second, "STOCK");
        assertThat(events(belowAverage)).noneMatch(e -> e.contains("PreemptionWarning"));
        assertThat(events(second)).noneMatch(e -> e.contains("PreemptionWarning"));
    }

    @Test
    void R40_dswSpotReproduced_cappedAtPayAsYouGo_billedByMinute_theUsageHourAtThePurchasePrice_releasedAboveTheBid() {
        PoolView g7 = pool(G7);
        assertThat(g7.maxPrice()).as("the price never exceeds pay-as-you-go").isEqualByComparingTo(g7.onDemandPrice());
        assertRefusedUnder("R10", generalPurpose(0.001)); // below the spec's lowest price: the bid fails

        // DSW's optional 1-hour usage period and per-minute bills, as pool options
        change(G7, c -> c.protectionSeconds(3600).protectionPriceLock(true).minuteGranularity(true)
                .marketPrice("0.004"));
        String id = submit(generalPurpose(0.008));
        Instant allocated = now();
        advance(1800);
        price(G7, "0.006");
        advance(1800 + 30);
        assertThat(status(id)).as("still under its bid").isEqualTo(JobStatus.RUNNING);

        outbid(G7);
        assertReleased(id, "PRICE");
        BillingReport bill = bill(id);
        assertThat(bill.records()).extracting(BillingRecordView::price)
                .usingElementComparator(BigDecimal::compareTo)
                .as("the usage hour at the purchase price, then the price of the moment")
                .containsExactly(new BigDecimal("0.004"), new BigDecimal("0.006"));
        assertThat(Instant.parse(bill.records().get(0).startTime())).isEqualTo(allocated);
        assertThat(bill.total()).as("60 min × 0.004 + 30 s rounded up to a minute × 0.006")
                .isEqualByComparingTo("0.246");
    }

    @Test
    void R41_easSpotReproduced_aBidAtTheMarketWithStockSucceeds_48HoursOfHistory_theUnprotectedTierCostsLess() {
        PoolView g7 = pool(G7);
        BigDecimal fifth = new BigDecimal("0.0024"); // about the suggested bid: 20 % of the original 0.0117
        assertThat(g7.onDemandPrice()).isEqualByComparingTo("0.0117");
        change(G7, c -> c.capacity(1).marketPrice(fifth.toPlainString()));
        String atTheMarket = submit(generalPurpose(0.0024));
        String noStock = submit(generalPurpose(0.0024));
        advance(60);
        assertThat(status(atTheMarket)).isEqualTo(JobStatus.RUNNING);
        assertThat(job(noStock).reasonCode()).contains("SpotStockInsufficient");

        assertThat(ecsSpec(G7).nonProtectSpotDiscount()).as("below the standard price (M23: one tier)")
                .hasValue(0.21f); // 0.0024 ÷ 0.0117, half-up to 2 decimals

        Instant start = now();
        advance(Duration.ofHours(48).getSeconds());
        PoolHistoryView twoDays = control.history(G7, start, now());
        assertThat(twoDays.points()).isNotEmpty();
        assertThat(Instant.parse(twoDays.points().get(0).time())).isEqualTo(start);
        assertThat(twoDays.points()).allSatisfy(p -> assertThat(p.marketPrice()).isEqualByComparingTo(fifth));
    }
}

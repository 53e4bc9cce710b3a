package io.github.dlckit.mock.contract;

import io.github.dlckit.mock.control.BillingRecordView;
import io.github.dlckit.mock.control.BillingReport;
import io.github.dlckit.model.GetJobResponsePods;
import io.github.dlckit.model.JobStatus;
import io.github.dlckit.model.SpotSpec;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import static io.github.dlckit.mock.contract.SpotJobs.G7;
import static io.github.dlckit.mock.contract.SpotJobs.generalPurpose;
import static io.github.dlckit.mock.contract.SpotJobs.pyTorchJob;
import static io.github.dlckit.mock.contract.SpotJobs.role;
import static org.assertj.core.api.Assertions.assertThat;

/** R22–R24 and M13: what a spot job costs, and how the bill shows it. */
class BillingRulesTest extends SpotContract {

    @Test
    void R22_payAsYouGoAtTheMarketPrice_notAtTheBid() {
        BillingReport bill = billAcrossAPriceRise(60, 60);

        assertThat(bill.records()).extracting(BillingRecordView::price).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("0.004"), new BigDecimal("0.006"));
        assertThat(bill.total()).isEqualByComparingTo("0.010");
    }

    @Test
    void R23_billLinesCarryThePayTypeSpotTag_andTheMockShowsThemAtOnce() {
        String id = submit(generalPurpose(0.011));
        advance(10);

        String node = job(id).pods().stream().map(GetJobResponsePods::nodeName).findFirst().orElseThrow()
                .orElseThrow();
        assertThat(bill(id).records()).singleElement().satisfies(r -> {
            assertThat(r.tags()).containsEntry("acs:pai:dlc:payType", "spot");
            assertThat(r.instanceId()).isEqualTo(node);
            assertThat(r.ecsSpec()).isEqualTo(G7);
            assertThat(Instant.parse(r.endTime())).as("up to now, not the next day").isEqualTo(now());
            assertThat(r.amount()).isPositive();
        });
    }

    @Test
    void R24_jobsOnTheSameResourcesOverTheSamePeriodAreChargedTheSame() {
        price(G7, "0.004");
        String lowBid = submit(generalPurpose(0.006));
        String highBid = submit(generalPurpose(0.011));
        advance(90);
        price(G7, "0.005");
        advance(90);
        dlc.stopJob(lowBid);
        dlc.stopJob(highBid);
        advance(5);

        assertThat(bill(lowBid).total()).isPositive().isEqualByComparingTo(bill(highBid).total());
        assertThat(bill(lowBid).records()).extracting(BillingRecordView::price)
                .isEqualTo(bill(highBid).records().stream().map(BillingRecordView::price).toList());
    }

    @Test
    void M13_minuteGranularityRoundsEachRecordUpToWholeMinutes_perPool() {
        assertThat(pool(G7).minuteGranularity()).as("off by default").isFalse();
        assertThat(change(G7, c -> c.minuteGranularity(true)).minuteGranularity()).isTrue();
        price(G7, "0.006");
        String id = submit(generalPurpose(0.011));
        advance(90);
        price(G7, "0.003");
        advance(10);

        assertThat(bill(id).records()).extracting(BillingRecordView::amount)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("0.012"), new BigDecimal("0.003")); // 90 s → 2 min, 10 s → 1 min
        assertThat(control.savings(id).get(0).onDemandCost()).as("the same billed minutes at the original price")
                .isEqualByComparingTo(pool(G7).onDemandPrice().multiply(BigDecimal.valueOf(3)));
        change(G7, c -> c.minuteGranularity(false));
        assertThat(bill(id).total()).isEqualByComparingTo("0.0095"); // 0.006 × 1.5 + 0.003 × 1/6
    }

    @Test
    void R37_billedByMinutesUsed_theHourlyPriceOver60TimesTheMinutes_withMinuteGranularity() {
        change(G7, c -> c.minuteGranularity(true));
        price(G7, "0.006");
        String id = submit(generalPurpose(0.011).toBuilder().userCommand("sleep 31").build());
        advance(120);

        assertThat(status(id)).as("held 61 s: 30 s preparing, 31 s running").isEqualTo(JobStatus.SUCCEEDED);
        assertThat(bill(id).total()).as("two minutes used").isEqualByComparingTo("0.012");
        BigDecimal hourly = pool(G7).onDemandPrice().multiply(BigDecimal.valueOf(60));
        assertThat(control.savings(id).get(0).onDemandCost()).as("public resources: hourly price ÷ 60 × minutes")
                .isEqualByComparingTo(hourly.divide(BigDecimal.valueOf(60)).multiply(BigDecimal.valueOf(2)));
    }

    @Test
    void M13_oneRecordPerInstanceAndPriceSegment_amountIsPriceTimesMinutes_totalIsTheirSum() {
        price(G7, "0.004");
        String id = submit(pyTorchJob(role("Worker", G7, 2, SpotSpec.priceLimit(0.011))).build());
        advance(90);
        price(G7, "0.006");
        advance(45);
        dlc.stopJob(id); // M28: billing ends as Stopping begins
        advance(5);

        BillingReport bill = bill(id);
        advance(600);
        assertThat(bill(id)).as("a stopped job's bill is closed").isEqualTo(bill);

        List<BillingRecordView> records = bill.records();
        assertThat(records).hasSize(4);
        assertThat(records.stream().collect(Collectors.groupingBy(BillingRecordView::instanceId,
                Collectors.mapping(r -> r.price().stripTrailingZeros().toPlainString(), Collectors.toList()))))
                .as("two instances, each over two price segments").hasSize(2)
                .allSatisfy((instance, prices) -> assertThat(prices).containsExactly("0.004", "0.006"));
        assertThat(records).allSatisfy(r -> assertThat(r.amount()).isEqualByComparingTo(r.price()
                .multiply(BigDecimal.valueOf(Duration.between(Instant.parse(r.startTime()),
                        Instant.parse(r.endTime())).getSeconds())).divide(BigDecimal.valueOf(60), 10,
                        RoundingMode.HALF_EVEN)));
        assertThat(records).extracting(BillingRecordView::amount).usingElementComparator(BigDecimal::compareTo)
                .containsExactlyInAnyOrder(new BigDecimal("0.006"), new BigDecimal("0.006"), // 0.004 × 1.5 min
                        new BigDecimal("0.0045"), new BigDecimal("0.0045"));                 // 0.006 × 45 s
        assertThat(bill.total()).isEqualByComparingTo(records.stream().map(BillingRecordView::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("0.021");
    }

    @Test
    void M13_protectionPriceLockBillsTheProtectedTimeAtTheAllocationPrice_laterTimeAtEachMomentsPrice() {
        assertThat(pool(G7).protectionPriceLock()).as("off by default").isFalse();
        assertThat(change(G7, c -> c.protectionPriceLock(true).protectionSeconds(120)).protectionPriceLock()).isTrue();
        BillingReport bill = billAcrossAPriceRise(60, 120);
        String id = bill.records().get(0).jobId();
        assertThat(bill.records()).extracting(r -> Duration.between(Instant.parse(r.startTime()),
                Instant.parse(r.endTime())).getSeconds()).containsExactly(120L, 60L);
        assertThat(bill.records()).extracting(BillingRecordView::price).usingElementComparator(BigDecimal::compareTo)
                .as("the protected 2 minutes at the price at allocation, then the price of the moment")
                .containsExactly(new BigDecimal("0.004"), new BigDecimal("0.006"));
        assertThat(bill.total()).isEqualByComparingTo("0.014"); // 0.004 × 2 + 0.006 × 1
        change(G7, c -> c.protectionPriceLock(false));
        assertThat(bill(id)).as("the lock is taken at allocation; a later change leaves this bill alone")
                .isEqualTo(bill);
    }

    @Test
    void R46_withProtectionTheProtectedTimeCostsThePurchasePrice_withoutProtectionEachPeriodItsOwnPrice() {
        change(G7, c -> c.protectionPriceLock(true).protectionSeconds(3600));
        price(G7, "0.004");
        String protectedJob = submit(generalPurpose(0.011));
        change(G7, c -> c.protectionSeconds(0));
        String unprotectedJob = submit(generalPurpose(0.011));
        advance(600);
        price(G7, "0.006");
        advance(600);

        assertThat(bill(protectedJob).total()).isEqualByComparingTo("0.080");            // 20 min × 0.004
        assertThat(bill(unprotectedJob).total()).isEqualByComparingTo("0.100");          // 10 × 0.004 + 10 × 0.006
        assertThat(bill(unprotectedJob).total()).isGreaterThan(bill(protectedJob).total());
    }

    /** A job allocated at 0.004, the price raised to 0.006 {@code before} seconds later, billed {@code after} more. */
    private BillingReport billAcrossAPriceRise(long before, long after) {
        price(G7, "0.004");
        String id = submit(generalPurpose(0.011));
        advance(before);
        price(G7, "0.006");
        advance(after);
        return bill(id);
    }
}

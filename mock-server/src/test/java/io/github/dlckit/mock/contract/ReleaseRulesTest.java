package io.github.dlckit.mock.contract;

import io.github.dlckit.mock.control.TracePointView;
import io.github.dlckit.model.GetJobResponse;
import io.github.dlckit.model.JobStatus;
import io.github.dlckit.model.SpotSpec;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.github.dlckit.mock.contract.SpotJobs.G7;
import static io.github.dlckit.mock.contract.SpotJobs.GU108;
import static io.github.dlckit.mock.contract.SpotJobs.generalPurpose;
import static io.github.dlckit.mock.contract.SpotJobs.lingjun;
import static io.github.dlckit.mock.contract.SpotJobs.pyTorchJob;
import static io.github.dlckit.mock.contract.SpotJobs.role;
import static org.assertj.core.api.Assertions.assertThat;

/** R15–R19, M7 and M9: when a spot job loses its instances, what warns it, and what is left of it. */
class ReleaseRulesTest extends SpotContract {

    private static final String C7 = "ecs.c7.2xlarge";

    @Test
    void R15_otherTenantsRaiseThePrice_aProtectedJobIsReleasedOnlyWhenItsProtectionEnds() {
        change(G7, c -> c.protectionSeconds(1200));
        Instant allocated = now();
        String id = submit(generalPurpose(0.006));

        change(G7, c -> c.competingDemand(200)); // other tenants take the whole pool: the price climbs (M2)
        advance(600);
        assertThat(pool(G7).marketPrice()).isGreaterThan(new BigDecimal("0.006"));

        assertRunsUntilItsProtectionEndsThenIsReleased(id, allocated, 1200);
    }

    @Test
    void R15_whenProtectionEndsAJobWhoseBidStillCoversThePriceKeepsRunning() {
        change(G7, c -> c.protectionSeconds(600).marketPrice("0.005"));
        String id = submit(generalPurpose(0.006));

        advance(1800);

        assertThat(status(id)).isEqualTo(JobStatus.RUNNING);
    }

    @Test
    void R16_generalPurposeJobIsReleasedWhenTheMarketPricePassesItsBid() {
        change(G7, c -> c.marketPrice("0.005").protectionSeconds(0));
        String id = submit(generalPurpose(0.006));
        advance(60);

        change(G7, c -> c.marketPrice("0.006").averagePrice("0.0117"));
        assertThat(status(id)).as("a tie holds; the average does not count").isEqualTo(JobStatus.RUNNING);
        change(G7, c -> c.marketPrice("0.0061"));
        assertThat(assertReleased(id, "PRICE").reasonMessage().orElseThrow()).contains("0.006").contains("0.0061");
    }

    @Test
    void R16_generalPurposeJobIsReleasedWhenTheStockRunsOut() {
        change(G7, c -> c.protectionSeconds(0)); // M7: a protected instance stays
        String id = submit(generalPurpose(0.011));
        advance(60);

        change(G7, c -> c.capacity(0));

        assertThat(assertReleased(id, "STOCK").reasonMessage().orElseThrow()).contains("capacity 0");
    }

    @Test
    void R17_lingjunJobIsReleasedWhenItsBidFallsBelowTheAveragePrice() {
        change(GU108, c -> c.marketPrice("0.5").averagePrice("0.5").protectionSeconds(0));
        String id = submit(lingjun(0.4, false)); // bid 0.88
        advance(60);

        change(GU108, c -> c.averagePrice("0.880001"));

        assertThat(assertReleased(id, "PRICE").reasonMessage().orElseThrow()).contains("average price 0.880001");
    }

    @Test
    void R17_aMarketSpikeAloneDoesNotReleaseALingjunJob() {
        change(GU108, c -> c.marketPrice("0.5").protectionSeconds(0)); // the average follows the market (M3)
        String id = submit(lingjun(0.4, false));
        advance(3600);

        control.loadTrace(GU108, List.of(point(0, "2.2"), point(120, "0.5")));
        advance(60);
        assertThat(pool(GU108).marketPrice()).isEqualByComparingTo("2.2");
        advance(120);

        assertThat(pool(GU108).averagePrice()).isLessThan(new BigDecimal("0.88"));
        assertThat(status(id)).isEqualTo(JobStatus.RUNNING);
    }

    @Test
    void R17_lingjunJobIsReleasedWhenTheStockRunsOut() {
        change(GU108, c -> c.protectionSeconds(0)); // M7: a protected instance stays
        String id = submit(lingjun(0.4, false));
        advance(60);

        change(GU108, c -> c.capacity(0));

        assertReleased(id, "STOCK");
    }

    @Test
    void R18_aReleaseComesWithoutNotice() {
        assertThat(control.pools()).allSatisfy(p -> assertThat(p.warningSeconds()).isZero());
        change(G7, c -> c.protectionSeconds(0));
        String id = submit(generalPurpose(0.006));
        advance(600);

        Instant released = now();
        outbid(G7);

        assertReleased(id, "PRICE");
        assertThat(entered(id, JobStatus.FAILED)).isEqualTo(released);
        assertThat(events(id)).noneMatch(e -> e.contains("PreemptionWarning"))
                .anyMatch(e -> e.contains(" Warning SpotReleased "));
    }

    @Test
    void R19_aReleasedJobFailsAndStopsRunning() {
        change(G7, c -> c.protectionSeconds(0));
        String id = submit(generalPurpose(0.011).toBuilder().userCommand("sleep 600").build());
        advance(90);
        outbid(G7);

        GetJobResponse failed = job(id);
        assertThat(failed.statusEnum()).isEqualTo(JobStatus.FAILED);
        assertThat(failed.reasonCode()).contains(RELEASED);
        assertThat(failed.pods()).allSatisfy(p -> {
            assertThat(p.status()).contains("Failed");
            assertThat(p.gmtFinishTime()).isPresent();
        });
        assertThat(failed.jobReplicaStatuses()).allSatisfy(r -> {
            assertThat(r.active()).hasValue(0);
            assertThat(r.currentSpotInstanceType()).as("R27: the type of the last allocation").contains(G7);
        });
        assertThat(pool(G7).allocated()).isZero();

        BigDecimal billed = bill(id).total();
        underbid(G7);
        advance(3600);
        assertThat(status(id)).as("it never resumes nor succeeds").isEqualTo(JobStatus.FAILED);
        assertThat(bill(id).total()).as("and costs nothing more").isEqualByComparingTo(billed);
    }

    @Test
    void M7_protectionIsAnHourByDefault_configurablePerPool_andShieldsFromPriceReleases() {
        assertThat(control.pools()).allSatisfy(p -> assertThat(p.protectionSeconds()).isEqualTo(3600));
        change(C7, c -> c.protectionSeconds(0));
        Instant allocated = now();
        String protectedJob = submit(generalPurpose(0.011));
        String unprotected = submit(pyTorchJob(role("Worker", C7, 1, SpotSpec.priceLimit(0.011))).build());
        advance(60);

        outbid(G7);
        outbid(C7);
        assertReleased(unprotected, "PRICE");
        assertRunsUntilItsProtectionEndsThenIsReleased(protectedJob, allocated, 3600);
    }

    @Test
    void M7_aCapacityLossTakesUnprotectedInstancesNewestFirst_neverProtectedOnes_whichOverCommitThePool() {
        price(G7, "0.005"); // pinned: the release at the protection's end is for stock, not price
        Instant allocated = now();
        String protectedJob = submit(generalPurpose(0.011));
        change(G7, c -> c.protectionSeconds(0));
        advance(1);
        String older = submit(generalPurpose(0.011));
        advance(1);
        String newest = submit(generalPurpose(0.011));

        change(G7, c -> c.capacity(2));
        assertReleased(newest, "STOCK");
        assertThat(List.of(status(older), status(protectedJob))).containsOnly(JobStatus.ENV_PREPARING);

        change(G7, c -> c.capacity(0));
        assertReleased(older, "STOCK");
        assertThat(status(protectedJob)).as("a protected instance is never released").isEqualTo(JobStatus.ENV_PREPARING);
        assertThat(pool(G7).allocated()).as("over-committed until its protection ends").isEqualTo(1);
        assertThat(pool(G7).spotStockStatus()).isEqualTo("ClosedWithoutStock");

        advance(Duration.between(now(), allocated.plusSeconds(3600)).getSeconds());
        assertReleased(protectedJob, "STOCK");
        assertThat(pool(G7).allocated()).isZero();
    }

    @Test
    void M9_aWarningPeriodAnnouncesAPriceReleaseThatManySecondsAhead() {
        change(G7, c -> c.protectionSeconds(0).warningSeconds(120));
        String id = submit(generalPurpose(0.006));
        advance(60);

        Instant warned = now();
        outbid(G7);
        assertThat(events(id)).filteredOn(e -> e.contains("PreemptionWarning")).singleElement().asString()
                .startsWith(warned.toString()).contains("preempted at " + warned.plusSeconds(120) + " (cause PRICE)");
        advance(119);
        assertThat(status(id)).isEqualTo(JobStatus.RUNNING);
        assertThat(job(id).subStatus()).contains("PreemptionWarning");
        advance(1);
        assertReleased(id, "PRICE");
        assertThat(entered(id, JobStatus.FAILED)).isEqualTo(warned.plusSeconds(120));
    }

    @Test
    void M9_everyCauseIsAnnounced_aStockReleaseToo_andSubStatusShowsTheWarning() {
        change(G7, c -> c.protectionSeconds(0).warningSeconds(120));
        String id = submit(generalPurpose(0.011));
        advance(60);

        Instant warned = now();
        change(G7, c -> c.capacity(0));
        assertThat(status(id)).as("it holds and runs through the notice").isEqualTo(JobStatus.RUNNING);
        assertThat(job(id).subStatus()).contains("PreemptionWarning");
        assertThat(events(id)).filteredOn(e -> e.contains("PreemptionWarning")).singleElement().asString()
                .contains("(cause STOCK)").contains("insufficient stock");

        change(G7, c -> c.capacity(10)); // restored capacity does not cancel a given notice
        advance(120);
        assertReleased(id, "STOCK");
        assertThat(entered(id, JobStatus.FAILED)).isEqualTo(warned.plusSeconds(120));
        assertThat(job(id).subStatus()).as("cleared when the job ends").isEmpty();
    }

    /** An outbid job runs to the last second of its protection period and is released when it ends (M7, R15). */
    private void assertRunsUntilItsProtectionEndsThenIsReleased(String id, Instant allocated, long protectionSeconds) {
        assertRunsUntilReleasedAt(id, allocated.plusSeconds(protectionSeconds), "PRICE");
    }

    private static TracePointView point(long afterSeconds, String marketPrice) {
        return new TracePointView(afterSeconds, new BigDecimal(marketPrice), null, null);
    }
}

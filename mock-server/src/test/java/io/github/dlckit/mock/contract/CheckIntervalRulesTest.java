package io.github.dlckit.mock.contract;

import io.github.dlckit.mock.DlcMockServer;
import io.github.dlckit.model.JobStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.github.dlckit.mock.contract.SpotJobs.G7;
import static io.github.dlckit.mock.contract.SpotJobs.generalPurpose;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * M8's option {@code CheckIntervalSeconds} and R43, the ECS fact it copies: releases of unprotected instances wait
 * for check points (the protection's end, or the allocation without protection, plus multiples of the interval);
 * allocation and requested preemptions do not.
 */
class CheckIntervalRulesTest extends SpotContract {

    @Test
    void M8_withACheckInterval_aPriceReleaseWaitsForTheJobsNextCheckPoint() {
        assertThat(control.pools()).as("default: at once").allSatisfy(p -> assertThat(p.checkIntervalSeconds()).isZero());
        Instant allocated = now();
        String id = onTheGrid(0.006, 100);
        assertThat(pool(G7).checkIntervalSeconds()).isEqualTo(300);

        outbid(G7);
        assertRunsUntilReleasedAt(id, allocated.plusSeconds(300), "PRICE"); // the check point: allocation + 300 s
    }

    @Test
    void M8_aStockReleaseWaitsForTheCheckPointToo_thePoolStaysOverCommittedUntilThen() {
        Instant allocated = now();
        String id = onTheGrid(0.011, 400);

        change(G7, c -> c.capacity(0));
        assertThat(status(id)).isEqualTo(JobStatus.RUNNING);
        assertThat(pool(G7).allocated()).as("M7's G: due to go, waiting for its check point").isEqualTo(1);
        assertRunsUntilReleasedAt(id, allocated.plusSeconds(600), "STOCK");
        assertThat(pool(G7).allocated()).isZero();
    }

    @Test
    void M8_aJobWhoseBidMeetsThePriceAgainBeforeItsCheckPointStays() {
        String id = onTheGrid(0.006, 100);

        outbid(G7);
        advance(100);
        price(G7, "0.005");
        advance(600);

        assertThat(status(id)).isEqualTo(JobStatus.RUNNING);
        assertThat(events(id)).noneMatch(e -> e.contains("SpotReleased"));
    }

    @Test
    void M8_allocationReactsAtOnce_whateverTheCheckInterval() {
        change(G7, c -> c.protectionSeconds(0).checkIntervalSeconds(300));
        outbid(G7);
        String id = submit(generalPurpose(0.006));
        advance(50);
        assertThat(status(id)).isEqualTo(JobStatus.QUEUING);

        Instant cheaper = now();
        price(G7, "0.005");

        assertThat(status(id)).isEqualTo(JobStatus.ENV_PREPARING);
        assertThat(entered(id, JobStatus.ENV_PREPARING)).isEqualTo(cheaper);
    }

    @Test
    void M8_aRequestedPreemptionIgnoresTheCheckGrid() {
        String id = onTheGrid(0.006, 100);

        Instant requested = now();
        assertThat(control.preempt(id, 0L, "Price").releaseAt()).isEqualTo(requested.toString());

        assertReleased(id, "on request (cause Price)");
        assertThat(entered(id, JobStatus.FAILED)).isEqualTo(requested);
    }

    @Test
    void M8_aWarningStartsAtTheCheckPoint() {
        change(G7, c -> c.warningSeconds(120));
        Instant allocated = now();
        String id = onTheGrid(0.006, 100);

        outbid(G7);
        advance(199);
        assertThat(events(id)).noneMatch(e -> e.contains("PreemptionWarning"));
        advance(1);
        Instant checkPoint = allocated.plusSeconds(300);
        assertThat(job(id).subStatus()).contains("PreemptionWarning");
        assertThat(events(id)).filteredOn(e -> e.contains("PreemptionWarning")).singleElement().asString()
                .startsWith(checkPoint.toString()).contains("preempted at " + checkPoint.plusSeconds(120));
        assertRunsUntilReleasedAt(id, checkPoint.plusSeconds(120), "PRICE");
    }

    @Test
    void M8_checkIntervalSecondsIsZeroOrAPositiveWholeNumber_elseA400NamingTheFieldAndTheRule(DlcMockServer server)
            throws Exception {
        String negative = put(server, "{\"CheckIntervalSeconds\": -5}");
        assertThat(negative).startsWith("400 ").contains("InvalidParameter").contains("CheckIntervalSeconds")
                .contains("M8").contains("-5");
        assertThat(put(server, "{\"CheckIntervalSeconds\": 1.5}")).startsWith("400 ").contains("CheckIntervalSeconds");
        assertThat(put(server, "{\"CheckIntervalSeconds\": \"often\"}")).startsWith("400 ")
                .contains("CheckIntervalSeconds");
        assertThat(pool(G7).checkIntervalSeconds()).as("nothing changed").isZero();
        assertThat(put(server, "{\"CheckIntervalSeconds\": 60}")).startsWith("200 ")
                .contains("\"WarningSeconds\":0,\"CheckIntervalSeconds\":60,\"StockThresholdPercent\"");
    }

    @Test
    void R43_afterAnHourOfProtectionBidAndStockAreCheckedEveryFiveMinutes() {
        change(G7, c -> c.protectionSeconds(3600).checkIntervalSeconds(300).marketPrice("0.005"));
        Instant allocated = now();
        String id = submit(generalPurpose(0.006));
        advance(3601);
        assertThat(status(id)).as("its bid met the price at the protection's end").isEqualTo(JobStatus.RUNNING);

        outbid(G7); // one second after the first check point
        assertRunsUntilReleasedAt(id, allocated.plusSeconds(3900), "PRICE"); // the next 5-minute check
    }

    /**
     * Submits a job bidding {@code bid} on G7 with no protection, checks every 300 s and a market price of 0.005,
     * so that it is allocated now; then lets {@code seconds} pass.
     */
    private String onTheGrid(double bid, long seconds) {
        change(G7, c -> c.protectionSeconds(0).checkIntervalSeconds(300).marketPrice("0.005"));
        String id = submit(generalPurpose(bid));
        advance(seconds);
        return id;
    }

    private static String put(DlcMockServer server, String body) throws Exception {
        return sendControl(server, "PUT", "/pools/" + G7, body);
    }
}

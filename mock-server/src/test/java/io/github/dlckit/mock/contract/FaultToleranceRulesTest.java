package io.github.dlckit.mock.contract;

import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.model.GetJobResponse;
import io.github.dlckit.model.GetJobResponsePods;
import io.github.dlckit.model.GetJobResponseRestartRecord;
import io.github.dlckit.model.JobSettings;
import io.github.dlckit.model.JobStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.github.dlckit.mock.contract.SpotJobs.GU108;
import static io.github.dlckit.mock.contract.SpotJobs.faultTolerantLingjun;
import static io.github.dlckit.mock.contract.SpotJobs.lingjun;
import static org.assertj.core.api.Assertions.assertThat;

/** R20, R21, M11, the fault-tolerance settings of R26 and AIMaster's defaults (R34): Lingjun jobs that come back. */
class FaultToleranceRulesTest extends SpotContract {

    @BeforeEach
    void releasesHappenAtOnce() {
        change(GU108, c -> c.protectionSeconds(0));
    }

    @Test
    void R20_aFaultTolerantJobRebidsByItself_andResumesWhenTheAveragePriceFallsBelowItsBid() {
        String id = submit(lingjun(0.4, true)); // bid 0.88
        advance(60);

        change(GU108, c -> c.averagePrice("0.9"));
        assertThat(status(id)).isEqualTo(JobStatus.BIDDING);
        assertThat(history(id)).endsWith(JobStatus.RUNNING, JobStatus.RESTARTING, JobStatus.BIDDING);
        advance(3600);
        assertThat(status(id)).as("it keeps bidding while the average is above its bid").isEqualTo(JobStatus.BIDDING);

        change(GU108, c -> c.marketPrice("2.2").averagePrice("0.87"));
        assertThat(status(id)).as("the average decides, not the market").isEqualTo(JobStatus.ENV_PREPARING);
        advance(30);
        assertThat(status(id)).isEqualTo(JobStatus.RUNNING);
        assertThat(job(id).restartTimes()).contains("1/10");
    }

    @Test
    void R21_anInterruptedFaultTolerantJobResumesAndFinishes_itsCommandRunsAgainFromTheStart() {
        String id = submit(lingjun(0.4, true).toBuilder().userCommand("echo start && sleep 600 && echo done").build());
        advance(30 + 300);
        String podId = firstPod(id);
        assertThat(logs(id, podId)).containsExactly("start");

        release();
        resume();
        advance(30);
        Instant rerun = entered(id, JobStatus.RUNNING);
        advance(300);
        assertThat(status(id)).as("not resumed half-way: 300 s left of the first run do not end it")
                .isEqualTo(JobStatus.RUNNING);
        assertThat(logs(id, podId)).containsExactly("start");
        advance(300);

        GetJobResponse done = job(id);
        assertThat(done.statusEnum()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(entered(id, JobStatus.SUCCEEDED)).isEqualTo(rerun.plusSeconds(600));
        assertThat(logs(id, podId)).containsExactly("start", "done");
        GetJobResponsePods pod = done.pods().get(0);
        assertThat(pod.historyPods()).singleElement().satisfies(earlier -> {
            assertThat(earlier.status()).contains("Failed");
            assertThat(earlier.podUid()).isNotEqualTo(pod.podUid());
            assertThat(dlc.getPodLogs(r -> r.jobId(id).podId(podId).podUid(earlier.podUid())).logs())
                    .as("the interrupted run never printed its last line; it was killed (M19)").hasSize(2)
                    .first().isEqualTo("start");
        });
    }

    @Test
    void R34_aimasterDefaults_jobRestartOff_atMostThreeRestartsOnceOn() {
        String monitoredOnly = submit(failingLingjun(""));
        String restarting = submit(failingLingjun("--enable-job-restart True"));
        advance(30 + 10);

        GetJobResponse failed = job(monitoredOnly);
        assertThat(failed.statusEnum()).as("--enable-job-restart defaults to False").isEqualTo(JobStatus.FAILED);
        assertThat(failed.restartRecord()).isEmpty();
        advance(3 * (30 + 10));
        GetJobResponse spent = job(restarting);
        assertThat(spent.statusEnum()).isEqualTo(JobStatus.FAILED);
        assertThat(spent.restartRecord()).as("--max-num-of-job-restart defaults to 3").hasSize(3);
        assertThat(spent.reasonMessage().orElseThrow()).endsWith("restart budget of 3 spent");
    }

    @Test
    void R26_elasticSpotJobMaxRestartTimesCapsTheRestarts() {
        String id = submit(faultTolerantLingjun(2));
        assertThat(job(id).restartTimes()).contains("0/2");

        for (int restart = 1; restart <= 2; restart++) {
            release();
            assertThat(job(id).restartTimes()).contains(restart + "/2");
            resume();
        }
        release();

        assertReleased(id, "Restart budget of 2 spent.");
    }

    @Test
    void R26_enableErrorMonitoringInAIMasterTurnsAutomaticFaultToleranceOn() {
        String monitored = submit(lingjun(0.4, true));
        String unmonitored = submit(lingjun(0.4, false));

        release();

        assertThat(status(monitored)).isEqualTo(JobStatus.BIDDING);
        assertThat(assertReleased(unmonitored, "PRICE").restartRecord()).isEmpty();
    }

    @Test
    void M11_restartingThenBidding_restartsCountedAndRecorded_theReleaseAfterTheDefaultTenFails() {
        String id = submit(lingjun(0.4, true));
        assertThat(job(id).restartTimes()).contains("0/10");

        for (int restart = 1; restart <= 10; restart++) {
            release();
            GetJobResponse bidding = job(id);
            assertThat(bidding.statusEnum()).isEqualTo(JobStatus.BIDDING);
            assertThat(bidding.restartTimes()).contains(restart + "/10");
            assertThat(bidding.restartRecord()).hasSize(restart);
            resume();
        }
        List<GetJobResponseRestartRecord> records = job(id).restartRecord();
        assertThat(records).extracting(r -> r.jobRestartCount().orElse(0)).containsExactly(1L, 2L, 3L, 4L, 5L, 6L,
                7L, 8L, 9L, 10L);
        assertThat(records).allSatisfy(r -> {
            assertThat(r.reason()).contains("SpotPreempted");
            assertThat(r.occurTime()).isPresent();
        });
        assertThat(history(id)).containsSubsequence(JobStatus.ENV_PREPARING, JobStatus.RESTARTING, JobStatus.BIDDING,
                JobStatus.ENV_PREPARING);

        release();
        assertThat(status(id)).isEqualTo(JobStatus.FAILED);
        assertThat(job(id).restartTimes()).contains("10/10");
    }

    /** The average price passes every bid: held instances are released (R17). */
    /** A fault-tolerant Lingjun job whose command fails after 10 s, with these AIMaster arguments (M18). */
    private static CreateJobRequest failingLingjun(String errorMonitoringArgs) {
        return lingjun(0.4, true).toBuilder().userCommand("sleep 10 && exit 3")
                .settings(JobSettings.builder().enableErrorMonitoringInAiMaster(true)
                        .errorMonitoringArgs(errorMonitoringArgs).build()).build();
    }

    private void release() {
        outbid(GU108);
    }

    /** The average price falls under every bid: waiting jobs obtain instances. */
    private void resume() {
        underbid(GU108);
    }
}

package io.github.dlckit.mock.engine.insight;

import io.github.dlckit.mock.engine.EngineFixture;
import io.github.dlckit.mock.engine.ErrorKind;
import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.model.GetJobSanityCheckResultRequest;
import io.github.dlckit.model.GetJobSanityCheckResultResponse;
import io.github.dlckit.model.JobSettings;
import io.github.dlckit.model.ListJobSanityCheckResultsRequest;
import io.github.dlckit.model.SanityCheckResultItem;
import io.github.dlckit.model.StopJobRequest;
import io.github.dlckit.model.operation.DlcOperations;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.dlckit.mock.engine.EngineFixture.ALICE;
import static io.github.dlckit.mock.engine.EngineFixture.BOB;
import static io.github.dlckit.mock.engine.EngineFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/** Sanity check results follow the job's SanityChecking time (60 s after 30 s of environment preparation). */
class SanityCheckServiceTest {

    private final EngineFixture f = new EngineFixture();

    private static CreateJobRequest checkedJob() {
        return EngineFixture.job("sleep 600").toBuilder()
                .settings(JobSettings.builder().enableSanityCheck(true).build()).build();
    }

    private List<SanityCheckResultItem> result(String job, int number) {
        return f.call(DlcOperations.GET_JOB_SANITY_CHECK_RESULT, ALICE, GetJobSanityCheckResultRequest.builder()
                .jobId(job).sanityCheckNumber(number).build()).sanityCheckResult();
    }

    @Test
    void phasesPassOneAfterAnother() {
        String job = f.submit(ALICE, checkedJob());
        f.advanceSeconds(30 + 15); // M26: 30 s of checks, 10 s per phase

        List<SanityCheckResultItem> midway = result(job, 1);
        assertThat(midway).extracting(i -> i.phase().orElseThrow()).containsExactly("CheckInit", "DeviceCheck");
        assertThat(midway.get(0).status()).contains("Succeeded");
        assertThat(midway.get(0).startedAt()).contains("2026-11-29T00:00:30Z");
        assertThat(midway.get(0).finishedAt()).contains("2026-11-29T00:00:40Z");
        assertThat(midway.get(0).checkNumber()).hasValue(1);
        assertThat(midway.get(1).status()).contains("Running");
        assertThat(midway.get(1).finishedAt()).isEmpty();

        f.advanceSeconds(60);
        List<SanityCheckResultItem> done = result(job, 1);
        assertThat(done).extracting(i -> i.status().orElseThrow()).containsExactly("Succeeded", "Succeeded", "Succeeded");
        assertThat(done.get(2).finishedAt()).contains("2026-11-29T00:01:00Z");
        assertThat(done.get(2).message()).hasValueSatisfying(m -> assertThat(m).contains("2 pod(s)"));

        GetJobSanityCheckResultResponse device = f.call(DlcOperations.GET_JOB_SANITY_CHECK_RESULT, ALICE,
                GetJobSanityCheckResultRequest.builder().jobId(job).sanityCheckNumber(1).sanityCheckPhase("DeviceCheck")
                        .build());
        assertThat(device.jobId()).contains(job);
        assertThat(device.sanityCheckResult()).extracting(i -> i.phase().orElseThrow()).containsExactly("DeviceCheck");

        var listed = f.call(DlcOperations.LIST_JOB_SANITY_CHECK_RESULTS, ALICE,
                ListJobSanityCheckResultsRequest.of(job));
        assertThat(listed.totalCount()).hasValue(1);
        assertThat(listed.sanityCheckResults()).containsExactly(done);
    }

    @Test
    void aStopDuringTheCheckFailsThePhaseUnderWay() {
        String job = f.submit(ALICE, checkedJob());
        f.advanceSeconds(30 + 25);
        f.act(c -> c.jobs().stopJob(ALICE, StopJobRequest.of(job)));
        f.advanceSeconds(60);

        List<SanityCheckResultItem> items = result(job, 1);
        assertThat(items).extracting(i -> i.status().orElseThrow()).containsExactly("Succeeded", "Succeeded", "Failed");
        assertThat(items.get(2).finishedAt()).contains("2026-11-29T00:00:55Z");
        assertThat(items.get(2).message()).contains("interrupted: the job moved to Stopping");
    }

    @Test
    void aJobWithoutSanityChecksHasNone() {
        String job = f.runningJob(ALICE, "sleep 600");

        assertThat(f.call(DlcOperations.LIST_JOB_SANITY_CHECK_RESULTS, ALICE,
                ListJobSanityCheckResultsRequest.of(job)).totalCount()).hasValue(0);
        assertRefused(() -> result(job, 1), ErrorKind.NOT_FOUND, "SanityCheckResultNotFound",
                "Job " + job + " has no sanity check 1; it has had 0");
    }

    @Test
    void requestsAreChecked() {
        String job = f.submit(ALICE, checkedJob());
        f.advanceSeconds(200);

        assertRefused(() -> f.call(DlcOperations.GET_JOB_SANITY_CHECK_RESULT, ALICE,
                GetJobSanityCheckResultRequest.of(job)), ErrorKind.INVALID, "MissingSanityCheckNumber",
                "SanityCheckNumber");
        assertRefused(() -> f.call(DlcOperations.GET_JOB_SANITY_CHECK_RESULT, ALICE,
                GetJobSanityCheckResultRequest.builder().jobId(job).sanityCheckNumber(1).sanityCheckPhase("GpuBurn")
                        .build()), ErrorKind.INVALID, "InvalidParameter",
                "SanityCheckPhase: must be one of CheckInit, DeviceCheck, CommCheck, got GpuBurn");
        assertRefused(() -> f.call(DlcOperations.LIST_JOB_SANITY_CHECK_RESULTS, ALICE,
                ListJobSanityCheckResultsRequest.builder().jobId(job).order("newest").build()), ErrorKind.INVALID,
                "InvalidParameter", "Order");
        assertRefused(() -> f.call(DlcOperations.LIST_JOB_SANITY_CHECK_RESULTS, BOB,
                ListJobSanityCheckResultsRequest.of(job)), ErrorKind.NOT_FOUND, "JobNotFound", job);
    }
}

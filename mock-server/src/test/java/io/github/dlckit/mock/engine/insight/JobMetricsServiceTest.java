package io.github.dlckit.mock.engine.insight;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.dlckit.mock.engine.EngineFixture;
import io.github.dlckit.mock.engine.ErrorKind;
import io.github.dlckit.model.GetJobMetricsRequest;
import io.github.dlckit.model.GetJobMetricsResponse;
import io.github.dlckit.model.GetMetricsRequest;
import io.github.dlckit.model.GetMetricsResponse;
import io.github.dlckit.model.Metric;
import io.github.dlckit.model.json.DlcJson;
import io.github.dlckit.model.operation.DlcOperations;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.github.dlckit.mock.engine.EngineFixture.ALICE;
import static io.github.dlckit.mock.engine.EngineFixture.BOB;
import static io.github.dlckit.mock.engine.EngineFixture.T0;
import static io.github.dlckit.mock.engine.EngineFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/** GetJobMetrics and GetMetrics: seeded series that follow the pods' running time. */
class JobMetricsServiceTest {

    private final EngineFixture f = new EngineFixture();

    private GetJobMetricsResponse jobMetrics(EngineFixture fixture, String job, String type) {
        return fixture.call(DlcOperations.GET_JOB_METRICS, ALICE, GetJobMetricsRequest.builder().jobId(job)
                .metricType(type).startTime("2026-11-29T00:00:00Z").endTime("2026-11-29T00:05:00Z").timeStep("30s")
                .build());
    }

    private List<Map<String, Object>> points(GetMetricsResponse response) throws Exception {
        return DlcJson.mapper().readValue(response.dataPoints().orElseThrow(), new TypeReference<>() { });
    }

    @Test
    void gpuUsageIsHighWhilePodsRunZeroOtherwiseAndEndsWithTheJob() {
        String job = f.submit(ALICE, EngineFixture.job("sleep 120"));
        f.advanceSeconds(600);

        GetJobMetricsResponse metrics = jobMetrics(f, job, "GpuCoreUsage");

        assertThat(metrics.jobId()).contains(job);
        assertThat(metrics.podMetrics()).extracting(p -> p.podId().orElseThrow())
                .containsExactly(job + "-worker-0", job + "-worker-1");
        List<Metric> series = metrics.podMetrics().get(0).metrics();
        assertThat(series).extracting(m -> m.time().getAsLong()).first().isEqualTo(T0.toEpochMilli());
        assertThat(series).as("0 s to the job's end at 150 s, every 30 s").hasSize(6);
        for (Metric m : series) {
            long second = (m.time().getAsLong() - T0.toEpochMilli()) / 1000;
            float value = m.value().orElseThrow();
            if (second >= 30 && second < 150) {
                assertThat(value).as("running at +%ds", second).isBetween(85f, 99f);
            } else {
                assertThat(value).as("not running at +%ds", second).isZero();
            }
        }
    }

    @Test
    void noSamplesInTheFutureOrBeforeTheJob() {
        f.advanceSeconds(120);
        String job = f.submit(ALICE, EngineFixture.job("sleep 600"));
        f.advanceSeconds(90);

        List<Metric> series = jobMetrics(f, job, "MemoryUsage").podMetrics().get(1).metrics();

        assertThat(series).extracting(m -> m.time().getAsLong()).containsExactly(
                T0.plusSeconds(120).toEpochMilli(), T0.plusSeconds(150).toEpochMilli(),
                T0.plusSeconds(180).toEpochMilli(), T0.plusSeconds(210).toEpochMilli());
        assertThat(series.get(3).value().orElseThrow()).isBetween(45f, 70f);
    }

    @Test
    void theSameSeedGivesTheSameSeriesAndAnotherSeedAnother() {
        EngineFixture twin = new EngineFixture();
        EngineFixture other = new EngineFixture(7L);
        String job = f.runningJob(ALICE, "sleep 600");
        String twinJob = twin.runningJob(ALICE, "sleep 600");
        String otherJob = other.runningJob(ALICE, "sleep 600");
        f.advanceSeconds(300);
        twin.advanceSeconds(300);
        other.advanceSeconds(300);

        assertThat(twinJob).isEqualTo(job);
        assertThat(jobMetrics(twin, job, "NetworkInputRate")).isEqualTo(jobMetrics(f, job, "NetworkInputRate"));
        assertThat(jobMetrics(other, otherJob, "NetworkInputRate").podMetrics().get(0).metrics())
                .isNotEqualTo(jobMetrics(f, job, "NetworkInputRate").podMetrics().get(0).metrics());
    }

    @Test
    void getJobMetricsChecksItsFields() {
        String job = f.runningJob(ALICE, "sleep 600");

        assertRefused(() -> f.call(DlcOperations.GET_JOB_METRICS, ALICE, GetJobMetricsRequest.of(job)),
                ErrorKind.INVALID, "MissingMetricType", "MetricType is mandatory");
        assertRefused(() -> jobMetrics(f, job, "GpuTemperature"), ErrorKind.INVALID, "InvalidParameter",
                "MetricType: must be one of GpuCoreUsage, GpuMemoryUsage, CpuCoreUsage, MemoryUsage");
        assertRefused(() -> f.call(DlcOperations.GET_JOB_METRICS, ALICE, GetJobMetricsRequest.builder().jobId(job)
                .metricType("CpuCoreUsage").timeStep("fast").build()), ErrorKind.INVALID, "InvalidParameter",
                "TimeStep: must be a positive step such as 30s, 5m or 1h, got fast");
        assertRefused(() -> f.call(DlcOperations.GET_JOB_METRICS, ALICE, GetJobMetricsRequest.builder().jobId(job)
                .metricType("CpuCoreUsage").startTime("2026-11-20T00:00:00Z").timeStep("1s").build()),
                ErrorKind.INVALID, "InvalidParameter", "at most 11000 are served");
        assertRefused(() -> f.call(DlcOperations.GET_JOB_METRICS, ALICE, GetJobMetricsRequest.builder().jobId(job)
                .metricType("CpuCoreUsage").startTime("2026-11-29T01:00:00Z").endTime("2026-11-29T00:00:00Z")
                .build()), ErrorKind.INVALID, "InvalidParameter", "StartTime: must not be after EndTime");
        assertRefused(() -> f.call(DlcOperations.GET_JOB_METRICS, BOB, GetJobMetricsRequest.builder().jobId(job)
                .metricType("CpuCoreUsage").build()), ErrorKind.NOT_FOUND, "JobNotFound", job);
    }

    @Test
    void getMetricsGivesCloudMonitorPointsWhilePodsRunPagedByLength() throws Exception {
        String job = f.submit(ALICE, EngineFixture.job("sleep 120"));
        f.advanceSeconds(600);
        GetMetricsRequest request = GetMetricsRequest.builder().namespace("acs_pai_dlc").metricName("JOB_GPU_USAGE")
                .jobId(job).period("15").startTime("2026-11-29T00:00:00Z").endTime("2026-11-29T00:10:00Z")
                .length("10").build();

        GetMetricsResponse first = f.call(DlcOperations.GET_METRICS, ALICE, request);
        assertThat(first.success()).contains(true);
        assertThat(first.code()).contains("200");
        assertThat(first.period()).contains("15");
        List<Map<String, Object>> points = points(first);
        assertThat(points).hasSize(10);
        assertThat(points.get(0)).containsEntry("timestamp", T0.plusSeconds(30).toEpochMilli())
                .containsEntry("jobId", job).containsEntry("pod", job + "-worker-0")
                .containsEntry("userId", "acct-alice").containsKeys("Average", "Minimum", "Maximum");
        double avg = ((Number) points.get(0).get("Average")).doubleValue();
        assertThat(((Number) points.get(0).get("Minimum")).doubleValue()).isBetween(85.0, avg);
        assertThat(((Number) points.get(0).get("Maximum")).doubleValue()).isBetween(avg, 99.0);

        int total = points.size();
        String token = first.nextToken().orElseThrow();
        while (token != null) {
            String next = token;
            GetMetricsResponse more = f.call(DlcOperations.GET_METRICS, ALICE, request.toBuilder().nextToken(next)
                    .build());
            total += points(more).size();
            token = more.nextToken().orElse(null);
        }
        assertThat(total).as("8 slots of 15 s in 120 s of running, for 2 pods").isEqualTo(16);

        String pod = job + "-worker-1";
        GetMetricsResponse onePod = f.call(DlcOperations.GET_METRICS, ALICE, request.toBuilder()
                .jobId(java.util.Optional.empty()).length("1000")
                .dimensions("[{\"jobId\":\"" + job + "\",\"pod\":\"" + pod + "\"}]").build());
        assertThat(points(onePod)).hasSize(8).allSatisfy(p -> assertThat(p).containsEntry("pod", pod));
    }

    @Test
    void getMetricsChecksItsFields() {
        String job = f.runningJob(ALICE, "sleep 600");
        GetMetricsRequest ok = GetMetricsRequest.builder().metricName("JOB_MEMORY_FREE").jobId(job).build();

        assertThat(f.call(DlcOperations.GET_METRICS, ALICE, ok).period()).contains("60");
        assertRefused(() -> f.call(DlcOperations.GET_METRICS, ALICE, ok.toBuilder().period("5").build()),
                ErrorKind.INVALID, "InvalidParameter", "Period: must be one of 15, 60, 900, 3600, got 5");
        assertRefused(() -> f.call(DlcOperations.GET_METRICS, ALICE, ok.toBuilder().namespace("acs_ecs").build()),
                ErrorKind.INVALID, "InvalidParameter", "Namespace: must be one of acs_pai_dlc, got acs_ecs");
        assertRefused(() -> f.call(DlcOperations.GET_METRICS, ALICE, ok.toBuilder().metricName("CPU").build()),
                ErrorKind.INVALID, "InvalidParameter", "MetricName: must be one of JOB_GPU_USAGE");
        assertRefused(() -> f.call(DlcOperations.GET_METRICS, ALICE, ok.toBuilder()
                .jobId(java.util.Optional.empty()).build()), ErrorKind.INVALID, "MissingJobId", "JobId");
        assertRefused(() -> f.call(DlcOperations.GET_METRICS, ALICE, ok.toBuilder().dimensions("{oops").build()),
                ErrorKind.INVALID, "InvalidParameter", "Dimensions: must be a JSON list of objects");
        assertRefused(() -> f.call(DlcOperations.GET_METRICS, ALICE, ok.toBuilder().nextToken("xyz").build()),
                ErrorKind.INVALID, "InvalidParameter", "NextToken: is not a token this API returned");
        assertRefused(() -> f.call(DlcOperations.GET_METRICS, ALICE, ok.toBuilder().length("0").build()),
                ErrorKind.INVALID, "InvalidParameter", "Length: must be 1 to 10000, got 0");
    }
}

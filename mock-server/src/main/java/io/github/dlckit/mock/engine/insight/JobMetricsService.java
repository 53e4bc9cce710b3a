package io.github.dlckit.mock.engine.insight;

import io.github.dlckit.mock.engine.Caller;
import io.github.dlckit.mock.engine.Checks;
import io.github.dlckit.mock.engine.EngineException;
import io.github.dlckit.mock.engine.JsonText;
import io.github.dlckit.mock.engine.job.Job;
import io.github.dlckit.mock.engine.job.JobService;
import io.github.dlckit.mock.engine.job.Pod;
import io.github.dlckit.mock.engine.time.EventClock;
import io.github.dlckit.model.GetJobMetricsRequest;
import io.github.dlckit.model.GetMetricsRequest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resource metrics of the caller's jobs, sampled by {@link MetricSampler} over a {@link SampleWindow}.
 * GetJobMetrics gives one series per pod of the current run, with 0 at the times the pod was not running;
 * GetMetrics answers like cloud monitor: data points only where a pod ran, paged by Length and NextToken (the API
 * layer writes them as the JSON text the answer carries).
 */
public final class JobMetricsService {

    /** TimeStep when absent: five minutes. */
    static final Duration DEFAULT_TIME_STEP = Duration.ofMinutes(5);
    static final List<String> PERIODS = List.of("15", "60", "900", "3600");
    static final String NAMESPACE = "acs_pai_dlc";
    static final int DEFAULT_LENGTH = 1000;
    static final int MAX_LENGTH = 10_000;

    private static final Pattern TIME_STEP = Pattern.compile("(\\d+)([smh]?)");

    private final EventClock clock;
    private final JobService jobs;
    private final MetricSampler sampler;

    public JobMetricsService(EventClock clock, JobService jobs, long seed) {
        this.clock = clock;
        this.jobs = jobs;
        this.sampler = new MetricSampler(seed);
    }

    /**
     * MetricType is required; TimeStep is {@code <n>s}, {@code <n>m}, {@code <n>h} or a bare number of minutes.
     *
     * @return one series per pod of the job's current run
     */
    public List<PodSeries> getJobMetrics(Caller caller, GetJobMetricsRequest request) {
        Job job = jobs.find(caller, request.jobId().orElse(""));
        String type = Checks.required("MetricType", request.metricType());
        Checks.oneOf("MetricType", Optional.of(type), MetricKind.metricTypes());
        MetricKind kind = MetricKind.byMetricType(type).orElseThrow();
        Duration step = request.timeStep().map(JobMetricsService::timeStep).orElse(DEFAULT_TIME_STEP);
        SampleWindow window = SampleWindow.of(job, request.startTime(), request.endTime(), step, clock.now(),
                "TimeStep");

        List<PodSeries> pods = new ArrayList<>();
        for (Pod pod : job.pods()) {
            List<PodSeries.Sample> series = new ArrayList<>();
            for (Instant t : window.times()) {
                double value = sampler.sample(job, pod.podId(), kind, t).orElse(0);
                series.add(new PodSeries.Sample(t, round(value)));
            }
            pods.add(new PodSeries(pod.podId(), series));
        }
        return pods;
    }

    /**
     * The job comes from JobId or from a {@code jobId} in Dimensions (a JSON list of objects, which may also name
     * a {@code pod}); MetricName is required; Period is 15, 60 (default), 900 or 3600 seconds; Namespace, when
     * given, is {@code acs_pai_dlc}.
     *
     * @return the page of data points asked for
     */
    public MetricPoints getMetrics(Caller caller, GetMetricsRequest request) {
        Checks.oneOf("Namespace", request.namespace(), List.of(NAMESPACE));
        String name = Checks.required("MetricName", request.metricName());
        Checks.oneOf("MetricName", Optional.of(name), MetricKind.metricNames());
        String period = Checks.oneOf("Period", request.period(), PERIODS).orElse("60");
        OptionalLong length = Checks.range("Length", Checks.number("Length", request.length()), 1, MAX_LENGTH);
        int offset = request.nextToken().map(JobMetricsService::offset).orElse(0);
        List<Map<String, String>> dimensions = request.dimensions().map(JobMetricsService::dimensions)
                .orElse(List.of());
        String jobId = request.jobId().or(() -> dimensions.stream().map(d -> d.get("jobId"))
                .filter(id -> id != null).findFirst()).orElseThrow(() -> EngineException.missing("JobId"));
        Job job = jobs.find(caller, jobId);
        List<String> podFilter = dimensions.stream().map(d -> d.get("pod")).filter(p -> p != null).toList();
        MetricKind kind = MetricKind.byMetricName(name).orElseThrow();
        SampleWindow window = SampleWindow.of(job, request.startTime(), request.endTime(),
                Duration.ofSeconds(Long.parseLong(period)), clock.now(), "Period");

        List<Map<String, Object>> points = new ArrayList<>();
        for (Instant t : window.times()) {
            for (Pod pod : job.pods()) {
                if (podFilter.isEmpty() || podFilter.contains(pod.podId())) {
                    sampler.sample(job, pod.podId(), kind, t)
                            .ifPresent(v -> points.add(point(caller, job, pod.podId(), kind, t, v)));
                }
            }
        }
        int end = (int) Math.min(points.size(), (long) offset + length.orElse(DEFAULT_LENGTH));
        List<Map<String, Object>> page = offset >= points.size() ? List.of() : points.subList(offset, end);
        return new MetricPoints(period, page, end < points.size() ? Optional.of(token(end)) : Optional.empty());
    }

    /** One cloud-monitor data point: the dimensions, then average, minimum and maximum over the period. */
    private Map<String, Object> point(Caller caller, Job job, String podId, MetricKind kind, Instant t, double avg) {
        Map<String, Object> point = new LinkedHashMap<>();
        point.put("timestamp", t.toEpochMilli());
        point.put("userId", caller.accountId());
        point.put("regionId", caller.region());
        point.put("jobId", job.jobId());
        point.put("pod", podId);
        point.put("Average", round(avg));
        point.put("Minimum", round(sampler.within(kind.low(), avg, job.jobId(), podId, "min", t)));
        point.put("Maximum", round(sampler.within(avg, kind.high(), job.jobId(), podId, "max", t)));
        return point;
    }

    private static Duration timeStep(String text) {
        Matcher m = TIME_STEP.matcher(text.trim());
        long amount = m.matches() ? Long.parseLong(m.group(1)) : 0;
        if (amount < 1) {
            throw EngineException.invalid("TimeStep", "must be a positive step such as 30s, 5m or 1h, got " + text);
        }
        return switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofMinutes(amount);
        };
    }

    /** A JSON list of objects whose values are scalars, read as text (a number's digits, true, false). */
    private static List<Map<String, String>> dimensions(String json) {
        Object tree;
        try {
            tree = JsonText.read(json);
        } catch (IllegalArgumentException e) {
            tree = Boolean.FALSE;
        }
        if (tree == null) {
            return null;
        }
        List<Map<String, String>> out = new ArrayList<>();
        if (tree instanceof List<?> list && list.stream().allMatch(JobMetricsService::isDimension)) {
            for (Object item : list) {
                Map<String, String> dimension = item == null ? null : new LinkedHashMap<>();
                if (item != null) {
                    ((Map<?, ?>) item).forEach((k, v) -> dimension.put((String) k, v == null ? null : String.valueOf(v)));
                }
                out.add(dimension);
            }
            return out;
        }
        throw EngineException.invalid("Dimensions", "must be a JSON list of objects such as "
                + "[{\"jobId\":\"dlc...\",\"pod\":\"dlc...-worker-0\"}], got " + json);
    }

    private static boolean isDimension(Object item) {
        return item == null || item instanceof Map<?, ?> map && map.values().stream()
                .allMatch(v -> v == null || v instanceof String || v instanceof Number || v instanceof Boolean);
    }

    private static String token(int offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("offset:" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int offset(String token) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (text.startsWith("offset:")) {
                return Integer.parseInt(text.substring("offset:".length()));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the refusal below
        }
        throw EngineException.invalid("NextToken", "is not a token this API returned: " + token);
    }

    private static float round(double value) {
        return (float) (Math.round(value * 100) / 100.0);
    }
}

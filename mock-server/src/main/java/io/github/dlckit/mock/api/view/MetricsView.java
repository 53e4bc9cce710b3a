package io.github.dlckit.mock.api.view;

import io.github.dlckit.mock.engine.insight.MetricPoints;
import io.github.dlckit.mock.engine.insight.PodSeries;
import io.github.dlckit.model.GetMetricsResponse;
import io.github.dlckit.model.Metric;
import io.github.dlckit.model.PodMetric;
import io.github.dlckit.model.json.DlcJson;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders metrics: GetJobMetrics' series per pod, and GetMetrics' answer with the data points as the JSON text the
 * vendor's answer carries, as cloud monitor does.
 */
public final class MetricsView {

    private MetricsView() {
    }

    /**
     * @param points the page of data points
     * @return GetMetrics' body
     */
    public static GetMetricsResponse get(MetricPoints points) {
        return GetMetricsResponse.builder().code("200").message("Success.").success(true).period(points.period())
                .dataPoints(DlcJson.write(points.points()))
                .nextToken(points.nextToken())
                .build();
    }

    /**
     * @param pods one series per pod
     * @return them as GetJobMetrics' PodMetrics
     */
    public static List<PodMetric> podMetrics(List<PodSeries> pods) {
        return pods.stream().map(pod -> PodMetric.builder().podId(pod.podId()).metrics(pod.samples().stream()
                .map(s -> Metric.builder().time(s.time().toEpochMilli()).value(s.value()).build())
                .collect(Collectors.toList())).build()).collect(Collectors.toList());
    }
}

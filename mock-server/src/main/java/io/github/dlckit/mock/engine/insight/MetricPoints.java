package io.github.dlckit.mock.engine.insight;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A page of GetMetrics' cloud-monitor data points.
 *
 * @param period the period of the points, in seconds
 * @param points the points, each its dimensions then Average, Minimum and Maximum, in that order
 * @param nextToken where the next page starts, when there is one
 */
public record MetricPoints(String period, List<Map<String, Object>> points, Optional<String> nextToken) {
}

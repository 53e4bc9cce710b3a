package io.github.dlckit.mock.engine.insight;

import java.time.Instant;
import java.util.List;

/**
 * One pod's samples of one metric (GetJobMetrics).
 *
 * @param podId the pod
 * @param samples the samples, oldest first
 */
public record PodSeries(String podId, List<Sample> samples) {

    /**
     * @param time when the sample was taken
     * @param value its value, rounded to two decimals
     */
    public record Sample(Instant time, float value) {
    }
}

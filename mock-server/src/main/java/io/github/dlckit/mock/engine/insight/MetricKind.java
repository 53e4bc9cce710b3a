package io.github.dlckit.mock.engine.insight;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The metrics the mock produces, under GetJobMetrics' MetricType and GetMetrics' MetricName, with the range a busy
 * pod's samples fall in. Usages are percentages; rates are bytes per second.
 */
public enum MetricKind {
    GPU_CORE_USAGE("GpuCoreUsage", "JOB_GPU_USAGE", 85, 99),
    GPU_MEMORY_USAGE("GpuMemoryUsage", "JOB_GPU_MEMORY_USAGE", 60, 80),
    CPU_CORE_USAGE("CpuCoreUsage", "JOB_CPU_USAGE", 35, 65),
    MEMORY_USAGE("MemoryUsage", "JOB_MEMORY_USAGE", 45, 70),
    /** Cloud monitor only (the vendor's example metric): the share of memory left free. */
    MEMORY_FREE(null, "JOB_MEMORY_FREE", 30, 55),
    NETWORK_INPUT_RATE("NetworkInputRate", "JOB_NETWORK_RECEIVE_RATE", 2.0e7, 1.2e8),
    NETWORK_OUTPUT_RATE("NetworkOutputRate", "JOB_NETWORK_TRANSMIT_RATE", 1.0e7, 8.0e7),
    DISK_READ_RATE("DiskReadRate", "JOB_DISK_READ_RATE", 5.0e6, 6.0e7),
    DISK_WRITE_RATE("DiskWriteRate", "JOB_DISK_WRITE_RATE", 2.0e6, 3.0e7);

    private final String metricType;
    private final String metricName;
    private final double low;
    private final double high;

    MetricKind(String metricType, String metricName, double low, double high) {
        this.metricType = metricType;
        this.metricName = metricName;
        this.low = low;
        this.high = high;
    }

    /** @return the lowest value a busy pod shows */
    public double low() {
        return low;
    }

    /** @return the highest value a busy pod shows */
    public double high() {
        return high;
    }

    /** @return GetJobMetrics' MetricType values */
    public static List<String> metricTypes() {
        return Arrays.stream(values()).map(k -> k.metricType).filter(Objects::nonNull).toList();
    }

    /** @return GetMetrics' MetricName values */
    public static List<String> metricNames() {
        return Arrays.stream(values()).map(k -> k.metricName).toList();
    }

    /** @return the metric with this MetricType */
    public static Optional<MetricKind> byMetricType(String type) {
        return Arrays.stream(values()).filter(k -> type.equals(k.metricType)).findFirst();
    }

    /** @return the metric with this MetricName */
    public static Optional<MetricKind> byMetricName(String name) {
        return Arrays.stream(values()).filter(k -> k.metricName.equals(name)).findFirst();
    }
}

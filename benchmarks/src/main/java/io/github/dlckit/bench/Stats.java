package io.github.dlckit.bench;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** The few statistics every benchmark table here prints: medians over rounds and the mean of two neighbours. */
final class Stats {

    private Stats() {
    }

    /** @return the median of one metric over the runs */
    static <T> double median(List<T> runs, ToDoubleFunction<T> metric) {
        return median(runs.stream().mapToDouble(metric).toArray());
    }

    /** @return the median of the values (the mean of the middle two for an even count); the array is not changed */
    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** @return the mean of two runs, the baseline a run between them is compared with */
    static double mean(double a, double b) {
        return (a + b) / 2;
    }
}

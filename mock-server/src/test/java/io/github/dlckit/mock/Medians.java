package io.github.dlckit.mock;

import java.util.Arrays;
import java.util.Collection;

/** The median the mock's benchmarks report over their rounds: the upper middle value, the input left as it is. */
public final class Medians {

    private Medians() {
    }

    /** @return the upper median of the values */
    public static double of(double... values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** @return the upper median of the values */
    public static double of(Collection<Double> values) {
        return of(values.stream().mapToDouble(Double::doubleValue).toArray());
    }
}

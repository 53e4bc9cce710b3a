package io.github.dlckit.bench;

import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * Two clients measured in turn in short slices, A B B A then B A A B and so on: every quad gives both clients the
 * same two positions, so drift of the machine within a quad cancels and neither client always runs after the
 * other. Many short slices instead of a few long runs: on two shared cores a single run moves by ±15 %, and what
 * decides a target of a few percent is the pooled throughput over all slices (calls over time, per client).
 */
final class Interleaved {

    /**
     * @param pooled B's calls per second over all its slices, over A's
     * @param q1 the lower quartile of the per-quad ratios (B's two slices over A's)
     * @param q3 the upper quartile of the per-quad ratios
     * @param cpuA A's CPU time per call of the calling threads, µs
     * @param cpuB B's
     */
    record Result(double pooled, double q1, double q3, double cpuA, double cpuB) {
    }

    private Interleaved() {
    }

    static Result run(Callable<Object> a, Callable<Object> b, int threads, int quads, long sliceMillis)
            throws Exception {
        Totals totalA = new Totals();
        Totals totalB = new Totals();
        double[] perQuad = new double[quads];
        for (int quad = 0; quad < quads; quad++) {
            boolean aFirst = quad % 2 == 0;
            Sample[] slices = new Sample[4];
            for (int i = 0; i < 4; i++) {
                boolean runA = (i == 0 || i == 3) == aFirst;
                slices[i] = Measurement.run(runA ? a : b, threads, sliceMillis);
            }
            Sample a1 = aFirst ? slices[0] : slices[1];
            Sample a2 = aFirst ? slices[3] : slices[2];
            Sample b1 = aFirst ? slices[1] : slices[0];
            Sample b2 = aFirst ? slices[2] : slices[3];
            totalA.add(a1, a2);
            totalB.add(b1, b2);
            perQuad[quad] = (b1.perSecond() + b2.perSecond()) / (a1.perSecond() + a2.perSecond());
        }
        Arrays.sort(perQuad);
        return new Result(totalB.perSecond() / totalA.perSecond(), perQuad[quads / 4], perQuad[(3 * quads) / 4],
                totalA.cpuPerCall(), totalB.cpuPerCall());
    }

    /** One client's calls, seconds and CPU time summed over its slices. */
    private static final class Totals {
        double calls;
        double seconds;
        double cpuMicros;

        void add(Sample... slices) {
            for (Sample s : slices) {
                calls += s.calls();
                seconds += s.calls() / s.perSecond();
                cpuMicros += s.cpuMicrosPerCall() * s.calls();
            }
        }

        double perSecond() {
            return calls / seconds;
        }

        double cpuPerCall() {
            return cpuMicros / calls;
        }
    }
}

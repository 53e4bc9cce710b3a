package io.github.dlckit.mock.engine.bench;

import io.github.dlckit.mock.clock.ClockPacing;
import io.github.dlckit.mock.control.EmbeddedMockControl;
import io.github.dlckit.mock.engine.DlcEngine;
import io.github.dlckit.mock.engine.EngineConfig;
import io.github.dlckit.mock.engine.job.JobTimings;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Part of {@link EngineBenchmark}: an idle mock (default pools, no jobs) advanced by many virtual days through the
 * control API, as {@code POST /mock/v1/clock/advance} does it — in 6-hour slices, each one turn of the engine, so
 * the longest slice is the longest other requests wait. Every pool still ticks every virtual minute (M2) and keeps
 * 30 days of history (M31): the live heap after must match the heap after the first 30 days.
 */
final class IdleAdvance {

    private static final Instant T0 = Instant.parse("2026-11-29T00:00:00Z");
    private static final Duration SLICE = Duration.ofHours(6);

    private IdleAdvance() {
    }

    static void run(long seed, int days) {
        DlcEngine engine = new DlcEngine(new EngineConfig(EngineConfig.DEFAULT_REGION, seed, T0, JobTimings.defaults()));
        EmbeddedMockControl control = new EmbeddedMockControl(engine, ClockPacing.VIRTUAL);
        long before = EngineBenchmark.usedAfterGcMb();
        long longest = 0;
        long start = System.nanoTime();
        long cpuStart = EngineBenchmark.cpuNanos();
        long afterMonth = 0;
        for (int slice = 0; slice < days * 4; slice++) {
            long sliceStart = System.nanoTime();
            control.advance(SLICE); // one slice per call: what a single long advance does between other requests
            longest = Math.max(longest, System.nanoTime() - sliceStart);
            if (slice == 31 * 4) {
                long gcStart = System.nanoTime();
                afterMonth = EngineBenchmark.usedAfterGcMb();
                start += System.nanoTime() - gcStart; // the measuring GC is not the mock's time
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (EngineBenchmark.cpuNanos() - cpuStart) / 1e9;
        System.out.printf(Locale.ROOT, "idle mock, %d virtual days in 6-hour slices: %.2f s wall, %.2f s cpu, longest"
                + " slice %.1f ms; live heap %d MB before, %d MB after 31 days, %d MB after %d days%n", days, seconds,
                cpu, longest / 1e6, before, afterMonth, EngineBenchmark.usedAfterGcMb(), days);
    }
}

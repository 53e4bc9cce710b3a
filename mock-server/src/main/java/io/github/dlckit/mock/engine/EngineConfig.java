package io.github.dlckit.mock.engine;

import io.github.dlckit.mock.engine.job.JobTimings;

import java.time.Instant;
import java.util.Objects;

/**
 * How an engine starts.
 *
 * @param region the region the mock serves (the only one it accepts), e.g. {@code cn-wulanchabu}
 * @param seed the seed of every random source (ids, prices): same seed and inputs, same history
 * @param start the virtual time the clock starts at
 * @param timings how long job phases take
 */
public record EngineConfig(String region, long seed, Instant start, JobTimings timings) {

    /** The region with both Lingjun and general-purpose spot resources. */
    public static final String DEFAULT_REGION = "cn-wulanchabu";

    public EngineConfig {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(timings, "timings");
    }

    /**
     * Defaults: {@link #DEFAULT_REGION}, seed 1, default timings.
     *
     * @param start the start time of the clock
     * @return the configuration
     */
    public static EngineConfig defaults(Instant start) {
        return new EngineConfig(DEFAULT_REGION, 1L, start, JobTimings.defaults());
    }
}

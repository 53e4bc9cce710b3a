package io.github.dlckit.mock.engine.job;

import java.time.Duration;

/**
 * How long the phases a mock job goes through take, in virtual time.
 *
 * @param envPreparation M15: EnvPreparing between allocation and Running (default 30 s)
 * @param sanityCheck SanityChecking before Running when {@code Settings.EnableSanityCheck} is on (default 30 s, M26)
 * @param stopping Stopping before Stopped (default 5 s)
 * @param defaultMaxRestarts M11: restarts allowed after spot releases when the job does not set
 *        {@code Settings.ElasticSpotJobMaxRestartTimes} (default 10)
 */
public record JobTimings(Duration envPreparation, Duration sanityCheck, Duration stopping, int defaultMaxRestarts) {

    /** @return the defaults */
    public static JobTimings defaults() {
        return new JobTimings(Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(5), 10);
    }
}

package io.github.dlckit.mock.engine.insight;

import io.github.dlckit.mock.engine.EngineException;
import io.github.dlckit.mock.engine.Times;
import io.github.dlckit.mock.engine.job.Job;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The times a metric query samples: StartTime (default an hour ago) to EndTime (default now), cut to the job's
 * life (nothing before it was created, after it ended, or in the future), every step, on multiples of the step
 * since the epoch so that repeated queries line up.
 *
 * @param start the first time that may be sampled
 * @param end the last time that may be sampled
 * @param step the distance between samples
 */
record SampleWindow(Instant start, Instant end, Duration step) {

    /** The default look-back when StartTime is absent. */
    static final Duration DEFAULT_LOOKBACK = Duration.ofHours(1);
    /** The most samples one series may have (as Prometheus refuses more). */
    static final int MAX_POINTS = 11_000;

    static SampleWindow of(Job job, Optional<String> startTime, Optional<String> endTime, Duration step, Instant now,
                           String stepField) {
        Instant start = startTime.map(t -> Times.parse("StartTime", t)).orElse(now.minus(DEFAULT_LOOKBACK));
        Instant end = endTime.map(t -> Times.parse("EndTime", t)).orElse(now);
        if (start.isAfter(end)) {
            throw EngineException.invalid("StartTime", "must not be after EndTime, got " + Times.iso(start)
                    + " and " + Times.iso(end));
        }
        long points = Duration.between(start, end).getSeconds() / step.getSeconds() + 1;
        if (points > MAX_POINTS) {
            throw EngineException.invalid(stepField, "StartTime to EndTime at this step gives " + points
                    + " points; at most " + MAX_POINTS + " are served, use a larger step");
        }
        Instant lifeEnd = job.finishTime().filter(f -> f.isBefore(now)).orElse(now);
        return new SampleWindow(latest(start, job.createTime()), earliest(end, lifeEnd), step);
    }

    /** @return the sample times, oldest first (none when the window is empty) */
    List<Instant> times() {
        List<Instant> times = new ArrayList<>();
        long stepSeconds = step.getSeconds();
        long first = Math.floorDiv(start.getEpochSecond() + stepSeconds - 1, stepSeconds) * stepSeconds;
        for (long t = first; t <= end.getEpochSecond(); t += stepSeconds) {
            times.add(Instant.ofEpochSecond(t));
        }
        return times;
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}

package io.github.dlckit.mock.engine.insight;

import io.github.dlckit.mock.engine.job.Job;
import io.github.dlckit.mock.engine.job.Pod;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The value of a pod's metric at a time, where the real service would have measured it: while the pod runs, a
 * point in the metric's busy range picked by a hash of (engine seed, job, pod, metric, 15-second slot); nothing
 * while it does not run. Same seed, same job history: same values, whatever the step asked for.
 */
final class MetricSampler {

    /** Samples change every this many seconds, the finest cloud-monitor period. */
    static final long SLOT_SECONDS = 15;

    private final long seed;

    MetricSampler(long seed) {
        this.seed = seed;
    }

    /**
     * @return the value, or empty when no incarnation of the pod was running at {@code time}
     */
    OptionalDouble sample(Job job, String podId, MetricKind kind, Instant time) {
        if (!running(job, podId, time)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(within(kind.low(), kind.high(), job.jobId(), podId, kind.name(), time));
    }

    /** A value in {@code [low, high)} fixed by the key and the time's slot. */
    double within(double low, double high, String jobId, String podId, String what, Instant time) {
        String key = seed + "|" + jobId + "|" + podId + "|" + what + "|" + time.getEpochSecond() / SLOT_SECONDS;
        return low + (high - low) * unit(key);
    }

    private static boolean running(Job job, String podId, Instant time) {
        for (Pod current : job.pods()) {
            if (!current.podId().equals(podId)) {
                continue;
            }
            List<Pod> incarnations = new ArrayList<>(current.history());
            incarnations.add(current);
            for (Pod p : incarnations) {
                if (p.startTime() != null && !time.isBefore(p.startTime())
                        && (p.finishTime() == null || time.isBefore(p.finishTime()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** FNV-1a over the key, then the SplitMix64 finaliser: a well-spread number in {@code [0, 1)}. */
    private static double unit(String key) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        h ^= h >>> 31;
        return (h >>> 11) * 0x1.0p-53;
    }
}

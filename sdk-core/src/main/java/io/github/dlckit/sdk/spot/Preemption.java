package io.github.dlckit.sdk.spot;

import io.github.dlckit.model.GetJobResponse;
import io.github.dlckit.model.GetJobResponsePods;
import io.github.dlckit.model.JobStatus;

import java.util.Locale;

/**
 * Recognises a spot job that lost its instances, from what the service returns (rule M10). The real service
 * reports such a job as {@code Failed} with the generic {@code ReasonCode} {@code JobFailed}, a message that says
 * "preempted" or "evicted", and pods whose {@code SubStatus} is {@code Evicted}; no documented reason code is
 * specific to spot. So the reason code is never read: code that matched one would pass against a mock and miss
 * every real preemption.
 */
public final class Preemption {

    /** The pod sub-status of a pod whose instance was reclaimed. */
    public static final String EVICTED = "Evicted";

    private Preemption() {
    }

    /**
     * Whether a job failed because it was preempted: its {@code Status} is {@code Failed} and either its
     * {@code ReasonMessage} contains "preempted" or "evicted" (in any case) or a pod of its current attempt
     * ({@code Pods}, not {@code HistoryPods}) has {@code SubStatus} {@code Evicted}.
     *
     * @param job a job as read with {@code GetJob}
     * @return true for a preempted job; false for any other status or failure
     */
    public static boolean isPreempted(GetJobResponse job) {
        if (job.statusEnum() != JobStatus.FAILED) {
            return false;
        }
        return job.reasonMessage().map(Preemption::mentionsPreemption).orElse(false)
                || job.pods().stream().anyMatch(Preemption::isEvicted);
    }

    private static boolean mentionsPreemption(String message) {
        String lower = message.toLowerCase(Locale.ROOT);
        return lower.contains("preempted") || lower.contains("evicted");
    }

    private static boolean isEvicted(GetJobResponsePods pod) {
        return pod.subStatus().filter(EVICTED::equalsIgnoreCase).isPresent();
    }
}

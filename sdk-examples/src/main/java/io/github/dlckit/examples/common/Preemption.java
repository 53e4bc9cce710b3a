package io.github.dlckit.examples.common;

import io.github.dlckit.model.GetJobResponse;
import io.github.dlckit.model.JobStatus;

import java.util.Locale;
import java.util.Optional;

/**
 * How a preempted spot job shows, on the real service as on the mock (R29, M10): {@code Failed}, and a reason
 * message that says "preempted" or "evicted", or a current pod whose {@code SubStatus} is {@code Evicted}. Never a
 * reason code: the service documents none for preemption. The one place the examples decide it (the SDK's own
 * helper replaces it once it ships).
 */
public final class Preemption {

    private Preemption() {
    }

    /**
     * @param job a job as read
     * @return whether it failed because its spot instances were released
     */
    public static boolean released(GetJobResponse job) {
        boolean evictedPod = job.pods().stream().anyMatch(p -> p.subStatus().filter("Evicted"::equals).isPresent());
        return job.statusEnum() == JobStatus.FAILED && (saysPreempted(job.reasonMessage()) || evictedPod);
    }

    /**
     * @param status a status
     * @param reasonMessage its reason message
     * @return whether they say the job failed because its spot instances were released
     */
    public static boolean released(JobStatus status, Optional<String> reasonMessage) {
        return status == JobStatus.FAILED && saysPreempted(reasonMessage);
    }

    private static boolean saysPreempted(Optional<String> message) {
        String text = message.orElse("").toLowerCase(Locale.ROOT);
        return text.contains("preempted") || text.contains("evicted");
    }
}

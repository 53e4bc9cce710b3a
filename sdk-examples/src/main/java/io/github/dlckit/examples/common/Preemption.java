package io.github.dlckit.examples.common;

import io.github.dlckit.model.GetJobResponse;
import io.github.dlckit.model.JobStatus;

import java.util.Optional;

/** How a preempted spot job shows: Failed with ReasonCode {@code PreemptibleResourceReleased} (R19, M10). */
public final class Preemption {

    /** The reason code of a job whose spot instances were released. */
    public static final String RELEASED = "PreemptibleResourceReleased";

    private Preemption() {
    }

    /**
     * @param job a job as read
     * @return whether it failed because its spot instances were released
     */
    public static boolean released(GetJobResponse job) {
        return released(job.statusEnum(), job.reasonCode());
    }

    /**
     * @param status a status
     * @param reasonCode its reason code
     * @return whether they say the job failed because its spot instances were released
     */
    public static boolean released(JobStatus status, Optional<String> reasonCode) {
        return status == JobStatus.FAILED && reasonCode.filter(RELEASED::equals).isPresent();
    }
}

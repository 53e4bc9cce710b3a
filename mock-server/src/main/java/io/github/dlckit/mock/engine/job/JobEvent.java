package io.github.dlckit.mock.engine.job;

import io.github.dlckit.mock.engine.Times;

import java.time.Instant;

/**
 * One entry of a job's (or a pod's) event log, as GetJobEvents and GetPodEvents show it.
 *
 * @param time when it happened
 * @param type {@code Normal} or {@code Warning}
 * @param reason a short CamelCase reason of M20's vocabulary, e.g. {@code JobRunning}, {@code SpotReleased}
 * @param message what happened
 */
public record JobEvent(Instant time, String type, String reason, String message) {

    /** M27: the event and reason code of a job stopped at its maximum running time. */
    public static final String RUNNING_TIME_EXCEEDED = "JobRunningTimeExceeded";

    /**
     * M20: the job event a status change writes; null for a spot job starting to wait (M21 writes
     * {@code SpotWaitingPrice} or {@code SpotWaitingStock} instead).
     */
    static String m20StatusReason(io.github.dlckit.model.JobStatus to, boolean spot, String code) {
        return switch (to) {
            case CREATING -> "JobCreated";
            case QUEUING, BIDDING -> spot ? null : "JobQueued";
            case ENV_PREPARING -> "EnvPreparing";
            case SANITY_CHECKING -> "SanityChecking";
            case RUNNING -> "JobRunning";
            case RESTARTING -> "JobRestarting";
            case SUCCEEDED_RESERVING, FAILED_RESERVING -> "JobReserving";
            case SUCCEEDED -> "JobSucceeded";
            case FAILED -> "JobFailed";
            case STOPPING -> RUNNING_TIME_EXCEEDED.equals(code) ? RUNNING_TIME_EXCEEDED : "JobStopping";
            case STOPPED -> "JobStopped";
            default -> "JobUpdated";
        };
    }

    /** @return the event as one line: time, type, reason, message */
    public String render() {
        return Times.iso(time) + " " + type + " " + reason + " " + message;
    }
}
